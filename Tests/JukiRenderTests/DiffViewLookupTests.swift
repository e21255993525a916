import JukiDiagnostics
import JukiDiff
@testable import JukiRender
import JukiTestSupport
import Mustache
import XCTest

/// The diff page's views answer templates by name (`MustacheParent`, DiffViewLookup.swift) instead of through
/// `Mirror`: every stored field of every view answers under its own name, with the value Mirror gives.
final class DiffViewLookupTests: XCTestCase {
    func testEveryFieldAnswersAsMirrorDoes() throws {
        let old = try read(Paths.inRoot("input/R4"))
        let new = try read(Paths.inRoot("Tests/Editions/R5-follows-plan"))
        var walk = ViewLookupWalk()
        let warning = Diagnostic(.unitMissingThisYear(unit: "観光課", previous: "R4"),
                                 at: SourceLocation(file: "input/R5/certified-staff.csv", line: 1, column: 1))
        walk.compare(DiffPageView(EditionDiff.compare(old, new, oldName: "R4", newName: "R5"), warnings: [warning]), path: "page")
        walk.compare(DiffPageView(EditionDiff.comparePlan(old, new, oldName: "R4", newName: "R5"), warnings: []), path: "plan")
        XCTAssertEqual(walk.reached, try ViewLookupWalk.declaredViews(in: "Sources/JukiRender/Diff/DiffViewLookup.swift"))
        XCTAssertEqual(walk.reached, ["DiffPageView", "DiffWarningView", "DiffSectionView", "DiffRowView", "DiffPiece"])
    }
}
