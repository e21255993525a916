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
        var checked = Set<String>()
        compare(DiffPageView(EditionDiff.compare(old, new, oldName: "R4", newName: "R5")), path: "page", checked: &checked)
        compare(DiffPageView(EditionDiff.comparePlan(old, new, oldName: "R4", newName: "R5")), path: "plan", checked: &checked)
        XCTAssertEqual(checked, ["DiffPageView", "DiffSectionView", "DiffRowView", "DiffPiece"])
    }

    private func compare(_ value: Any, path: String, checked: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .collection {
            for (i, element) in mirror.children.enumerated() { compare(element.value, path: "\(path)[\(i)]", checked: &checked) }
            return
        }
        guard mirror.displayStyle == .struct else { return }
        guard let parent = value as? MustacheParent else {
            return XCTFail("\(path): \(type(of: value)) looks its fields up through Mirror")
        }
        checked.insert(String(describing: type(of: value)))
        for child in mirror.children {
            guard let label = child.label else { continue }
            XCTAssertEqual(parent.child(named: label).map { String(describing: $0) }, String(describing: child.value),
                           "\(path).\(label)")
            compare(child.value, path: "\(path).\(label)", checked: &checked)
        }
        XCTAssertNil(parent.child(named: "noSuchField"), path)
    }
}
