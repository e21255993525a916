import Foundation
import JukiDiagnostics
import JukiModel
import JukiRecords
import JukiTestSupport
import XCTest

/// input/site.yaml: the frame of the HTML pages, read with positions like the records.
final class HTMLSiteConfigTests: XCTestCase {
    func read(_ edit: (String) -> String, editions: [String] = ["R4"]) throws -> Result<SiteConfig, Diagnostics> {
        let work = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let path = work + "/site.yaml"
        try edit(try Paths.read(Paths.inRoot("input/site.yaml"))).write(toFile: path, atomically: true, encoding: .utf8)
        return SiteConfigReader.read(path: path, editions: editions)
    }

    func messages(_ r: Result<SiteConfig, Diagnostics>) -> String {
        if case .failure(let d) = r { return d.rendered }
        return "(read)"
    }

    func testTheCommittedConfigReads() throws {
        let site = try read { $0 }.get()
        XCTAssertEqual(site.siteName, "神奈川県")
        XCTAssertEqual(site.updated["R4"], Day(year: 2023, month: 6, day: 30))
        XCTAssertEqual(site.breadcrumb.first?.name, "トップページ")
        XCTAssertNotNil(site.contact.fax)
    }

    func testAnEditionWithoutUpdateDateIsNamed() throws {
        let out = messages(try read({ $0 }, editions: ["R4", "R5"]))
        XCTAssertTrue(out.contains("エラー: 「更新日」に版「R5」の更新日がありません。"), out)
        let line = try Paths.read(Paths.inRoot("input/site.yaml")).components(separatedBy: "\n").firstIndex(of: "更新日:")! + 1
        XCTAssertTrue(out.contains("/site.yaml:\(line):1: エラー:"), out)
    }

    func testAScriptLinkIsRefused() throws {
        let out = messages(try read { $0.replacingOccurrences(of: "メールフォーム: https://www.pref.kanagawa.jp/inquiry/form/example.html",
                                                              with: "メールフォーム: javascript:alert(1)") })
        XCTAssertTrue(out.contains("「メールフォーム」の「javascript:alert(1)」はリンク先に使えません。"), out)
    }

    func testAMistypedKeyIsSuggested() throws {
        let out = messages(try read { $0.replacingOccurrences(of: "  電話: ", with: "  電活: ") })
        XCTAssertTrue(out.contains("「電活」という項目はありません。「電話」の誤りではありませんか。"), out)
    }

    func testABadDateIsPositioned() throws {
        let out = messages(try read { $0.replacingOccurrences(of: "R4: 令和5年6月30日", with: "R4: 令和5年6月31日") })
        XCTAssertTrue(out.contains("「更新日（R4）」: 令和5年6月に31日はありません。"), out)
    }

    /// 更新日's keys are edition names: one that is not is refused where it stands, with the rule.
    func testAnUpdatedKeyThatIsNotAnEditionNameIsPositioned() throws {
        let lines = try Paths.read(Paths.inRoot("input/site.yaml")).components(separatedBy: "\n")
        let line = try XCTUnwrap(lines.firstIndex(of: "  R4: 令和5年6月30日")) + 2
        let out = messages(try read { $0 + "  a:b: 令和5年6月30日\n" })
        XCTAssertTrue(out.hasSuffix("/site.yaml:\(line):3: エラー: 版の名前「a:b」は使えません。版の名前は半角の英字・数字と「-」「_」で書き、"
                                    + "英字か数字で始め、64文字までにしてください（例: R5）。\n  a:b: 令和5年6月30日\n  ^\n"), out)
        // A draft's line (【要記入】) is checked too.
        XCTAssertTrue(messages(try read { $0 + "  \"R5 #2\": 【要記入】\n" }).contains("版の名前「R5 #2」は使えません。"))
    }

    func testLinkTargets() {
        for ok in ["https://www.pref.kanagawa.jp/", "http://example.jp/a?b=c", "/docs/x.html", "../index.html", "R4/index.html"] {
            XCTAssertTrue(LinkTarget.isAllowed(ok), ok)
        }
        for bad in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "vbscript:x", "https://", " javascript:x", "\\\\host\\x"] {
            XCTAssertFalse(LinkTarget.isAllowed(bad), bad)
        }
    }
}
