@testable import JukiDiff
import XCTest

final class TextDiffTests: XCTestCase {
    func marked(_ old: String, _ new: String) -> String {
        TextDiff(old: old, new: new).spans.map {
            switch $0.operation {
            case .equal: return $0.text
            case .delete: return "[-\($0.text)-]"
            case .insert: return "{+\($0.text)+}"
            }
        }.joined()
    }

    /// One changed number inside a sentence: only its changed characters are marked.
    func testNumberInsideASentence() {
        XCTAssertEqual(marked("受講者：県利用所属職員751名", "受講者：県利用所属職員768名"), "受講者：県利用所属職員7[-51-]{+68+}名")
        XCTAssertEqual(marked("令和4年6月", "令和5年7月"), "令和[-4-]{+5+}年[-6-]{+7+}月")
    }

    /// A one-character coincidence between two longer replacements joins them.
    func testShortCommonGroundBetweenLongerChangesIsFolded() {
        XCTAssertEqual(marked("新型コロナウイルスの感染拡大防止の観点から書面開催", "受講者の利便性を考慮し書面開催"),
                       "[-新型コロナウイルスの感染拡大防止の観点から-]{+受講者の利便性を考慮し+}書面開催")
    }

    /// Marks never split a grapheme cluster (a base with a combining mark, a family emoji).
    func testGraphemeClustersStayWhole() {
        let d = TextDiff(old: "か\u{3099}き", new: "かき")
        XCTAssertEqual(d.spans, [.init(.delete, "か\u{3099}"), .init(.insert, "か"), .init(.equal, "き")])
        XCTAssertEqual(marked("👨‍👩‍👧研修", "👨‍👩‍👦研修"), "[-👨‍👩‍👧-]{+👨‍👩‍👦+}研修")
    }

    func testSidesAreRecovered() {
        let d = TextDiff(old: "指摘内容は運用面のみで、軽微", new: "指摘内容は軽微")
        XCTAssertEqual(d.old, "指摘内容は運用面のみで、軽微")
        XCTAssertEqual(d.new, "指摘内容は軽微")
        XCTAssertTrue(TextDiff(old: "同じ", new: "同じ").isUnchanged)
        XCTAssertEqual(marked("", "追加"), "{+追加+}")
    }
}
