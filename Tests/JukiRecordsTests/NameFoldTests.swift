import Foundation
@testable import JukiDiagnostics
import JukiModel
import JukiTestSupport
import XCTest

/// The fold of 所属 names for the duplicate check (`NameFold.compatibility`): NFKC and trimmed. Its fast test
/// (`isKnownNFKC`) may say yes only for a name that is its own fold.
final class NameFoldTests: XCTestCase {
    func fold(_ s: String) -> String {
        Notation.trimmed(s.precomposedStringWithCompatibilityMapping).precomposedStringWithCanonicalMapping
    }

    func testTheFastTestSaysYesOnlyForNamesThatAreTheirOwnFold() throws {
        let table = try Paths.read(Paths.inRoot("input/R4/certified-staff.csv")).split(separator: "\n").map { String($0.split(separator: ",")[0]) }
        let odd = ["ＮＰＯ協働推進課", "ｶﾞｯｺｳ", "㈱市町村", "ゟ", "ヿ", "が", "か\u{3099}", " 財務課", "財務課 ", "財務課\u{3000}",
                   "①課", "Ⅱ課", "㍻", "ｰ", "\u{30FC}", "々", "・", "A-B", ""]
        var fast: [String] = []
        for name in table + odd {
            let known = name.utf8.withContiguousStorageIfAvailable { NameFold.isKnownNFKC($0) } ?? false
            if known {
                fast.append(name)
                XCTAssertEqual(fold(name), name, name)
            }
        }
        XCTAssertEqual(fast, table + ["が", "\u{30FC}", "々", "・", "A-B", ""], "every R4 所属 and the plain odd ones go the fast way")
    }

    func testSpellingsTheClerkSeesAsOneFoldToOne() {
        let fold = NameFold.compatibility
        XCTAssertEqual(fold.key("ＮＰＯ協働推進課"), fold.key("NPO協働推進課"))
        XCTAssertEqual(fold.key("財務課\u{3000}"), fold.key("財務課"))
        XCTAssertEqual(fold.key("ｶﾞｯｺｳ課"), fold.key("ガッコウ課"))
        XCTAssertNotEqual(fold.key("財務課"), fold.key("財政課"))
    }
}
