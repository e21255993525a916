import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import JukiModel
import JukiRecords
import JukiRender
import JukiTestSupport
import XCTest

/// The pages parsed back and their structure asserted: for R4 and for every test edition.
final class HTMLStructureTests: XCTestCase {
    struct Rendered {
        let name: String
        let page: String
        let fragment: String
        let text: String
        let annexes: [(fileName: String, html: String)]
    }

    func renderAll() throws -> [Rendered] {
        let templates = try HTMLFixture.templates()
        let names = try HTMLFixture.testEditionNames()
        let site = try HTMLFixture.site(extraEditions: names)
        let dirs = [("R4", Paths.inRoot("input/R4"))] + names.map { ($0, Paths.inRoot("Tests/Editions/\($0)")) }
        return try dirs.map { name, dir in
            let e = try HTMLFixture.edition(dir)
            return Rendered(name: name,
                            page: try HTMLReport.render(e, name: name, site: site, templates: templates),
                            fragment: try HTMLReport.render(e, name: name, site: site, templates: templates, fragment: true),
                            text: try TextReport.render(e, templates: templates),
                            annexes: try HTMLAnnex.render(e, name: name, site: site, templates: templates))
        }
    }

    func testEveryPageIsACompleteJapanesePage() throws {
        for r in try renderAll() {
            XCTAssertTrue(r.page.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">\n"), r.name)
            let tree = try PageTree(HTMLFixture.parse(r.page))
            XCTAssertEqual(PageTree.attribute(tree.root, "lang"), "ja")
            XCTAssertEqual(tree.all("meta").first.flatMap { PageTree.attribute($0, "charset") }, "utf-8", r.name)
            let title = tree.all("title").first?.stringValue ?? ""
            XCTAssertTrue(title.hasSuffix("住民基本台帳ネットワークシステムの セキュリティ対策の措置状況等について - 神奈川県"), "\(r.name): \(title)")
            XCTAssertTrue(tree.all("script").isEmpty, "no JavaScript")
        }
    }

    func testLandmarksSkipLinkAndContact() throws {
        for r in try renderAll() {
            let tree = try PageTree(HTMLFixture.parse(r.page))
            let body = try XCTUnwrap(tree.all("body").first)
            let first = try XCTUnwrap((body.children ?? []).compactMap { $0 as? XMLElement }.first)
            XCTAssertEqual(first.name, "a", "the skip link comes first")
            XCTAssertEqual(first.stringValue, "本文へ移動")
            XCTAssertEqual(PageTree.attribute(first, "href"), "#main")
            XCTAssertEqual(tree.all("main").count, 1)
            XCTAssertEqual(tree.all("main").first.flatMap { PageTree.attribute($0, "id") }, "main")
            XCTAssertEqual(tree.all("header").count, 1)
            XCTAssertEqual(tree.all("footer").count, 1)
            let nav = try XCTUnwrap(tree.all("nav").first)
            XCTAssertEqual(PageTree.attribute(nav, "aria-label"), "パンくずリスト")
            let crumbs = PageTree.children(try XCTUnwrap(PageTree.children(nav, "ol").first), "li")
            XCTAssertEqual(crumbs.first?.stringValue, "トップページ")
            XCTAssertEqual(crumbs.last?.stringValue?.hasSuffix("セキュリティ対策の措置状況等について"), true)
            let footer = tree.all("footer")[0].stringValue ?? ""
            XCTAssertTrue(footer.contains("お問い合わせ先") && footer.contains("電話"), footer)
            let main = tree.all("main")[0].stringValue ?? ""
            XCTAssertTrue(main.contains("更新日："), "更新日 in the page")
        }
    }

    func testEveryDataCellHasAHeaderAndEveryTableACaption() throws {
        for r in try renderAll() {
            let tree = try PageTree(HTMLFixture.parse(r.page))
            let tables = tree.all("table")
            XCTAssertFalse(tables.isEmpty)
            for table in tables {
                let caption = try XCTUnwrap(PageTree.children(table, "caption").first, "\(r.name): a table without caption")
                // Only a wide table (a 別添's, 3 to 5 columns) scrolls, in a region a keyboard can reach; the
                // two-column tables reflow at any width (.ci/reflow-check.py) and are no tab stops (issue 14).
                let scroll = try XCTUnwrap(table.parent as? XMLElement)
                if PageTree.attribute(table, "class")?.contains("juki-annex") == true {
                    XCTAssertEqual(PageTree.attribute(scroll, "role"), "region")
                    XCTAssertEqual(PageTree.attribute(scroll, "tabindex"), "0")
                    XCTAssertEqual(PageTree.attribute(scroll, "aria-labelledby"), PageTree.attribute(caption, "id"))
                } else {
                    XCTAssertNil(PageTree.attribute(scroll, "tabindex"), "\(r.name): a table that reflows in a tab stop")
                    XCTAssertNotEqual(PageTree.attribute(scroll, "class"), "juki-table-scroll", r.name)
                }
                let headRow = PageTree.children(try XCTUnwrap(PageTree.children(table, "thead").first), "tr")[0]
                let columnHeaders = PageTree.children(headRow, "th")
                XCTAssertTrue(columnHeaders.allSatisfy { PageTree.attribute($0, "scope") == "col" })
                for section in PageTree.children(table, "tbody") + PageTree.children(table, "tfoot") {
                    for row in PageTree.children(section, "tr") {
                        let cells = (row.children ?? []).compactMap { $0 as? XMLElement }
                        XCTAssertEqual(cells.count, columnHeaders.count, "\(r.name): a row of another width")
                        for (i, cell) in cells.enumerated() {
                            if cell.name == "th" { XCTAssertEqual(PageTree.attribute(cell, "scope"), "row"); continue }
                            let rowHeader = cells.contains { $0.name == "th" && PageTree.attribute($0, "scope") == "row" }
                            XCTAssertTrue(i < columnHeaders.count && rowHeader,
                                          "\(r.name): a data cell without header: \(cell.stringValue ?? "")")
                        }
                    }
                }
            }
        }
    }

    func testHeadingLevelsNeverSkipAndThereIsOneH1() throws {
        for r in try renderAll() {
            for html in [r.page, HTMLFixture.wrap(fragment: r.fragment)] {
                let tree = try PageTree(HTMLFixture.parse(html))
                let levels = tree.elements.compactMap { e -> Int? in
                    guard let n = e.name, n.count == 2, n.hasPrefix("h"), let l = Int(n.dropFirst()) else { return nil }
                    return l
                }
                XCTAssertEqual(levels.first, 1, r.name)
                XCTAssertEqual(levels.filter { $0 == 1 }.count, 1, r.name)
                for (a, b) in zip(levels, levels.dropFirst()) {
                    XCTAssertLessThanOrEqual(b, a + 1, "\(r.name): h\(a) followed by h\(b)")
                }
            }
        }
    }

    func testEveryParagraphOfTheTextIsInThePage() throws {
        for r in try renderAll() {
            // The 別添 sections that end report.txt are pages of their own (annex1.html …), in order.
            var parts = r.text.components(separatedBy: "\n\n別添")
            let main = parts.removeFirst() + "\n"
            XCTAssertEqual(parts.count, r.annexes.count, r.name)
            let page = try PageTree(HTMLFixture.parse(r.page))
            XCTAssertEqual(TextParagraphs.missing(main, in: page), [], r.name)
            let fragment = try PageTree(HTMLFixture.parse(HTMLFixture.wrap(fragment: r.fragment)))
            XCTAssertEqual(TextParagraphs.missing(main, in: fragment), [], "\(r.name) fragment")
            for (part, annex) in zip(parts, r.annexes) {
                let tree = try PageTree(HTMLFixture.parse(annex.html))
                XCTAssertEqual(TextParagraphs.missing("別添" + part, in: tree), [], "\(r.name) \(annex.fileName)")
            }
        }
    }

    /// The comparison itself notices a missing paragraph (else the test above proves nothing).
    func testAMissingParagraphIsNoticed() throws {
        let r = try XCTUnwrap(try renderAll().first)
        let page = try PageTree(HTMLFixture.parse(r.page))
        let altered = r.text + "\n存在しない段落\n\n横浜県税事務所、存在しない所属\n\n所属\t999人\n"
        XCTAssertEqual(TextParagraphs.missing(altered, in: page),
                       [.line("存在しない段落"), .line("横浜県税事務所、存在しない所属"), .cells(["所属", "999人"])])
    }

    func testIdsAreUniqueAndReferencesResolve() throws {
        for r in try renderAll() {
            let tree = try PageTree(HTMLFixture.parse(r.page))
            let ids = tree.elements.compactMap { PageTree.attribute($0, "id") }
            XCTAssertEqual(ids.count, Set(ids).count, r.name)
            for e in tree.elements {
                if let ref = PageTree.attribute(e, "aria-labelledby") { XCTAssertTrue(ids.contains(ref), ref) }
                if let href = PageTree.attribute(e, "href"), href.hasPrefix("#") { XCTAssertTrue(ids.contains(String(href.dropFirst())), href) }
            }
        }
    }

    func testTheFragmentIsOnlyTheContent() throws {
        for r in try renderAll() {
            XCTAssertTrue(r.fragment.hasPrefix("<article class=\"juki-report\">"), r.name)
            for tag in ["<html", "<head", "<body", "<main", "<header", "<footer", "<nav", "<style", "<!DOCTYPE"] {
                XCTAssertFalse(r.fragment.contains(tag), "\(r.name): \(tag)")
            }
            // The page holds the fragment, and its dates under the h1 (html/page-dates; the CMS places its own).
            let withoutDates = r.page.components(separatedBy: "\n").filter { !$0.hasPrefix("<p class=\"page-dates\">") }
                .joined(separator: "\n")
            XCTAssertTrue(withoutDates.contains(r.fragment.trimmingCharacters(in: .newlines)), "the page holds the fragment")
        }
    }
}
