import Foundation
import JukiTestSupport
import XCTest

/// A command pays only for what it uses (issue 13): `check` of records and `diff` of record folders never
/// read the templates folder, and still report it, as before, when an archived report.xml needs its schema.
final class StartupTests: XCTestCase {
    var work = ""

    override func setUpWithError() throws { work = try Paths.workspaceWithR4() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: work) }

    func testRecordsAreCheckedAndDiffedWithoutTheTemplatesFolder() throws {
        let check = try CLIRun.run(["check", "--input", "input", "--templates", "missing"], in: work)
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertEqual(check.stderrWithoutWarnings, "誤りはありません: R4\n")
        let diff = try CLIRun.run(["diff", "--input", "input", "--templates", "missing", "R4", "R4"], in: work)
        XCTAssertEqual(diff.status, 0, diff.stderr)
    }

    func testAnArchiveStillNeedsTheSchema() throws {
        let build = try CLIRun.run(["build", "--input", "input", "--output", "out", "--templates", Paths.templates], in: work)
        XCTAssertEqual(build.status, 0, build.stderr)
        let expected = "エラー: XML の形式（スキーマ）「missing/xml/edition.xsd」がありません。リポジトリの templates/ を --templates で指定してください。\n"
        try FileManager.default.removeItem(atPath: work + "/input/R4/report.yaml")
        try FileManager.default.copyItem(atPath: work + "/out/R4/report.xml", toPath: work + "/input/R4/report.xml")
        let check = try CLIRun.run(["check", "--input", "input", "--templates", "missing"], in: work)
        XCTAssertEqual(check.status, 2)
        XCTAssertEqual(check.stderr, expected)
        let diff = try CLIRun.run(["diff", "--templates", "missing", "out/R4/report.xml", "out/R4/report.xml"], in: work)
        XCTAssertEqual(diff.status, 2)
        XCTAssertTrue(diff.stderr.hasPrefix(expected), diff.stderr)
    }

    /// `build` parses text/ and html/, a diff page diff/ only: a template broken in diff/ stops the diff page,
    /// not the build.
    func testEachCommandParsesTheTemplatesItRenders() throws {
        try FileManager.default.copyItem(atPath: Paths.templates, toPath: work + "/templates")
        try "{{#open}}\n".write(toFile: work + "/templates/diff/page.mustache", atomically: true, encoding: .utf8)
        let build = try CLIRun.run(["build", "--input", "input", "--output", "out", "--templates", "templates"], in: work)
        XCTAssertEqual(build.status, 0, build.stderr)
        let text = try CLIRun.run(["diff", "--input", "input", "--templates", "templates", "--format", "unified", "R4", "R4"], in: work)
        XCTAssertEqual(text.status, 0, text.stderr)
        let page = try CLIRun.run(["diff", "--input", "input", "--templates", "templates", "--format", "html", "R4", "R4"], in: work)
        XCTAssertEqual(page.status, 2)
        XCTAssertTrue(page.stderr.hasPrefix("templates/diff/page.mustache:"), page.stderr)
    }
}
