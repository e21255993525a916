@testable import JukiModel
import XCTest

final class TextRulesTests: XCTestCase {
    /// The written-out table of lead bytes is the one the rule gives: every scalar up to U+FFFF that `kind(of:)`
    /// refuses has its UTF-8 lead byte marked, every marked byte below F0 leads some refused scalar.
    func testLeadBytesAreTheRulesOwn() {
        var derived = [Bool](repeating: false, count: 256)
        for lead in 0xF0...0xFF { derived[lead] = true }
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), TextRules.kind(of: scalar) != nil else { continue }
            derived[Int(String(scalar).utf8.first!)] = true
        }
        XCTAssertEqual(TextRules.decodedLeadBytes, derived)
    }
}
