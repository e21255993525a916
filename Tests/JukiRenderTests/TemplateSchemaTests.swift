import JukiDiagnostics
import JukiDiff
import JukiModel
import JukiRecords
@testable import JukiRender
import JukiTestSupport
import XCTest

/// Every view lists every stored property for the templates (`TemplateValue`): a field added to a view
/// without its line would make a template naming it fail to load; this finds it first. The views are built as
/// the pages build them (every edition's page, its 別添 pages, the index, the diff pages), and every type the
/// schema files list must be reached, so no view goes unchecked.
final class TemplateSchemaTests: XCTestCase {
    func testEveryStoredPropertyIsListed() throws {
        var names = ["R4"]
        var editions = [try HTMLFixture.edition(Paths.inRoot("input/R4"))]
        for name in try HTMLFixture.testEditionNames() {
            names.append(name)
            editions.append(try HTMLFixture.edition(Paths.inRoot("Tests/Editions/\(name)")))
        }
        let site = try HTMLFixture.site(extraEditions: names)
        var walk = TemplateSchemaWalk()
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
        let old = try read(Paths.inRoot("input/R4")), new = try read(Paths.inRoot("Tests/Editions/R5-follows-plan"))
        let warning = Diagnostic(.unitMissingThisYear(unit: "観光課", previous: "R4"),
                                 at: SourceLocation(file: "input/R5/certified-staff.csv", line: 1, column: 1),
                                 notes: [Diagnostic.Note(.notePreviousHere(previous: "R4"),
                                                         at: SourceLocation(file: "input/R4/certified-staff.csv", line: 10, column: 1))])
        walk.compare(DiffPageView(EditionDiff.compare(old, new, oldName: "R4", newName: "R5"), warnings: [warning]), path: "diff")
        walk.compare(DiffPageView(EditionDiff.comparePlan(old, new, oldName: "R4", newName: "R5"), warnings: []), path: "plan")
        walk.compare(BannerView(editions: [BannerEditionView(name: "R4", status: "誤りなし", ok: true, page: "/R4/",
                                                             check: "/R4/check", diff: "/R4/diff", plan: "/R4/plan")]),
                     path: "serve/banner")
        walk.compare(ProblemsView(title: "R4", summary: "誤りはありません", report: "x"), path: "serve/problems")

        XCTAssertEqual(annexPages, 3, "the annexes edition's 別添1〜3")
        var declared = Set<String>()
        for file in ["ViewSchema.swift", "SiteViewSchema.swift", "Diff/DiffViewSchema.swift", "ServeViewSchema.swift"] {
            declared.formUnion(try TemplateSchemaWalk.declaredViews(in: "Sources/JukiRender/" + file))
        }
        XCTAssertGreaterThanOrEqual(declared.count, 24)
        XCTAssertEqual(declared.subtracting(walk.reached), [], "views listed but never built")
        XCTAssertEqual(walk.reached.subtracting(declared), [], "views reached that no schema file lists")
    }
}
