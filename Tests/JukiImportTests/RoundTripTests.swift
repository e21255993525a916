import JukiDiagnostics
import JukiImport
import JukiModel
import JukiRecords
import JukiRender
import JukiTestSupport
import XCTest

/// The acceptance of issue 15: each edition's published text reads back into the model its records make,
/// and that model renders to the same text, byte for byte.
final class RoundTripTests: XCTestCase {
    static let editions = ["input/R4"] + ((try? FileManager.default.contentsOfDirectory(atPath: Paths.inRoot("Tests/Editions"))) ?? [])
        .filter { !$0.contains(".") }.sorted().map { "Tests/Editions/" + $0 }

    func publishedPath(_ edition: String) -> String {
        edition.hasPrefix("input/") ? "output/" + (edition as NSString).lastPathComponent + "/report.txt" : edition + "/expected/report.txt"
    }

    func testEveryEditionReadsBackFromItsText() throws {
        let templates = try Templates.load(directory: Paths.templates, only: ["text"])
        XCTAssertGreaterThan(Self.editions.count, 5)
        for edition in Self.editions {
            let records = try EditionReader.read(directory: Paths.inRoot(edition)).get()
            let path = Paths.inRoot(publishedPath(edition))
            let imported: Edition
            switch PublishedText.read(path: path) {
            case .success(let e): imported = e
            case .failure(let d): XCTFail("\(edition):\n\(d.rendered)"); continue
            }
            XCTAssertEqual(imported, records, edition)
            XCTAssertEqual(try TextReport.render(imported, templates: templates), try Paths.read(publishedPath(edition)), edition)
        }
    }

    /// The text as it was published (two blank lines before the title, no final newline) reads to R4's
    /// records; built, it is the published text as the README normalizes it.
    func testThePublishedReferenceReadsBackToR4() throws {
        let reference = Paths.inRoot("Tests/Fixtures/R4-published.txt")
        let imported = try PublishedText.read(path: reference).get()
        XCTAssertEqual(imported, try EditionReader.read(directory: Paths.inRoot("input/R4")).get())
    }
}

extension RoundTripTests {
    /// The 別添 tables pasted from a web page (blanks, runs of tabs, CRLF): the same tables, 利用 rows
    /// without a 提供先 included.
    func testAnnexTablesPastedWithBlanksReadTheSame() throws {
        let text = try Paths.read("Tests/Editions/annexes/expected/report.txt")
        let records = try EditionReader.read(directory: Paths.inRoot("Tests/Editions/annexes")).get()
        for (name, variant) in [("two spaces", text.replacing("\t", with: "  ")), ("runs of tabs", text.replacing("\t", with: "\t\t")),
                                ("CRLF and a space and a tab", text.replacing("\t", with: " \t").replacing("\n", with: "\r\n"))] {
            switch PublishedText.read(bytes: Array(variant.utf8), path: "report.txt") {
            case .success(let e): XCTAssertEqual(e, records, name)
            case .failure(let d): XCTFail("\(name):\n\(d.rendered)")
            }
        }
    }
}
