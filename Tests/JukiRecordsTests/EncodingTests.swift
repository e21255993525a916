import Foundation
import JukiDiagnostics
import JukiModel
import JukiRecords
import JukiTestSupport
import XCTest

/// Records as Excel and editors save them: UTF-8 with or without BOM, CP932, CRLF or LF, read alike;
/// anything else refused with the file, the line and the byte offset.
final class EncodingTests: XCTestCase {
    var root = ""

    override func setUpWithError() throws { root = try Paths.temporaryFolder() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: root) }

    /// R4 with one file replaced by a fixture; the rendered diagnostics, if refused.
    func read(replacing file: String, with fixture: String) throws -> Result<Edition, Diagnostics> {
        let dir = root + "/input/R4"
        try? FileManager.default.removeItem(atPath: dir)
        try Paths.copyFolder(Paths.inRoot("input/R4"), to: dir)
        try FileManager.default.removeItem(atPath: dir + "/" + file)
        try FileManager.default.copyItem(atPath: Paths.inRoot("Tests/Fixtures/encodings/" + fixture), toPath: dir + "/" + file)
        return EditionReader.read(directory: dir)
    }

    func testCP932AndBOMAndCRLFReadAsTheirUTF8Twin() throws {
        let twin = try read(replacing: "certified-staff.csv", with: "certified-staff.utf8.csv").get()
        XCTAssertEqual(twin.results.certification.rows[1].unit, "市町村課①㈱髙～")
        XCTAssertEqual(try read(replacing: "certified-staff.csv", with: "certified-staff.cp932-crlf.csv").get(), twin)
        XCTAssertEqual(try read(replacing: "certified-staff.csv", with: "certified-staff.utf8bom-crlf.csv").get(), twin)
    }

    /// A CP932 CSV as a spreadsheet program saved it (LibreOffice: quoted texts, LF) reads as its UTF-8 twin.
    func testASpreadsheetsCP932CSVReadsAsItsUTF8Twin() throws {
        let twin = try read(replacing: "certified-staff.csv", with: "certified-staff.utf8.csv").get()
        XCTAssertEqual(try read(replacing: "certified-staff.csv", with: "certified-staff.libreoffice-cp932.csv").get(), twin)
    }

    func testACP932ReportYAMLReadsAsTheUTF8One() throws {
        let utf8 = try EditionReader.read(directory: Paths.inRoot("input/R4")).get()
        XCTAssertEqual(try read(replacing: "report.yaml", with: "report.cp932-crlf.yaml").get(), utf8)
    }

    func testUTF16IsRefusedWithHowToSaveIt() throws {
        guard case .failure(let d) = try read(replacing: "certified-staff.csv", with: "certified-staff.utf16.csv") else {
            return XCTFail("UTF-16 was accepted")
        }
        XCTAssertEqual(d.rendered.replacingOccurrences(of: root + "/", with: ""), """
            input/R4/certified-staff.csv:1:1: エラー: 「\(root)/input/R4/certified-staff.csv」は UTF-16 で保存されています。UTF-8 か Shift_JIS（CP932）で保存し直してください（Excel では「CSV UTF-8（コンマ区切り）」）。

            """.replacingOccurrences(of: root + "/", with: ""))
    }

    func testBytesThatAreNeitherAreRefusedWithTheirOffset() {
        // A valid first line, then bytes that are neither UTF-8 nor CP932 (0x80 and 0xFF lead no character).
        let bytes = Array("所属,人数\n".utf8) + [0x80, 0xFF, 0x2C, 0x31, 0x0A]
        XCTAssertEqual(TextDecoding.decode(bytes), .failure(.undecodable(byteOffset: 14, line: 2)))
    }

    func testDecodingOrder() {
        XCTAssertEqual(TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("髙".utf8)), .success("髙"))
        XCTAssertEqual(TextDecoding.decode([0x87, 0x40, 0x87, 0x8A, 0xFB, 0xFC]), .success("①㈱髙"))
        XCTAssertEqual(TextDecoding.decode([0xFF, 0xFE, 0x41, 0x00]), .failure(.utf16))
        // A UTF-8 BOM says UTF-8: CP932 is not tried after it.
        XCTAssertEqual(TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x87, 0x40]), .failure(.undecodable(byteOffset: 3, line: 1)))
    }
}
