import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import JukiModel
import JukiRecords
import JukiRender
import JukiTestSupport
import XCTest

/// Renders editions as pages for the HTML tests, and reads the pages back. The pages are polyglot HTML,
/// so an XML parser reads them: a page that is not well-formed fails before any structure is checked.
enum HTMLFixture {
    static func templates() throws -> Templates { try Templates.load(directory: Paths.templates) }

    static func edition(_ dir: String) throws -> Edition {
        switch EditionReader.read(directory: dir) {
        case .success(let e): return e
        case .failure(let d): throw CaseError("\(dir) was refused:\n\(d.rendered)")
        }
    }

    /// input/site.yaml, with a 更新日 for every test edition too (they are not published).
    static func site(extraEditions: [String] = []) throws -> SiteConfig {
        switch SiteConfigReader.read(path: Paths.inRoot("input/site.yaml"), editions: ["R4"]) {
        case .success(var site):
            for name in extraEditions where site.updated[name] == nil { site.updated[name] = Day(year: 2024, month: 4, day: 1)! }
            return site
        case .failure(let d): throw CaseError("input/site.yaml was refused:\n\(d.rendered)")
        }
    }

    /// Tests/Editions/* that hold records.
    static func testEditionNames() throws -> [String] {
        let root = Paths.inRoot("Tests/Editions")
        return try FileManager.default.contentsOfDirectory(atPath: root).sorted()
            .filter { FileManager.default.fileExists(atPath: "\(root)/\($0)/report.yaml") }
    }

    /// The fragment in the smallest valid page, as the checks validate it.
    static func wrap(fragment: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\" />\n<title>fragment</title>\n</head>\n<body>\n<main>\n"
            + fragment + "</main>\n</body>\n</html>\n"
    }

    static func parse(_ html: String, file: StaticString = #filePath, line: UInt = #line) throws -> XMLDocument {
        do {
            return try XMLDocument(xmlString: html, options: [])
        } catch {
            XCTFail("the page is not well-formed: \(error)", file: file, line: line)
            throw error
        }
    }
}

/// Walks a parsed page.
struct PageTree {
    let root: XMLElement

    init(_ doc: XMLDocument) throws {
        guard let r = doc.rootElement() else { throw CaseError("no root element") }
        root = r
    }

    /// Every element, in document order.
    var elements: [XMLElement] {
        var out: [XMLElement] = []
        func walk(_ e: XMLElement) {
            out.append(e)
            for c in e.children ?? [] { if let ce = c as? XMLElement { walk(ce) } }
        }
        walk(root)
        return out
    }

    func all(_ name: String) -> [XMLElement] { elements.filter { $0.name == name } }

    static func attribute(_ e: XMLElement, _ name: String) -> String? { e.attribute(forName: name)?.stringValue }

    static func children(_ e: XMLElement, _ name: String) -> [XMLElement] {
        (e.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.name == name }
    }

    /// The text of each block (p, li, h1–h6, th, td, caption, dt, dd) whose content is inline: the units a
    /// reader sees as paragraphs, entities decoded.
    var blocks: [String] {
        let blockNames: Set<String> = ["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "th", "td", "caption", "dt", "dd"]
        return elements.filter { blockNames.contains($0.name ?? "") }.map { $0.stringValue ?? "" }
    }
}

/// What the HTML must hold of `report.txt`: every paragraph, in the form the HTML gives it.
enum TextParagraphs {
    enum Expectation: Equatable {
        /// One line: the whole text of one block of the page, as it is or without its leading "- " or "○ " (which the
        /// page turns into list markers); a line of 所属 joined by 、 may instead be consecutive list items.
        case line(String)
        /// A tab-separated table: each non-empty cell is a cell (th or td) of the page.
        case cells([String])
    }

    static func expectations(_ text: String) -> [Expectation] {
        text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
            .flatMap { paragraph -> [Expectation] in
                if paragraph.contains("\t") {
                    return [.cells(paragraph.components(separatedBy: "\n").flatMap { $0.components(separatedBy: "\t") }
                        .filter { !$0.isEmpty })]
                }
                return paragraph.components(separatedBy: "\n").map(Expectation.line)
            }
    }

    /// The expectations the page does not meet.
    static func missing(_ text: String, in page: PageTree) -> [Expectation] {
        let blocks = page.blocks
        let lis = page.all("li").map { $0.stringValue ?? "" }
        let cells = Set((page.all("th") + page.all("td")).map { $0.stringValue ?? "" })
        return expectations(text).filter { e in
            switch e {
            case .cells(let cs):
                return !cs.allSatisfy { cells.contains($0) }
            case .line(let s):
                var forms = [s]
                for mark in ["- ", "○ "] where s.hasPrefix(mark) { forms.append(String(s.dropFirst(mark.count))) }
                if forms.contains(where: { f in blocks.contains(f) }) { return false }
                let items = s.components(separatedBy: "、")
                guard items.count > 1 else { return true }
                return !lis.indices.contains { i in i + items.count <= lis.count && Array(lis[i..<(i + items.count)]) == items }
            }
        }
    }
}
