import Foundation
import JukiDiagnostics
import JukiModel
import JukiTestSupport
@testable import JukiXML
import XCTest

/// The index's streaming read of an archive published before: 年度 and title as the whole read gives them,
/// and the same refusals (DOCTYPE, another format or version, a document the schema refuses).
final class XMLSummaryTests: XCTestCase {
    func summary(_ text: String) throws -> Result<XMLArchive.Summary, Diagnostics> {
        XMLArchive.summary(bytes: Array(text.utf8), path: "report.xml", schema: try XMLTest.schema())
    }

    func refusal(_ text: String) throws -> String {
        switch try summary(text) {
        case .success(let s): XCTFail("accepted: \(s)"); return ""
        case .failure(let d): return d.rendered
        }
    }

    func testAgreesWithTheWholeRead() throws {
        for golden in ["R4.xml", "annexes.xml"] {
            let text = try Paths.read(Paths.inRoot("Tests/JukiXMLTests/Golden/" + golden))
            let whole = try XMLArchive.read(bytes: Array(text.utf8), path: golden, schema: try XMLTest.schema()).get()
            XCTAssertEqual(try summary(text).get(), XMLArchive.Summary(fiscalYear: whole.fiscalYear, title: whole.title))
        }
    }

    func testRefusesWhatTheWholeReadRefuses() throws {
        XCTAssertTrue(try refusal(XMLHostileInputTests.billionLaughs).hasPrefix("report.xml:2:1: エラー: DOCTYPE（文書型宣言）のある XML は読みません。"))
        let r4 = try Paths.read(Paths.inRoot("Tests/JukiXMLTests/Golden/R4.xml"))
        XCTAssertTrue(try refusal(r4.replacingOccurrences(of: "version=\"1\"", with: "version=\"2\"")).hasPrefix("report.xml:2:1: エラー: "))
        let broken = try refusal(r4.replacingOccurrences(of: "<fiscalYear>2022</fiscalYear>", with: "<fiscalYear>二〇二二</fiscalYear>"))
        XCTAssertTrue(broken.hasPrefix("report.xml:3:"), broken)
        let late = try refusal(r4.replacingOccurrences(of: "</findings>", with: "<bogus/></findings>"))
        XCTAssertTrue(late.contains("bogus"), late)
        XCTAssertTrue(try refusal(r4.replacingOccurrences(of: "ネットワークシステム", with: "ネットワーク\u{202E}システム"))
            .contains("U+202E"))
    }
}
