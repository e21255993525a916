@testable import JukiRecords
import JukiModel
import XCTest

/// The value checks both readers call (`RecordValue`), and the CSV reader's byte shortcut held to them.
final class RecordValueTests: XCTestCase {
    let samples = ["観光課", "7", "1,352,771", "７５１", "住基ネットの概要　等", "", " ", "\u{3000}", "\u{00A0}", "\t",
                   "\u{3000}観光課", "観光課\u{3000}", "観光課 ", " 観光課", "\u{00A0}観光課", "観光課\u{00A0}",
                   "観光\t課", "観光\n課", "【要記入】", "観光\u{200B}課", "、観光課。", "\u{3001}", "6人", "-5"]

    /// Where the shortcut says a cell is plain, the full rule returns the cell as it is.
    func testThePlainShortcutAgreesWithTheTextRule() {
        for s in samples where CellShortcuts.isPlain(s) {
            guard case .success(let v) = RecordValue.text(s, key: "k") else { return XCTFail("refused: \(s)") }
            XCTAssertEqual(v, s)
        }
        for s in samples where !CellShortcuts.isPlain(s) {
            if case .success(let v) = RecordValue.text(s, key: "k") { XCTAssertNotEqual(v, s, "plain but not seen so: \(s)") }
        }
    }

    func testBlanksAroundAreDroppedAndOnlyBlanksIsEmpty() {
        guard case .success(let v) = RecordValue.text("\u{3000}観光課 ", key: "所属") else { return XCTFail() }
        XCTAssertEqual(v, "観光課")
        for s in ["", " \t", "\u{3000}\u{3000}", "\u{00A0}"] {
            guard case .failure(.value(.emptyValue(key: "所属"))) = RecordValue.text(s, key: "所属") else { return XCTFail(s) }
            guard case .failure(.value(.emptyValue(key: "人数"))) = RecordValue.count(s, key: "人数", kind: .people) else {
                return XCTFail(s)
            }
        }
    }

    func testCountsInEveryNotationTheReadersAccept() {
        for (s, n) in [("751", 751), ("７５１", 751), ("1,352,771", 1_352_771), ("\u{3000}12 ", 12), ("6人", 6)] {
            guard case .success(let v) = RecordValue.count(s, key: "人数", kind: .cases, unit: "人") else { return XCTFail(s) }
            XCTAssertEqual(v, n, s)
        }
        guard case .failure(.value(.notACount(key: "人数", text: " 6名"))) = RecordValue.count(" 6名", key: "人数", kind: .cases, unit: "人") else {
            return XCTFail("a count quotes the text as typed")
        }
    }
}
