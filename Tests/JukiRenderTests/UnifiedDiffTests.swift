import JukiRender
import XCTest

/// The unified writer: hunks with 3 lines of context, as `diff -u` prints them.
final class UnifiedDiffTests: XCTestCase {
    func testHunksAndCounts() {
        let old = (1...20).map { "行\($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "行10\n", with: "行十\n")
        XCTAssertEqual(UnifiedDiff.render(old: old, new: new, oldLabel: "a", newLabel: "b"), """
            --- a
            +++ b
            @@ -7,7 +7,7 @@
             行7
             行8
             行9
            -行10
            +行十
             行11
             行12
             行13

            """)
        XCTAssertEqual(UnifiedDiff.render(old: old, new: old, oldLabel: "a", newLabel: "b"), "")
        XCTAssertEqual(UnifiedDiff.render(old: "", new: "x\n", oldLabel: "a", newLabel: "b"), "--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n")
        XCTAssertEqual(UnifiedDiff.render(old: "x", new: "y", oldLabel: "a", newLabel: "b"),
                       "--- a\n+++ b\n@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+y\n\\ No newline at end of file\n")
    }

    /// Two changes two lines apart: one hunk.
    func testNearChangesShareAHunk() {
        let old = (1...8).map { "行\($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "行3\n", with: "行三\n").replacingOccurrences(of: "行5\n", with: "行五\n")
        XCTAssertEqual(UnifiedDiff.render(old: old, new: new, oldLabel: "a", newLabel: "b"), """
            --- a
            +++ b
            @@ -1,8 +1,8 @@
             行1
             行2
            -行3
            +行三
             行4
            -行5
            +行五
             行6
             行7
             行8

            """)
    }

    /// 50,000 lines, every one changed: one hunk, without a quadratic search.
    func testEveryLineChanged() {
        let old = (0..<50_000).map { "所属\($0)課\t\($0 % 900)" }.joined(separator: "\n") + "\n"
        let new = (0..<50_000).map { "所属\($0)課\t\($0 % 900 + 1)" }.joined(separator: "\n") + "\n"
        let out = UnifiedDiff.render(old: old, new: new, oldLabel: "a", newLabel: "b")
        XCTAssertTrue(out.hasPrefix("--- a\n+++ b\n@@ -1,50000 +1,50000 @@\n-所属0課\t0\n-所属1課\t1\n"))
        XCTAssertEqual(out.split(separator: "\n").count, 3 + 100_000)
    }
}
