import Foundation
import JukiTestSupport
import XCTest

/// What build and check say when the frame of the pages is wrong: a template that does not parse or names
/// what no view has (trouble with the tool's files, exit 2) and an edition without its 更新日 in site.yaml
/// (the records', exit 1).
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

    /// What `build` prints when a template, edited so, is refused (exit 2, nothing written).
    func refusal(editing relative: String, _ change: (String) -> String) throws -> String {
        try edit(relative, change)
        let r = try CLIRun.run(["build", "--input", "input", "--output", "out", "--templates", "templates"], in: work)
        XCTAssertEqual(r.status, 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/out"))
        return r.stderr
    }

    /// A section left open (html/content-findings without its {{/findings}}): the parser finds out at the
    /// next closing tag, line 20 column 4, and the message names the file, the place and that line, with a caret
    /// under the column (rendered by DiagnosticRenderer like every positioned diagnostic).
    func testABrokenTemplateIsNamedWithItsPosition() throws {
        let stderr = try refusal(editing: "templates/html/content-findings.mustache") {
            $0.replacingOccurrences(of: "{{/findings}}\n", with: "")
        }
        XCTAssertEqual(stderr, """
            templates/html/content-findings.mustache:20:4: エラー: テンプレートの書き方に誤りがあります\
            （閉じるタグの名前が、開いている区間の名前と合いません。{{#名前}} と {{/名前}} の組を確かめてください）
            {{/empty(findings)}}
               ^

            """)
    }

    /// A name no view has is refused when the templates load (issue 13): before, swift-mustache rendered
    /// `{{fiscalYaer}}` as nothing and report.txt lost its year without a word.
    func testAMisspelledNameIsAnErrorAtItsPlace() throws {
        let stderr = try refusal(editing: "templates/text/report.mustache") {
            $0.replacingOccurrences(of: "{{fiscalYear}}{{title}}", with: "{{fiscalYaer}}{{title}}")
        }
        XCTAssertEqual(stderr, """
            templates/text/report.mustache:6:1: エラー: テンプレートのタグ「{{fiscalYaer}}」が使えません\
            （「fiscalYaer」という項目はここにありません。綴りを確かめてください。ここで使える名前：fiscalYear、title、\
            trainings、trainingNote、activities、asOf、statutory、ordinance、publication、certificationTotal、\
            certification、certificationGrid、disclosureSince、disclosureRequests、hasDisclosureRequests、findingAreas、\
            findingsClosing、statutoryAnnex、ordinanceAnnex、publicationAnnex、publicationRuns、publicationLinksAnnex、\
            planYear、planTrainings、planActivities）
            {{fiscalYaer}}{{title}}
            ^

            """)
    }

    /// `{{{…}}}` would put a value into a page unescaped: an HTML template that has it does not load.
    func testUnescapedOutputIsRefusedInHTML() throws {
        let stderr = try refusal(editing: "templates/html/frame-top.mustache") {
            $0.replacingOccurrences(of: "{{site.name}}", with: "{{{site.name}}}")
        }
        XCTAssertEqual(stderr, """
            templates/html/frame-top.mustache:4:45: エラー: テンプレートのタグ「{{{site.name}}}」が使えません\
            （HTML のテンプレートでは値はいつも HTML の文字に書き換えて入れるので、{{{…}}} と {{&…}} は使えません。\
            {{名前}} と書いてください）
            <p class="site-name"><a href="{{site.url}}">{{{site.name}}}</a></p>
                                                        ^

            """)
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
