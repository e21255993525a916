import Foundation
import JukiDiagnostics
import JukiModel
import JukiRecords
import JukiRender
import JukiTestSupport
import JukiXML
import XCTest

/// records → XML → model gives the same edition, and so the same report, as records → model. The edition read
/// back renders to the golden files (the published or expected report.txt; R4's page, the 別添 pages), not
/// merely to a second render in this process. The same round trip in other processes: GoldenBuildTests.
final class XMLRoundTripTests: XCTestCase {
    func assertRoundTrip(_ dir: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let schema = try XMLTest.schema()
        let templates = try Templates.load(directory: Paths.templates)
        let edition = try XMLTest.edition(dir, file: file, line: line)
        let xml = try XMLArchive.document(for: edition, schema: schema)
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/" + XMLArchive.fileName
        try xml.write(toFile: path, atomically: true, encoding: .utf8)
        switch XMLArchive.read(path: path, schema: schema) {
        case .failure(let d):
            XCTFail("\(dir): the written XML was refused:\n\(d.rendered)", file: file, line: line)
        case .success(let back):
            XCTAssertEqual(back, edition, "\(dir): the edition read back differs", file: file, line: line)
            let name = (dir as NSString).lastPathComponent
            let published = dir.hasPrefix(Paths.inRoot("input/")) ? Paths.inRoot("output/\(name)/report.txt")
                                                                     : dir + "/expected/report.txt"
            Golden.assertMatches(try TextReport.render(back, templates: templates), file: published, file: file, line: line)
            let sitePath = (dir as NSString).deletingLastPathComponent + "/site.yaml"
            var site = try SiteConfigReader.read(path: sitePath, editions: [name]).get()
            if name == "R4" {
                Golden.assertMatches(try HTMLReport.render(back, name: name, site: site, templates: templates),
                                     file: Paths.inRoot("Tests/JukiRenderTests/Golden/R4.html"), file: file, line: line)
            }
            // The 別添 goldens are rendered with a test edition's 更新日 of 令和6年4月1日 (HTMLFixture.site).
            site.updated[name] = Day(year: 2024, month: 4, day: 1)
            for page in try HTMLAnnex.render(back, name: name, site: site, templates: templates) {
                Golden.assertMatches(page.html, file: Paths.inRoot("Tests/JukiRenderTests/Golden/\(name).\(page.fileName)"),
                                     file: file, line: line)
            }
        }
    }

    func testR4RoundTrips() throws {
        try assertRoundTrip(Paths.inRoot("input/R4"))
    }

    func testEveryInputEditionRoundTrips() throws {
        let input = Paths.inRoot("input")
        let names = try FileManager.default.contentsOfDirectory(atPath: input).sorted()
            .filter { FileManager.default.fileExists(atPath: "\(input)/\($0)/report.yaml") }
        XCTAssertFalse(names.isEmpty)
        for name in names { try assertRoundTrip("\(input)/\(name)") }
    }

    func testEveryTestEditionRoundTrips() throws {
        let dirs = try XMLTest.testEditions()
        XCTAssertGreaterThanOrEqual(dirs.count, 8)
        for dir in dirs { try assertRoundTrip(dir) }
    }

    /// The R4 archive, whole: a change to the format shows as a diff of this file.
    func testR4Golden() throws {
        let xml = try XMLArchive.document(for: try XMLTest.edition(Paths.inRoot("input/R4")), schema: try XMLTest.schema())
        Golden.assertEqual(xml, file: Paths.inRoot("Tests/JukiXMLTests/Golden/R4.xml"))
    }

    /// An edition with 別添1–3: the tables as elements, the figures beside them marked derived.
    func testAnnexesGolden() throws {
        let xml = try XMLArchive.document(for: try XMLTest.edition(Paths.inRoot("Tests/Editions/annexes")), schema: try XMLTest.schema())
        Golden.assertEqual(xml, file: Paths.inRoot("Tests/JukiXMLTests/Golden/annexes.xml"))
        XCTAssertTrue(xml.contains("<cases derived=\"true\">1352771</cases>"))
    }

    /// The written bytes: UTF-8, an XML declaration, two-space indent, one line break at the end. (That every
    /// write gives the same bytes: the golden file above, and GoldenBuildTests from another process.)
    func testWritingFormat() throws {
        let first = try XMLArchive.document(for: try XMLTest.edition(Paths.inRoot("input/R4")), schema: try XMLTest.schema())
        XCTAssertTrue(first.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<edition xmlns=\"urn:juki-report:edition:1\" version=\"1\">\n  <fiscalYear>2022</fiscalYear>\n"))
        XCTAssertTrue(first.hasSuffix("</edition>\n"))
        XCTAssertFalse(first.contains("\t"))
        XCTAssertFalse(first.contains("\r"))
    }

    /// Characters XML treats specially come back as they were.
    func testMarkupCharactersRoundTrip() throws {
        let schema = try XMLTest.schema()
        var edition = try XMLTest.edition(Paths.inRoot("input/R4"))
        edition.title = "<b>住基ネット</b> & \"セキュリティ\" 'A&amp;B' ]]> ①㈱髙"
        let xml = try XMLArchive.document(for: edition, schema: schema)
        XCTAssertTrue(xml.contains("<title>&lt;b&gt;住基ネット&lt;/b&gt; &amp; &quot;セキュリティ&quot; 'A&amp;amp;B' ]]&gt; ①㈱髙</title>"))
        guard case .success(let back) = XMLArchive.read(bytes: Array(xml.utf8), path: "report.xml", schema: schema) else {
            return XCTFail("refused")
        }
        XCTAssertEqual(back, edition)
    }

    /// An edition the schema cannot hold (a line break in a one-line text) is a writer bug: reported with
    /// libxml2's line, and no document is returned. (The document is checked as a stream, not as a tree, so
    /// the line is where the element ends, 6, not where it starts.)
    func testAnInvalidDocumentIsNotHandedOut() throws {
        var edition = try XMLTest.edition(Paths.inRoot("input/R4"))
        edition.title = "一行目\n二行目"
        XCTAssertThrowsError(try XMLArchive.document(for: edition, schema: try XMLTest.schema())) { error in
            XCTAssertEqual((error as? Diagnostics)?.rendered, """
                エラー: 書こうとした report.xml が形式（edition.xsd）に合いません。juki-report の不具合です。何も書いていません。
                report.xml:6:12: エラー: Element 'title': [facet 'pattern'] The value '一行目␊二行目' is not accepted by the pattern '[^\\r\\n]+'.
                二行目</title>
                              ^

                """)
        }
    }

    /// xmllint (libxml2-utils) agrees that the written R4 document is valid.
    func testXmllintValidatesR4() throws {
        let xmllint = "/usr/bin/xmllint"
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: xmllint), "xmllint is not installed (apt-get install libxml2-utils)")
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/report.xml"
        try XMLArchive.document(for: try XMLTest.edition(Paths.inRoot("input/R4")), schema: try XMLTest.schema())
            .write(toFile: path, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint)
        process.arguments = ["--noout", "--nonet", "--schema", Paths.inRoot("templates/xml/edition.xsd"), path]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let output = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, output)
        XCTAssertEqual(output, "\(path) validates\n")
    }
}
