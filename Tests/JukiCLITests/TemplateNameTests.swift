import Foundation
import JukiTestSupport
import XCTest

/// A name in a template that no view has is refused when the templates load (issue 13): before, swift-mustache
/// rendered `{{fiscalYaer}}` as nothing and report.txt lost its year without a word.
final class TemplateNameTests: XCTestCase {
    var work = ""

    override func setUpWithError() throws {
        work = try Paths.workspaceWithR4()
        try FileManager.default.copyItem(atPath: Paths.templates, toPath: work + "/templates")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: work)
    }

    func testAMisspelledNameIsAnErrorAtItsPlace() throws {
        let path = work + "/templates/text/report.mustache"
        let text = try Paths.read(path)
        try text.replacingOccurrences(of: "{{fiscalYear}}{{title}}", with: "{{fiscalYaer}}{{title}}")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLIRun.run(["build", "--input", "input", "--output", "out", "--templates", "templates"], in: work)
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, """
            templates/text/report.mustache:6:1: エラー: テンプレートのタグ「{{fiscalYaer}}」が使えません\
            （「fiscalYaer」という項目はここにありません。綴りを確かめてください。ここで使える名前：fiscalYear、title、\
            trainings、trainingNote、activities、asOf、statutory、ordinance、publication、certificationTotal、\
            certification、certificationGrid、disclosureSince、disclosureRequests、hasDisclosureRequests、findingAreas、\
            findingsClosing、statutoryAnnex、ordinanceAnnex、publicationAnnex、planYear、planTrainings、planActivities）
            {{fiscalYaer}}{{title}}
            ^

            """)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/out"))
    }

    /// `{{{…}}}` would put a value into a page unescaped: an HTML template that has it does not load.
    func testUnescapedOutputIsRefusedInHTML() throws {
        let path = work + "/templates/html/frame-top.mustache"
        let text = try Paths.read(path)
        try text.replacingOccurrences(of: "{{site.name}}", with: "{{{site.name}}}")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLIRun.run(["build", "--input", "input", "--output", "out", "--templates", "templates"], in: work)
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, """
            templates/html/frame-top.mustache:4:45: エラー: テンプレートのタグ「{{{site.name}}}」が使えません\
            （HTML のテンプレートでは値はいつも HTML の文字に書き換えて入れるので、{{{…}}} と {{&…}} は使えません。\
            {{名前}} と書いてください）
            <p class="site-name"><a href="{{site.url}}">{{{site.name}}}</a></p>
                                                        ^

            """)
    }
}
