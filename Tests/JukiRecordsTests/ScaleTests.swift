import Foundation
import JukiDiagnostics
@testable import JukiRecords
import JukiTestSupport
import XCTest

/// Inputs made large on purpose (issue 11, item 11): the messages of one kind are capped, and report.yaml's
/// size in values is bounded before it is composed.
final class ScaleTests: XCTestCase {
    var root = ""
    var dir = ""

    override func setUpWithError() throws {
        root = try Paths.temporaryFolder()
        dir = root + "/input/R4"
        try Paths.copyFolder(Paths.inRoot("input/R4"), to: dir)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: root) }

    func messages() -> String {
        guard case .failure(let d) = EditionReader.read(directory: dir) else { return "accepted" }
        return d.rendered.replacingOccurrences(of: root + "/", with: "")
    }

    /// 5,000 copies of one row: 20 messages of the kind (3 lines each with its note's 3), then one line counting the rest.
    func testManyDuplicateRowsPrintTwentyAndACount() throws {
        let csv = "所属,人数\n" + String(repeating: "市町村課,5\n", count: 5_000)
        try csv.write(toFile: dir + "/certified-staff.csv", atomically: true, encoding: .utf8)
        let lines = messages().split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let errors = lines.filter { $0.contains(": エラー: ") }
        XCTAssertEqual(errors.count, 20)
        XCTAssertEqual(errors.first, "input/R4/certified-staff.csv:3:1: エラー: 所属「市町村課」が2度あります。1度だけ書いてください。")
        XCTAssertEqual(errors.last, "input/R4/certified-staff.csv:22:1: エラー: 所属「市町村課」が2度あります。1度だけ書いてください。")
        XCTAssertEqual(lines.count, 20 * 6 + 1)
        XCTAssertEqual(lines.last, "…ほか 4,979 件の同じ誤りがあります（同じ種類の誤りは最初の20件だけを示します）。")
    }

    /// Each kind is capped on its own: 30 bad counts and 30 empty names give 20 + 1 lines of each.
    func testEachKindIsCappedOnItsOwn() throws {
        var csv = "所属,人数\n"
        for i in 0..<30 { csv += "所属\(i),x\n , \(i)\n" }
        try csv.write(toFile: dir + "/certified-staff.csv", atomically: true, encoding: .utf8)
        let text = messages()
        XCTAssertEqual(text.components(separatedBy: "には0以上の整数を書いてください").count - 1, 20)
        XCTAssertEqual(text.components(separatedBy: "が空です").count - 1, 20)
        XCTAssertEqual(text.components(separatedBy: "…ほか 10 件の同じ誤りがあります").count - 1, 2)
    }

    /// A flow list of 200,000 items in 400 KB: refused by counting before Yams composes it.
    func testAnOversizedListInReportYAMLIsRefused() throws {
        let path = dir + "/report.yaml"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let old = "    対象: 市町村課、全利用所属\n    対象所属数: 54\n"
        XCTAssertTrue(text.contains(old))
        text = text.replacingOccurrences(of: old, with: "    対象所属: [" + Array(repeating: "a", count: 200_000).joined(separator: ",") + "]\n")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let started = Date()
        let m = messages()
        XCTAssertLessThan(Date().timeIntervalSince(started), 30, "a watchdog against composing the list, not a measurement")
        XCTAssertTrue(m.hasPrefix("input/R4/report.yaml:34:"), m.prefix(300).description)
        XCTAssertTrue(m.contains("エラー: 値と項目が多すぎます（report.yaml 全体で100,000個まで）。"), m.prefix(300).description)
    }

    /// Rows past the limit are refused at the first of them (the limit lowered here; it is 10,000,000).
    func testRowsPastTheLimitAreRefused() throws {
        let path = dir + "/certified-staff.csv"
        try "所属,人数\n所属1,1\n所属2,2\n\n所属3,3\n所属4,4\n".write(toFile: path, atomically: true, encoding: .utf8)
        var tables = TableReader()
        tables.rowLimit = 3
        XCTAssertNil(tables.certification(path: path))
        let text = DiagnosticRenderer(sources: tables.sources).render(tables.diagnostics.items)
        XCTAssertEqual(text.replacingOccurrences(of: root + "/", with: ""), """
            input/R4/certified-staff.csv:6:1: エラー: 「input/R4/certified-staff.csv」の行が多すぎます（見出し行の後に3行まで）。この行から後は読んでいません。正しいファイルか確かめてください。
            所属4,4
            ^

            """)
        XCTAssertEqual(TableReader.defaultRowLimit, 10_000_000)
    }
}
