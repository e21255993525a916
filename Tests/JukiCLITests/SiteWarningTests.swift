import Foundation
import JukiTestSupport
import XCTest

/// What check and build say about publishing without stopping (issue 14 §2): site.yaml's sample values, each
/// at its place while it is there; a page dated before its data; the 別添 an edition refers to and does not
/// carry. Warnings and notes never change the exit code.
final class SiteWarningTests: XCTestCase {
    var work = ""

    override func setUpWithError() throws {
        work = try Paths.workspaceWithR4()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: work)
    }

    func edit(_ relative: String, _ old: String, _ new: String) throws {
        let path = work + "/" + relative
        let before = try Paths.read(path)
        XCTAssertTrue(before.contains(old), "\(relative) has no \(old)")
        try before.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }

    static let annexNote = "注記: 版「R4」には別添1〜3の表（annex1.csv、annex2.csv、annex3.csv）がありません。"
        + "ページの「別添1参照」「別添2参照」「別添3のとおり公表する」はリンクせず、別添（別添3は条例第6条による公表そのもの）は"
        + "このビルドに含まれません。別に公表してください。表を版のフォルダに置くと、別添のページを作ってリンクします（README「別添1〜3」）。\n"

    static func sample(_ line: Int, _ column: Int, key: String, value: String, quoted: String, caret: String) -> String {
        "input/site.yaml:\(line):\(column): 警告: 「\(key)」の「\(value)」は見本の値です（「見本の値」にあります）。公開の前に実際の値に置き換えてください。\n"
            + quoted + "\n" + caret + "^\n"
    }

    static let samples = sample(16, 10, key: "URL", value: "https://www.pref.kanagawa.jp/docs/example/juki/index.html",
                                quoted: "    URL: https://www.pref.kanagawa.jp/docs/example/juki/index.html", caret: String(repeating: " ", count: 9))
        + sample(21, 9, key: "担当所属", value: "総務局 地域政策部 市町村課 住民基本台帳グループ",
                 quoted: "  担当所属: 総務局 地域政策部 市町村課 住民基本台帳グループ", caret: String(repeating: " ", count: 12))
        + sample(22, 7, key: "電話", value: "045-210-0000", quoted: "  電話: 045-210-0000", caret: String(repeating: " ", count: 8))
        + sample(23, 8, key: "FAX", value: "045-210-0001", quoted: "  FAX: 045-210-0001", caret: String(repeating: " ", count: 7))
        + sample(24, 12, key: "メールフォーム", value: "https://www.pref.kanagawa.jp/inquiry/form/example.html",
                 quoted: "  メールフォーム: https://www.pref.kanagawa.jp/inquiry/form/example.html", caret: String(repeating: " ", count: 18))

    /// The shipped site.yaml lists its own made-up values under 「見本の値」: each is warned about at its place.
    func testCheckWarnsAtEverySampleValueAndNotesTheAnnexesLeftOut() throws {
        let r = try CLIRun.run(["check"], in: work)
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stderr, Self.samples + Self.annexNote + "誤りはありません: R4\n")
    }

    /// A value replaced is no longer warned about; without the list, nothing is (no number in the code).
    func testAReplacedValueIsNoLongerASample() throws {
        try edit("input/site.yaml", "  電話: 045-210-0000", "  電話: 045-210-3171")
        let r = try CLIRun.run(["check"], in: work)
        XCTAssertEqual(r.status, 0)
        XCTAssertFalse(r.stderr.contains("「電話」"), r.stderr)
        XCTAssertTrue(r.stderr.contains("「FAX」の「045-210-0001」は見本の値です"), r.stderr)
        // The list goes, up to the blank line after it.
        let text = try Paths.read(work + "/input/site.yaml")
        let start = try XCTUnwrap(text.range(of: "見本の値:\n"))
        let end = try XCTUnwrap(text.range(of: "\n\n", range: start.upperBound..<text.endIndex))
        try (String(text[..<start.lowerBound]) + String(text[end.upperBound...]))
            .write(toFile: work + "/input/site.yaml", atomically: true, encoding: .utf8)
        let bare = try CLIRun.run(["check"], in: work)
        XCTAssertEqual(bare.status, 0, bare.stderr)
        XCTAssertEqual(bare.stderr, Self.annexNote + "誤りはありません: R4\n")
    }

    /// `R4: 令和5年3月1日` for data 「令和5年3月31日現在」, and a 掲載日 likewise: warned at the date, exit 0.
    func testAPageDatedBeforeItsDataIsWarnedAtTheDate() throws {
        try edit("input/site.yaml", "  R4: 令和5年6月30日\n", "  R4: 令和5年3月1日\n掲載日:\n  R4: 令和4年6月30日\n")
        let r = try CLIRun.run(["check"], in: work)
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stderr.hasSuffix("""
            input/site.yaml:38:7: 警告: 版「R4」の更新日「令和5年3月1日」は、ページが載せる記録の日付（令和5年3月31日現在）より前です。\
            前の年度の日付が残っていないか確かめ、ページを公表する日を書いてください。
              R4: 令和5年3月1日
                  ^
            input/site.yaml:40:7: 警告: 版「R4」の掲載日「令和4年6月30日」は、ページが載せる記録の日付（令和5年3月31日現在）より前です。\
            前の年度の日付が残っていないか確かめ、ページを公表する日を書いてください。
              R4: 令和4年6月30日
                  ^

            """ + Self.annexNote + "誤りはありません: R4\n"), r.stderr)
    }

    /// build shows them where it talks (a terminal, --verbose), never piped or --quiet, and writes all the same.
    func testBuildWarnsWhereItTalksAndStillWrites() throws {
        let verbose = try CLIRun.run(["build", "--verbose", "--templates", Paths.templates], in: work)
        XCTAssertEqual(verbose.status, 0)
        XCTAssertTrue(verbose.stderr.hasPrefix(Self.samples + Self.annexNote + "書きました: "), verbose.stderr)
        for flags in [[], ["--quiet"]] {
            let r = try CLIRun.run(["build", "--templates", Paths.templates] + flags, in: work)
            XCTAssertEqual(r.status, 0)
            XCTAssertEqual(r.stderr, "", "\(flags)")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: work + "/output/R4/index.html"))
    }

    /// An edition with its 別添 gets no note; one without annex3.csv is told about 別添3 alone.
    func testTheNoteNamesTheAnnexesLeftOut() throws {
        try Paths.copyFolder(Paths.inRoot("Tests/Editions/annexes"), to: work + "/input/annexes")
        try edit("input/site.yaml", "  R4: 令和5年6月30日\n", "  R4: 令和5年6月30日\n  annexes: 令和5年6月30日\n")
        let whole = try CLIRun.run(["check", "annexes"], in: work)
        XCTAssertEqual(whole.status, 0)
        XCTAssertEqual(whole.stderr, Self.samples + "誤りはありません: annexes\n")
        try FileManager.default.removeItem(atPath: work + "/input/annexes/annex3.csv")
        let r = try CLIRun.run(["check", "annexes"], in: work)
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stderr, Self.samples + """
            注記: 版「annexes」には別添3の表（annex3.csv）がありません。ページの「別添3のとおり公表する」はリンクせず、\
            別添3（条例第6条による公表そのもの）はこのビルドに含まれません。別に公表してください。\
            表を版のフォルダに置くと、別添のページを作ってリンクします（README「別添1〜3」）。
            誤りはありません: annexes

            """)
    }
}
