import Foundation
import JukiDiagnostics
import JukiModel
@testable import JukiRender
import JukiTestSupport
import XCTest

/// The template compiler (Sources/JukiRender/Template/) on small templates of its own: the report's view
/// (input/R4) rendered through a `text/report` or `html/content` written here; names resolved at load.
final class TemplateCompilerTests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "t13-templates-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/text", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/html", withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func write(_ files: [String: String]) throws {
        for (name, text) in files { try text.write(toFile: "\(folder)/\(name).mustache", atomically: true, encoding: .utf8) }
    }

    func render(_ files: [String: String]) throws -> String {
        try write(files)
        let view = ReportView(try HTMLFixture.edition(Paths.inRoot("input/R4")))
        return try Templates.load(directory: folder).render(view, template: TemplateRoots.textReport)
    }

    /// The message `Templates.load` fails with, as printed.
    func failure(_ files: [String: String]) throws -> String {
        try write(files)
        do {
            _ = try Templates.load(directory: folder)
            XCTFail("loaded")
            return ""
        } catch {
            return DiagnosticRenderer.render(error).replacingOccurrences(of: folder + "/", with: "")
        }
    }

    func testSectionsListsAndStandaloneLines() throws {
        let out = try render(["text/report": """
            {{%CONTENT_TYPE:TEXT}}
            {{! a comment
                on two lines }}
            {{#trainings}}
            {{number}}:{{#participants}}{{unit}}{{^last()}}、{{/last()}}{{/participants}}
            {{/trainings}}
            {{^empty(findingAreas)}}
            {{#findingAreas}}{{number}}{{name}}{{fiscalYear}}/{{/findingAreas}}
            {{/empty(findingAreas)}}
            {{#statutory}}{{cases}}{{#basis}}（{{.}}）{{/basis}}{{/statutory}}
            """])
        let r4 = ReportView(try HTMLFixture.edition(Paths.inRoot("input/R4")))
        var expected = ""
        for t in r4.trainings { expected += "\(t.number):" + t.participants.map(\.unit).joined(separator: "、") + "\n" }
        expected += r4.findingAreas.map { "\($0.number)\($0.name)\(r4.fiscalYear)/" }.joined() + "\n"
        expected += r4.statutory.cases + (r4.statutory.basis.map { "（\($0)）" } ?? "") + "\n"
        XCTAssertEqual(out, expected)
    }

    func testAnUnknownNameInASectionListsTheNamesOfEveryFrame() throws {
        let message = try failure(["text/report": "{{%CONTENT_TYPE:TEXT}}\n{{#trainingNote}}\n  x {{participantCont}}\n{{/trainingNote}}\n"])
        XCTAssertTrue(message.hasPrefix("""
            text/report.mustache:3:5: エラー: テンプレートのタグ「{{participantCont}}」が使えません\
            （「participantCont」という項目はここにありません。綴りを確かめてください。ここで使える名前：text、participantCount、fiscalYear、
            """), message)
        XCTAssertTrue(message.hasSuffix("）\n  x {{participantCont}}\n    ^\n"), message)
    }

    func testMisusedTagsFailAtLoad() throws {
        let cases: [(String, String)] = [
            ("{{trainings}}", "「trainings」は一覧か項目のまとまりで、文字として書けません"),
            ("{{.}}", "「.」は一覧か項目のまとまりで、文字として書けません"),
            ("{{#last()}}x{{/last()}}", "last() は一覧の区間"),
            ("{{#empty(title)}}x{{/empty(title)}}", "「title」は一覧ではないので"),
            ("{{#first(trainings)}}x{{/first(trainings)}}", "「first()」は使えません"),
            ("{{> text/none}}", "テンプレート「text/none.mustache」がありません"),
            ("{{> text/report}}", "テンプレート「text/report」が自分自身を読み込んでいます"),
            ("{{=<% %>=}}", "この書き方はテンプレートで使えません"),
        ]
        for (tag, words) in cases {
            let message = try failure(["text/report": "{{%CONTENT_TYPE:TEXT}}\n" + tag + "\n"])
            XCTAssertTrue(message.hasPrefix("text/report.mustache:2:1: エラー: テンプレートのタグ「"), message)
            XCTAssertTrue(message.contains(words), "\(tag): \(message)")
        }
    }

    /// How names find their frame: the innermost frame first, then the ones below it; `.name` the top frame only;
    /// a dotted name through a view; `{{.}}` a text item; `last()` in a flag's section inside a list, but not in an
    /// inverted list's section nor in a partial (which starts outside any list).
    func testNamesResolveInnermostFirstAndLastNeedsTheListItself() throws {
        let out = try render(["text/report": """
            {{%CONTENT_TYPE:TEXT}}
            {{#activities}}{{#auditResult}}{{targetCount}}/{{number}}/{{fiscalYear}}{{/auditResult}};{{/activities}}
            {{#trainings}}{{#remarks}}[{{.}}]{{/remarks}}{{^remarks}}-{{/remarks}}{{/trainings}}
            {{#activities}}{{#periodIsSpan}}{{^last()}},{{/last()}}{{/periodIsSpan}}{{#last()}}.{{/last()}}{{/activities}}
            {{#statutory}}{{.cases}}{{/statutory}}
            """])
        let r4 = ReportView(try HTMLFixture.edition(Paths.inRoot("input/R4")))
        var expected = ""
        for a in r4.activities {
            expected += (a.auditResult.map { "\($0.targetCount)/\(a.number)/\(r4.fiscalYear)" } ?? "") + ";"
        }
        expected += "\n" + r4.trainings.map { $0.remarks.map { "[\($0)]" } ?? "-" }.joined() + "\n"
        for (k, a) in r4.activities.enumerated() {
            let last = k == r4.activities.count - 1
            expected += (a.periodIsSpan && !last ? "," : "") + (last ? "." : "")
        }
        expected += "\n" + r4.statutory.cases + "\n"
        XCTAssertEqual(out, expected)

        let cases: [(String, String)] = [
            ("{{#trainings}}{{.fiscalYear}}{{/trainings}}", "「.fiscalYear」という項目はここにありません。綴りを確かめてください。ここで使える名前：number、period、periodNote、participants、lecturer、content、remarks、fiscalYear、title、"),
            ("{{#statutory}}{{basis.x}}{{/statutory}}", "「basis.x」という項目はここにありません"),
            ("{{#trainings}}{{^participants}}{{#last()}}x{{/last()}}{{/participants}}{{/trainings}}", "last() は一覧の区間"),
            ("{{#trainings}}{{> text/part}}{{/trainings}}", "last() は一覧の区間"),
            ("{{#trainings}}{{#participants}}{{.}}{{/participants}}{{/trainings}}", "「.」は一覧か項目のまとまりで"),
        ]
        for (tag, words) in cases {
            let message = try failure(["text/report": "{{%CONTENT_TYPE:TEXT}}\n" + tag + "\n",
                                       "text/part": "{{#last()}}x{{/last()}}"])
            XCTAssertTrue(message.contains(words), "\(tag): \(message)")
        }
    }

    /// A name's parentheses: a transform reads, an unmatched one is a syntax error at the end of its tag.
    func testUnmatchedParenthesesAreSyntaxErrors() throws {
        for tag in ["{{title)}}", "{{#empty(trainings}}x{{/empty(trainings}}", "{{#empty(trainings))}}x{{/empty(trainings))}}",
                    "{{x(}}"] {
            let message = try failure(["text/report": "{{%CONTENT_TYPE:TEXT}}\n" + tag + "\n"])
            let end = tag.firstRange(of: "}}").map { tag.distance(from: tag.startIndex, to: $0.upperBound) } ?? 0
            XCTAssertTrue(message.hasPrefix("text/report.mustache:2:\(end + 1): エラー: "), "\(tag): \(message)")
            XCTAssertTrue(message.contains("タグが }} で閉じられていないか、名前に使えない文字があります"), "\(tag): \(message)")
        }
        XCTAssertEqual(try render(["text/report": "{{%CONTENT_TYPE:TEXT}}\n{{#empty(trainings)}}none{{/empty(trainings)}}[{{ title }}]"]),
                       "[" + ReportView(try HTMLFixture.edition(Paths.inRoot("input/R4"))).title + "]\n")
    }

    /// In HTML every value is escaped per scalar, in the block a parent gives as in its own text; `{{&…}}` does
    /// not load there, and does in a text template (which escapes nothing).
    func testHTMLEscapesEveryValueAndRefusesUnescapedTags() throws {
        try write(["text/report": "{{%CONTENT_TYPE:TEXT}}\n{{&title}}\n",
                   "html/content": "{{%CONTENT_TYPE:HTML_SCALAR}}\n{{<html.box}}{{$inner}}[{{title}}]{{/inner}}{{/html.box}}\n",
                   "html/box": "{{%CONTENT_TYPE:HTML_SCALAR}}\n<p>{{$inner}}{{/inner}}</p>"])
        let templates = try Templates.load(directory: folder)
        let view = ReportView(try HTMLFixture.edition(Paths.inRoot("input/R4")))
        XCTAssertEqual(try templates.render(view, template: TemplateRoots.textReport), view.title + "\n")
        XCTAssertEqual(try templates.render(view, template: TemplateRoots.htmlContent), "<p>[" + HTMLEscaping.escape(view.title) + "]</p>\n")
        var out = TemplateOutput(capacity: 0)
        out.append("\"\u{301}<a>&'\u{202E}", as: .html)
        XCTAssertEqual(String(decoding: out.bytes, as: UTF8.self), "&quot;\u{301}&lt;a&gt;&amp;&#39;\u{FFFD}")

        let message = try failure(["html/content": "{{%CONTENT_TYPE:HTML_SCALAR}}\n<p>{{&title}}</p>\n"])
        XCTAssertTrue(message.hasPrefix("html/content.mustache:2:4: エラー: テンプレートのタグ「{{&title}}」が使えません（HTML のテンプレート"), message)
        // Nor can a part of a page declare itself text (and escape nothing).
        let text = try failure(["html/content": "{{%CONTENT_TYPE:HTML_SCALAR}}\n{{> html/box}}\n",
                                "html/box": "{{%CONTENT_TYPE:TEXT}}\n<p>{{title}}</p>\n"])
        XCTAssertTrue(text.hasPrefix("html/box.mustache:1:1: エラー: テンプレートのタグ「{{%CONTENT_TYPE:TEXT}}」が使えません（HTML のページ"), text)
    }

    /// A root the folder lacks is an error when a page asks for it, not an empty page.
    func testAMissingRootIsAnErrorWhenRendered() throws {
        try write(["text/other": "x"])
        let templates = try Templates.load(directory: folder)
        let view = ReportView(try HTMLFixture.edition(Paths.inRoot("input/R4")))
        XCTAssertThrowsError(try templates.render(view, template: TemplateRoots.textReport)) { error in
            XCTAssertEqual((error as? Diagnostics)?.items.first?.problem, .templateMissing("text/report"))
        }
    }
}
