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
        walk.compare(DiffPageView(EditionDiff.compare(old, new, oldName: "R4", newName: "R5")), path: "page")
        walk.compare(DiffPageView(EditionDiff.comparePlan(old, new, oldName: "R4", newName: "R5")), path: "plan")
        XCTAssertEqual(walk.reached, try ViewLookupWalk.declaredViews(in: "Sources/JukiRender/Diff/DiffViewLookup.swift"))
        XCTAssertEqual(walk.reached, ["DiffPageView", "DiffSectionView", "DiffRowView", "DiffPiece"])
    }
}
