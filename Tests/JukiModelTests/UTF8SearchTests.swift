import JukiModel
import XCTest

/// The readers' literal searches of bytes answer as a search of the text does for what they look for.
final class UTF8SearchTests: XCTestCase {
    func testFindsATextAnywhereAndOnlyWhole() {
        XCTAssertTrue("講師：【要記入】".containsUTF8("【要記入】"))
        XCTAssertTrue("【要記入】".containsUTF8("【要記入】"))
        XCTAssertTrue("a -- b - c".containsUTF8(" - "))
        XCTAssertFalse("【要記入".containsUTF8("【要記入】"))
        XCTAssertFalse("要記入】".containsUTF8("【要記入】"))
        XCTAssertFalse("a -- b".containsUTF8(" - "))
        XCTAssertFalse("".containsUTF8("x"))
        XCTAssertTrue("x".containsUTF8(""))
        // A first byte found where the rest does not follow, then the whole further on.
        XCTAssertTrue("【要【要記入】".containsUTF8("【要記入】"))
        XCTAssertTrue("abcabd".containsUTF8("abd"))
    }

    func testLineBreaks() {
        XCTAssertTrue("一行目\n二行目".holdsLineBreak)
        XCTAssertTrue("一行目\r\n二行目".holdsLineBreak)
        XCTAssertTrue("一行目\r".holdsLineBreak)
        XCTAssertFalse("一行目\u{2028}".holdsLineBreak)
        XCTAssertFalse("財務課".holdsLineBreak)
    }
}
