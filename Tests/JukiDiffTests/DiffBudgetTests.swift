@testable import JukiDiff
import JukiModel
import JukiTestSupport
import XCTest

/// The diff's work is bounded (issue 11): within the budget, results are those of `difference(from:)`; past it,
/// a value is its common beginning and end with the rest replaced, and findings that cannot be compared in time
/// are removed and added.
final class DiffBudgetTests: XCTestCase {
    func marked(_ d: TextDiff) -> String {
        d.spans.map {
            switch $0.operation {
            case .equal: return $0.text
            case .delete: return "[-\($0.text)-]"
            case .insert: return "{+\($0.text)+}"
            }
        }.joined()
    }

    /// The bounded search finds the same edit distance as `difference(from:)`, or none past its caps.
    func testEditDistanceIsThatOfDifference() {
        var rng = SplitMix(seed: 11)
        for _ in 0..<400 {
            let alphabet = Int.random(in: 1...6, using: &rng)
            let a = (0..<Int.random(in: 0...30, using: &rng)).map { _ in Int32.random(in: 0..<Int32(alphabet), using: &rng) }
            let b = (0..<Int.random(in: 0...30, using: &rng)).map { _ in Int32.random(in: 0..<Int32(alphabet), using: &rng) }
            let expected = b.difference(from: a).count
            XCTAssertEqual(EditDistance.search(a, b, maxWork: 1_000_000).distance, expected, "\(a) \(b)")
            XCTAssertEqual(EditDistance.search(a, b, maxDistance: expected, maxWork: 1_000_000).distance, expected)
            if expected > 0 {
                XCTAssertNil(EditDistance.search(a, b, maxDistance: expected - 1, maxWork: 1_000_000).distance)
            }
        }
        let far = EditDistance.search(Array(repeating: 1, count: 20_000), Array(repeating: 2, count: 20_000), maxWork: 1000)
        XCTAssertNil(far.distance)
        XCTAssertLessThan(far.work, 100_000, "the search stops at its cap")
    }

    /// Past the budget: the common beginning and end, and the middle replaced whole.
    func testPastTheBudgetTheMiddleIsReplacedWhole() {
        XCTAssertEqual(marked(TextDiff(old: "令和4年6月", new: "令和5年7月", budget: Budget(0))), "令和[-4年6-]{+5年7+}月")
        XCTAssertEqual(marked(TextDiff(old: "市町村課", new: "情報政策課", budget: Budget(0))), "[-市町村-]{+情報政策+}課")
        XCTAssertEqual(marked(TextDiff(old: "講師A", new: "講師A", budget: Budget(0))), "講師A")
        XCTAssertEqual(marked(TextDiff(old: "", new: "追加", budget: Budget(0))), "{+追加+}")
        // A budget too small for this pair (D = 4 needs about 10 steps), whole for the comparison.
        let d = TextDiff(old: "令和4年6月", new: "令和5年7月", budget: Budget(1_000, perValue: 3))
        XCTAssertEqual(marked(d), "令和[-4年6-]{+5年7+}月")
        XCTAssertEqual(d.old, "令和4年6月")
        XCTAssertEqual(d.new, "令和5年7月")
    }

    /// Within the budget the character-level result is that of `difference(from:)`, short or long.
    func testWithinTheBudgetCharactersAreMarked() {
        XCTAssertEqual(marked(TextDiff(old: "令和4年6月", new: "令和5年7月")), "令和[-4-]{+5+}年[-6-]{+7+}月")
        XCTAssertEqual(marked(TextDiff(old: "令和4年6月", new: "令和5年7月", budget: Budget(10_000, perValue: 100))),
                       "令和[-4-]{+5+}年[-6-]{+7+}月")
        // 20,000 characters with three changes far apart: a small D, found at once.
        let body = String(repeating: "本人確認情報の適正な取扱い、", count: 1430)
        var new = Array(body)
        new[5] = "X"; new[10_000] = "Y"; new[19_000] = "Z"
        let spans = TextDiff(old: body, new: String(new)).spans
        XCTAssertEqual(spans.filter { $0.operation == .insert }.map(\.text), ["X", "Y", "Z"])
        XCTAssertEqual(spans.filter { $0.operation == .delete }.count, 3)
    }

