import Foundation
import JukiModel
import JukiRecords
import JukiRender
import JukiTestSupport
import XCTest

/// The R4 page, its fragment and an index as golden files (`JUKI_RECORD=1` rewrites them); with
/// `JUKI_HTML_OUT=DIR`, also writes the pages of R4 and of every test edition into DIR as a build would
/// (DIR/<edition>/index.html, DIR/<edition>/fragment.html, DIR/index.html), for the validator, axe and screenshots.
/// That another process renders the same bytes (no order from a hash seed): GoldenBuildTests, through `build`.
final class HTMLGoldenTests: XCTestCase {
    static let golden = Paths.inRoot("Tests/JukiRenderTests/Golden")

    func testR4PageAndFragment() throws {
        let templates = try HTMLFixture.templates()
        let site = try HTMLFixture.site()
        let r4 = try HTMLFixture.edition(Paths.inRoot("input/R4"))
        Golden.assertEqual(try HTMLReport.render(r4, name: "R4", site: site, templates: templates),
                           file: Self.golden + "/R4.html")
        Golden.assertEqual(try HTMLReport.render(r4, name: "R4", site: site, templates: templates, fragment: true),
                           file: Self.golden + "/R4.fragment.html")
    }

    /// The 別添 pages of an edition that carries the tables, and the links to them from its page.
    func testAnnexPages() throws {
        let templates = try HTMLFixture.templates()
        let site = try HTMLFixture.site(extraEditions: ["annexes"])
        let edition = try HTMLFixture.edition(Paths.inRoot("Tests/Editions/annexes"))
        let pages = try HTMLAnnex.render(edition, name: "annexes", site: site, templates: templates)
        XCTAssertEqual(pages.map(\.fileName), ["annex1.html", "annex2.html", "annex3.html"])
        for page in pages { Golden.assertEqual(page.html, file: Self.golden + "/annexes." + page.fileName) }
        let report = try HTMLReport.render(edition, name: "annexes", site: site, templates: templates)
        for page in pages { XCTAssertTrue(report.contains("href=\"\(page.fileName)\""), page.fileName) }
        XCTAssertEqual(try HTMLAnnex.render(try HTMLFixture.edition(Paths.inRoot("input/R4")), name: "R4", site: site,
                                            templates: templates).count, 0)
    }

    func testIndexListsNewestFirst() throws {
        let templates = try HTMLFixture.templates()
        let site = try HTMLFixture.site(extraEditions: ["heisei", "reiwa-gannen"])
        let entries = try [("heisei", "Tests/Editions/heisei"), ("R4", "input/R4"), ("reiwa-gannen", "Tests/Editions/reiwa-gannen")]
            .map { HTMLIndex.Entry(name: $0.0, edition: try HTMLFixture.edition(Paths.inRoot($0.1)), files: ["report.txt", "report.xml"]) }
        let html = try HTMLIndex.render(entries, site: site, templates: templates)
        Golden.assertEqual(html, file: Self.golden + "/index.html")
        let tree = try PageTree(HTMLFixture.parse(html))
        let years = tree.all("h2").compactMap(\.stringValue).filter { $0.hasSuffix("年度") }
        XCTAssertEqual(years, ["令和4年度", "令和元年度", "平成29年度"])
        let hrefs = tree.all("a").compactMap { PageTree.attribute($0, "href") }
        XCTAssertTrue(hrefs.contains("./R4/index.html") && hrefs.contains("./R4/report.txt") && hrefs.contains("./R4/report.xml"))
        XCTAssertEqual(tree.all("title").first?.stringValue, "住民基本台帳ネットワークシステムのセキュリティ対策の措置状況等 - 神奈川県")
    }

    /// That a published edition has its 更新日 is site.yaml's rule, checked where site.yaml is read (with its
    /// position: PageFrameTests); the renderer places what it is given and decides nothing.
    func testAnEditionWithoutItsUpdateDateIsNotTheRenderersToRefuse() throws {
        let templates = try HTMLFixture.templates()
        let r4 = try HTMLFixture.edition(Paths.inRoot("input/R4"))
        let site = try HTMLFixture.site()
        let page = try HTMLReport.render(r4, name: "R9", site: site, templates: templates)
        let dated = try HTMLReport.render(r4, name: "R4", site: site, templates: templates)
        let line = "<p class=\"page-dates\"><span>更新日：<time datetime=\"2023-06-30\">令和5年6月30日</time></span></p>\n"
        XCTAssertTrue(dated.contains(line))
        XCTAssertEqual(page, dated.replacingOccurrences(of: line, with: ""))
    }
}
