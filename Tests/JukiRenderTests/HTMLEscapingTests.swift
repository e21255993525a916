import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import JukiModel
import JukiRecords
import JukiRender
import JukiTestSupport
import XCTest

/// Record text that looks like markup appears on the page as text, never as markup.
final class HTMLEscapingTests: XCTestCase {
    /// `"` + U+0301 is one grapheme cluster; escaping per Character (swift-mustache's own HTML type) misses it.
    static let quoteWithMark = "\"\u{301}"
    static let hostile = "<script>alert(1)</script>&amp;\"'" + quoteWithMark + " onmouseover=alert(1) x=" + quoteWithMark + "{{title}}]]>"

    func testEscapesEachScalar() {
        XCTAssertEqual(HTMLEscaping.escape("<a href=\"x\">&'</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;")
        XCTAssertEqual(HTMLEscaping.escape(Self.quoteWithMark), "&quot;\u{301}")
        XCTAssertEqual(HTMLEscaping.escape("'\u{301}<\u{301}>\u{301}&\u{301}"), "&#39;\u{301}&lt;\u{301}&gt;\u{301}&amp;\u{301}")
        XCTAssertEqual(HTMLEscaping.escape("&\u{301}<a href=\"x\">'"), "&amp;\u{301}&lt;a href=&quot;x&quot;&gt;&#39;")
        XCTAssertEqual(HTMLEscaping.escape("{{title}} ]]>"), "{{title}} ]]&gt;")
        XCTAssertEqual(HTMLEscaping.escape("髙①㈱ 令和"), "髙①㈱ 令和")
        XCTAssertEqual(HTMLEscaping.escape("a\u{0}b\u{7}c\u{9F}d\u{FFFE}e\tf"), "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\tf")
    }

    /// Every HTML template (the pages in templates/html, the diff page in templates/diff) switches to the
    /// per-scalar type first (partials too: each file starts as HTML until its own pragma) and none
    /// bypasses escaping with {{{…}}} or {{&…}} (which `Templates.load` refuses in HTML anyway).
    func testEveryHTMLTemplateEscapesPerScalar() throws {
        var names: [String] = []
        for dir in ["templates/html", "templates/diff"] {
            names += try FileManager.default.contentsOfDirectory(atPath: Paths.inRoot(dir))
                .filter { $0.hasSuffix(".mustache") }.sorted().map { dir + "/" + $0 }
        }
        for page in ["html/page", "html/content", "html/index", "diff/page"] {
            XCTAssertTrue(names.contains("templates/\(page).mustache"), page)
        }
        for name in names {
            let text = try Paths.read(Paths.inRoot(name))
            XCTAssertFalse(text.contains("{{{") || text.contains("{{&"), "\(name) bypasses escaping")
            let hasVariables = text.replacingOccurrences(of: "{{!", with: "").contains("{{")
            if hasVariables {
                XCTAssertTrue(text.hasPrefix("{{%CONTENT_TYPE:\(HTMLEscaping.contentTypeName)}}\n"), "\(name) lacks the pragma")
            }
        }
    }

    /// The stylesheet is placed raw inside <style>: it may not close it.
    func testTheStylesheetCannotCloseItsElement() throws {
        let css = try Paths.read(Paths.inRoot("templates/html/style.mustache"))
        XCTAssertFalse(css.lowercased().contains("</"))
    }

    func hostileEdition() throws -> Edition {
        let work = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let dir = work + "/R4"
        try Paths.copyFolder(Paths.inRoot("input/R4"), to: dir)
        let yamlValue = "'" + Self.hostile.replacingOccurrences(of: "'", with: "''") + "'"
        var yaml = try Paths.read(dir + "/report.yaml")
        for (old, new) in [("表題: 住民基本台帳ネットワークシステムの セキュリティ対策の措置状況等について", "表題: " + yamlValue),
                           ("    講師: 市町村課", "    講師: " + yamlValue),
                           ("      - 横浜県税事務所", "      - " + yamlValue)] {
            XCTAssertEqual(yaml.components(separatedBy: old).count, 2, old)
            yaml = yaml.replacingOccurrences(of: old, with: new)
        }
        try yaml.write(toFile: dir + "/report.yaml", atomically: true, encoding: .utf8)
        // Doubled per scalar: String.replacingOccurrences works per Character and would miss "\u{301}.
        var doubled = String.UnicodeScalarView()
        for s in Self.hostile.unicodeScalars { doubled.append(s); if s == "\"" { doubled.append(s) } }
        let csvValue = "\"" + String(doubled) + "\""
        try "区分,指摘事項,対応内容\n運用面,\(csvValue),\(csvValue)\n".write(toFile: dir + "/findings.csv", atomically: true, encoding: .utf8)
        var staff = try Paths.read(dir + "/certified-staff.csv")
        staff = staff.replacingOccurrences(of: "NPO協働推進課,6", with: "\(csvValue),6")
        try staff.write(toFile: dir + "/certified-staff.csv", atomically: true, encoding: .utf8)
        return try HTMLFixture.edition(dir)
    }

    func hostileSite() throws -> SiteConfig {
        var site = try HTMLFixture.site()
        site.siteName = Self.hostile
        site.siteURL = "https://example.jp/" + Self.hostile
        site.indexTitle = Self.hostile
        site.contact.unit = Self.hostile
        site.contact.mailForm = "https://example.jp/?q=" + Self.hostile
        return site
    }

    func testHostileRecordTextAppearsLiterally() throws {
        let templates = try HTMLFixture.templates()
        let edition = try hostileEdition()
        let site = try hostileSite()
        let page = try HTMLReport.render(edition, name: "R4", site: site, templates: templates)
        let fragment = try HTMLReport.render(edition, name: "R4", site: site, templates: templates, fragment: true)
        let index = try HTMLIndex.render([.init(name: "R4", edition: edition, files: ["report.txt"])], site: site, templates: templates)
        for (label, html) in [("page", page), ("fragment", HTMLFixture.wrap(fragment: fragment)), ("index", index)] {
            // Well-formed: no value closed an element or an attribute.
            let tree = try PageTree(HTMLFixture.parse(html))
            XCTAssertTrue(tree.all("script").isEmpty, label)
            for e in tree.elements {
                XCTAssertNil(e.attribute(forName: "onmouseover"), "\(label): an attribute was injected")
                XCTAssertNil(e.attribute(forName: "x"), label)
            }
            // The text reads exactly as written in the records.
            let texts = tree.blocks + tree.all("title").compactMap(\.stringValue)
            XCTAssertTrue(texts.contains { $0.contains(Self.hostile) }, "\(label): the value is not on the page as text")
            // The raw source holds it escaped, the combining mark after &quot;.
            XCTAssertFalse(html.contains("<script>"), label)
            XCTAssertTrue(html.contains("&quot;\u{301}"), label)
            XCTAssertFalse(html.contains("]]>"), label)
            XCTAssertTrue(html.contains("{{title}}"), label)
        }
        // In attributes too: the links keep the whole value.
        let tree = try PageTree(HTMLFixture.parse(page))
        let hrefs = tree.all("a").compactMap { PageTree.attribute($0, "href") }
        XCTAssertTrue(hrefs.contains("https://example.jp/" + Self.hostile))
        XCTAssertTrue(hrefs.contains("https://example.jp/?q=" + Self.hostile))
        // Each place a record value lands in the content.
        let blocks = tree.blocks
        XCTAssertTrue(blocks.contains("講師：" + Self.hostile))
        XCTAssertTrue(tree.all("li").contains { $0.stringValue == Self.hostile }, "所属 list item")
        XCTAssertTrue(tree.all("th").contains { $0.stringValue == Self.hostile }, "row header of both tables")
        XCTAssertTrue(tree.all("td").contains { $0.stringValue == Self.hostile }, "対応内容")
        XCTAssertEqual(tree.all("h1").first?.stringValue, "令和4年度" + Self.hostile)
    }
}
