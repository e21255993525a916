import Foundation
import JukiTestSupport
import XCTest

/// What build and check say when the frame of the pages is wrong: a template that does not parse (trouble
/// with the tool's files, exit 2) and an edition without its 更新日 in site.yaml (the records', exit 1).
final class PageFrameTests: XCTestCase {
    var work = ""

    override func setUpWithError() throws {
        work = try Paths.workspaceWithR4()
        try FileManager.default.copyItem(atPath: Paths.templates, toPath: work + "/templates")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: work)
    }

    func edit(_ relative: String, _ change: (String) -> String) throws {
        let path = work + "/" + relative
        let before = try Paths.read(path)
        let after = change(before)
        XCTAssertNotEqual(after, before, "\(relative) unchanged")
        try after.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// A section left open (html/content-findings without its {{/findings}}): the parser finds out at the
    /// next closing tag, line 20 column 4, and the message names the file, the place and that line, with a caret
    /// under the column (rendered by DiagnosticRenderer like every positioned diagnostic).
    func testABrokenTemplateIsNamedWithItsPosition() throws {
        try edit("templates/html/content-findings.mustache") { $0.replacingOccurrences(of: "{{/findings}}\n", with: "") }
        let r = try CLIRun.run(["build", "--input", "input", "--output", "out", "--templates", "templates"], in: work)
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, """
            templates/html/content-findings.mustache:20:4: エラー: テンプレートの書き方に誤りがあります\
            （閉じるタグの名前が、開いている区間の名前と合いません。{{#名前}} と {{/名前}} の組を確かめてください）
            {{/empty(findings)}}
               ^

            """)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/out"))
    }

    /// An edition (R5, a copy of R4) without its 更新日 is the records' problem: named at site.yaml's 更新日 block, by both commands.
    func testAMissingUpdateDateIsPositionedInSiteYAML() throws {
        let lines = try Paths.read(work + "/input/site.yaml").components(separatedBy: "\n")
        let block = try XCTUnwrap(lines.firstIndex(of: "更新日:")) + 1
        try Paths.copyFolder(work + "/input/R4", to: work + "/input/R5")
        let expected = """
            input/site.yaml:\(block):1: エラー: 「更新日」に版「R5」の更新日がありません。「  R5: 令和5年6月30日」のような行を加えてください。
            更新日:
            ^
            1件の誤りがありました。
            """
        for command in ["check", "build"] {
            let r = try CLIRun.run([command, "--input", "input", "--output", "out", "--templates", "templates"]
                                   .filter { command == "build" || ($0 != "--output" && $0 != "out") }, in: work)
            XCTAssertEqual(r.status, 1, command)
            // check writes nothing and does not say so.
            XCTAssertEqual(r.stderr, expected + (command == "build" ? "何も書いていません。\n" : "\n"), command)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/out"))
    }
}
