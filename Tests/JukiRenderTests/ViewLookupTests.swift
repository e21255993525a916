import JukiModel
import JukiRecords
@testable import JukiRender
import JukiTestSupport
import Mustache
import XCTest

/// The views answer templates by name (`MustacheParent`) instead of through `Mirror` (ViewLookup.swift).
/// Every stored field of every view must answer under its own name, with the same value Mirror gives: a
/// field added to a view without its line in `child(named:)` would render as nothing. The views are built as
/// the pages build them (every edition's page, its 別添 pages, the index), and every type ViewLookup.swift
/// makes answer must be reached, so no view goes unchecked.
final class ViewLookupTests: XCTestCase {
    func testEveryFieldAnswersAsMirrorDoes() throws {
        var names = ["R4"]
        var editions = [try HTMLFixture.edition(Paths.inRoot("input/R4"))]
        for name in try HTMLFixture.testEditionNames() {
            names.append(name)
            editions.append(try HTMLFixture.edition(Paths.inRoot("Tests/Editions/\(name)")))
        }
        let site = try HTMLFixture.site(extraEditions: names)
        var walk = ViewLookupWalk()
        var annexPages = 0
        for (name, edition) in zip(names, editions) {
            walk.compare(HTMLReport.page(edition, name: name, site: site), path: "\(name)/page")
            for (file, view) in HTMLAnnex.pages(edition, name: name, site: site) {
                walk.compare(view, path: "\(name)/\(file)")
                annexPages += 1
            }
        }
        let entries = zip(names, editions).map { HTMLIndex.Entry(name: $0, edition: $1, files: ["report.txt", "report.xml"]) }
        walk.compare(HTMLIndex.view(entries, site: site), path: "index")

        XCTAssertEqual(annexPages, 3, "the annexes edition's 別添1〜3")
        let declared = try ViewLookupWalk.declaredViews(in: "Sources/JukiRender/ViewLookup.swift")
        XCTAssertGreaterThanOrEqual(declared.count, 20)
        XCTAssertEqual(declared.subtracting(walk.reached), [], "views that answer by name but were never built")
        XCTAssertEqual(walk.reached.subtracting(declared), [], "views reached that ViewLookup.swift does not list")
    }
}
