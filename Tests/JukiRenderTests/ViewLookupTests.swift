import JukiModel
import JukiRecords
@testable import JukiRender
import JukiTestSupport
import Mustache
import XCTest

/// The views answer templates by name (`MustacheParent`) instead of through `Mirror` (ViewLookup.swift).
/// Every stored field of every view must answer under its own name, with the same value Mirror gives: a
/// field added to a view without its line in `child(named:)` would render as nothing.
final class ViewLookupTests: XCTestCase {
    func testEveryFieldAnswersAsMirrorDoes() throws {
        let site = try HTMLFixture.site()
        var editions = [try HTMLFixture.edition(Paths.inRoot("input/R4"))]
        for name in try HTMLFixture.testEditionNames() {
            editions.append(try HTMLFixture.edition(Paths.inRoot("Tests/Editions/\(name)")))
        }
        var checked = Set<String>()
        for edition in editions {
            let report = ReportView(edition)
            let updated = UpdatedView(Day(year: 2023, month: 6, day: 30)!)
            let crumbs = [CrumbView(name: "トップページ", href: "https://example.jp/"), CrumbView(name: "R4", href: nil)]
            let page = PageView(pageTitle: "t", site: SiteView(site), breadcrumb: crumbs, updated: updated, report: report)
            let entry = IndexEntryView(fiscalYear: report.fiscalYear, title: report.title, href: "R4/index.html",
                                       editionUpdated: updated, files: [FileLinkView(label: "l", href: "R4/report.txt")])
            let index = IndexView(pageTitle: "t", title: "i", site: SiteView(site), breadcrumb: crumbs, updated: nil,
                                  editions: [entry])
            compare(page, path: "page", checked: &checked)
            compare(index, path: "index", checked: &checked)
        }
        // Every view type of the templates was reached.
        for type in ["ReportView", "TrainingView", "TrainingNoteView", "CountView", "ActivityView", "SummarySection",
                     "AuditResultView", "UseView", "FindingAreaView", "FindingView", "PlannedTrainingView", "GridRow",
                     "SiteView", "ContactView", "CrumbView", "UpdatedView", "PageView", "IndexView", "IndexEntryView",
                     "FileLinkView"] {
            XCTAssertTrue(checked.contains(type), "\(type) was not reached")
        }
    }

    /// Walks `value` as Mirror sees it and checks each view's `child(named:)` against it.
    private func compare(_ value: Any, path: String, checked: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            if let wrapped = mirror.children.first?.value { compare(wrapped, path: path, checked: &checked) }
            return
        }
        if mirror.displayStyle == .collection {
            for (i, element) in mirror.children.enumerated() { compare(element.value, path: "\(path)[\(i)]", checked: &checked) }
            return
        }
        guard mirror.displayStyle == .struct else { return }
        guard let parent = value as? MustacheParent else {
            XCTFail("\(path): \(type(of: value)) looks its fields up through Mirror")
            return
        }
        checked.insert(String(describing: type(of: value)))
        for child in mirror.children {
            guard let label = child.label else { continue }
            let expected = unwrap(child.value)
            let answered = parent.child(named: label)
            XCTAssertEqual(answered.map { String(describing: $0) }, expected.map { String(describing: $0) },
                           "\(path).\(label)")
            compare(child.value, path: "\(path).\(label)", checked: &checked)
        }
        XCTAssertNil(parent.child(named: "noSuchField"), path)
    }

    private func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map { $0.value }
    }
}