    /// Two long texts with nothing in common: one replacement, quickly.
    func testLongTextsWithNothingInCommon() {
        let old = String(repeating: "あ", count: 20_000), new = String(repeating: "い", count: 20_000)
        let budget = Budget()
        XCTAssertEqual(TextDiff(old: old, new: new, budget: budget).spans, [.init(.delete, old), .init(.insert, new)])
        XCTAssertGreaterThan(budget.remaining, 0)
    }

    func findings(_ list: [(String, String)]) -> AuditFindings {
        AuditFindings(operational: list.map { Finding(finding: $0.0, response: $0.1) }, system: [], closing: nil)
    }

    /// Findings paired by similarity within the budget; past it, the same findings removed and added.
    func testFindingsPairingPastTheBudget() {
        let old = findings([("業務端末使用管理簿に記録漏れがある。", "利用者に啓発した。"),
                            ("電磁的記録媒体の授受記録がされていない。", "体制を整備する。")])
        let new = findings([("業務端末の使用管理簿に記録の漏れがある。", "利用者に啓発した。"),
                            ("電磁的な記録媒体の授受記録がない。", "体制を整備する。")])
        var within = ChangeList()
        within.findings(old, new)
        XCTAssertEqual(within.items.map(\.place), [["運用面", "「業務端末の使用管理簿に記録の漏れ…」", "指摘事項"],
                                                   ["運用面", "「電磁的な記録媒体の授受記録がない…」", "指摘事項"]])
        var past = ChangeList(budget: Budget(1_000, perValue: 1_000, perPair: 3))
        past.findings(old, new)
        XCTAssertEqual(past.items, [
            Change(["運用面"], .removed(.finding(old.operational[0]))),
            Change(["運用面"], .removed(.finding(old.operational[1]))),
            Change(["運用面"], .added(.finding(new.operational[0]))),
            Change(["運用面"], .added(.finding(new.operational[1]))),
        ])
    }

    /// Past the budget, the lines of two texts between their common beginning and end are all removed, then all
    /// added: still a patch that turns one text into the other. Within it, only the changed lines.
    func testLinesPastTheBudget() {
        let old = (1...8).map { "行\($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "行3\n", with: "行三\n").replacingOccurrences(of: "行5\n", with: "行五\n")
        func marks(_ d: LineDiff) -> String { String(d.script.map(\.mark)) }
        func lines(_ d: LineDiff) -> [String] { d.script.map { String($0.mark == "+" ? d.newLines[$0.new].text : d.oldLines[$0.old].text) } }
        let past = LineDiff(old: old, new: new, budget: Budget(0))
        XCTAssertEqual(marks(past), "  ---+++   ")
        XCTAssertEqual(lines(past), ["行1", "行2", "行3", "行4", "行5", "行三", "行4", "行五", "行6", "行7", "行8"])
        let within = LineDiff(old: old, new: new)
        XCTAssertEqual(marks(within), "  -+ -+   ")
        XCTAssertEqual(lines(within), ["行1", "行2", "行3", "行三", "行4", "行5", "行五", "行6", "行7", "行8"])
        XCTAssertTrue(LineDiff(old: old, new: old).isEmpty)
    }

    /// 50,000 lines, every one changed: all removed, then all added, without a quadratic search.
    func testEveryLineChanged() {
        let old = (0..<50_000).map { "所属\($0)課\t\($0 % 900)" }.joined(separator: "\n") + "\n"
        let new = (0..<50_000).map { "所属\($0)課\t\($0 % 900 + 1)" }.joined(separator: "\n") + "\n"
        let d = LineDiff(old: old, new: new)
        XCTAssertEqual(d.script.count, 100_000)
        XCTAssertEqual(d.script.prefix(50_000).filter { $0.mark == "-" }.count, 50_000)
    }
}
