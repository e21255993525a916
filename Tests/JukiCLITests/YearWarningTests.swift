import Foundation
import JukiTestSupport
import XCTest

/// `check` and `build` compare an edition with the one of the year before (issue 14): warnings at the places of
/// this year's records, exit 0 unless --strict; `build` shows them only where it talks; `diff --format html`
/// lists them. R5 is Tests/Editions/R5-follows-plan (which drops 観光課 from the 照合情報 table) with more made
/// to move: 受講者 751 → 1,600, 利用件数 of 別表 halved, 市町村課 to 0 人, and the planned 緊急時対応訓練 not held.
final class YearWarningTests: XCTestCase {
    var work = ""

    override func setUpWithError() throws {
        work = try Paths.workspaceWithR4()
        try Paths.copyFolder(Paths.inRoot("Tests/Editions/R5-follows-plan"), to: work + "/input/R5")
        try edit("input/site.yaml", "  R4: 令和5年6月30日\n", "  R4: 令和5年6月30日\n  R5: 令和6年6月30日\n")
        // The sample's contact values replaced, as a clerk does before publishing (their warnings are SiteWarningTests').
        let site = try Paths.read(work + "/input/site.yaml")
        try site.replacingOccurrences(of: #"見本の値:\n(  - .*\n)+"#, with: "", options: .regularExpression)
            .write(toFile: work + "/input/site.yaml", atomically: true, encoding: .utf8)
        try edit("input/R5/report.yaml", "      県利用所属職員: 768\n", "      県利用所属職員: 1600\n")
        try edit("input/R5/report.yaml", "    利用件数: 1298406\n", "    利用件数: 500000\n")
        try edit("input/R5/report.yaml", """

              - 名称: 緊急時対応訓練
                時期: 令和5年12月
                実施者: 市町村課
                実施概要: 住基ネットにおける緊急時を想定し、緊急事態発生時における庁内の連絡体制・連絡網の検証、緊急時の対応の確認を実施。

            """, "\n")
        try edit("input/R5/certified-staff.csv", "市町村課,6\n", "市町村課,0\n")
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: work) }

    func edit(_ file: String, _ old: String, _ new: String) throws {
        let text = try Paths.read(work + "/" + file)
        XCTAssertEqual(text.components(separatedBy: old).count, 2, "\(file): \(old)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: work + "/" + file, atomically: true, encoding: .utf8)
    }

    func run(_ args: [String]) throws -> CLIRun {
        try CLIRun.run(Array(args.prefix(1)) + ["--templates", Paths.templates] + args.dropFirst(), in: work)
    }

    static let warnings = """
        input/R5/report.yaml:10:16: 警告: 第1回の研修の受講者（県利用所属職員）が昨年度（R4）の751名から1,600名になりました（2倍を超える増加）。書き誤りでないか確かめてください。
              県利用所属職員: 1600
                              ^
        input/R5/report.yaml:27:1: 警告: 昨年度（R4）の次年度計画にある「緊急時対応訓練」（令和5年12月）の結果がありません。行ったなら「点検・監査」に計画と同じ名称で加えてください。
        点検・監査:
        ^
        input/R5/report.yaml:85:11: 警告: 別表の利用件数が昨年度（R4）の1,352,771件から500,000件になりました（半分未満への減少）。書き誤りでないか確かめてください。
            利用件数: 500000
                      ^
        input/R5/certified-staff.csv:1:1: 警告: 昨年度（R4）の照合情報の表にある所属「観光課」が、この表にありません。なくなった所属でなければ、行を加えてください。
        所属,人数
        ^
        input/R4/certified-staff.csv:10:1: 注記: 昨年度（R4）はここにあります。
        観光課,1
        ^
        input/R5/certified-staff.csv:3:1: 警告: 所属「市町村課」の人数が昨年度（R4）の5人から0人になりました（0への減少）。書き誤りでないか確かめてください。
        市町村課,0
        ^

        """

    /// The note every check of an edition without 別添 tables prints before the warnings (SitePageTests').
    static func annexNote(_ edition: String) -> String {
        "注記: 版「\(edition)」には別添1〜3の表（annex1.csv、annex2.csv、annex3.csv）がありません。ページの「別添1参照」「別添2参照」「別添3のとおり公表する」はリンクせず、別添（別添3は条例第6条による公表そのもの）はこのビルドに含まれません。別に公表してください。表を版のフォルダに置くと、別添のページを作ってリンクします（README「別添1〜3」）。\n"
    }

    func testCheckWarnsWhereThisYearSaysItAndExitsZero() throws {
        let check = try run(["check", "R5"])
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertEqual(check.stderr, Self.annexNote("R5") + Self.warnings + "誤りはありません: R5\n")
        // Every edition, each against the one before: R4 has none before it, and says nothing of it.
        let all = try run(["check"])
        XCTAssertEqual(all.status, 0, all.stderr)
        XCTAssertEqual(all.stderr, Self.annexNote("R4") + Self.annexNote("R5") + Self.warnings
                       + "誤りはありません: R4\n誤りはありません: R5\n")
    }

    func testTheFirstYearHasNoWarningsAndNoMessage() throws {
        // A later edition that does not read is not the year before: its 年度 line says so, and it is not read.
        try FileManager.default.createDirectory(atPath: work + "/input/R6", withIntermediateDirectories: true)
        try "年度: 令和6年度\n研修: まだ\n".write(toFile: work + "/input/R6/report.yaml", atomically: true, encoding: .utf8)
        let check = try run(["check", "R4"])
        XCTAssertEqual(check.status, 0)
        XCTAssertEqual(check.stderr, Self.annexNote("R4") + "誤りはありません: R4\n")
        let r5 = try run(["check", "R5"])
        XCTAssertEqual(r5.stderr, Self.annexNote("R5") + Self.warnings + "誤りはありません: R5\n")
    }

    func testStrictMakesWarningsFail() throws {
        let check = try run(["check", "--strict", "R5"])
        XCTAssertEqual(check.status, 1)
        XCTAssertEqual(check.stderr, Self.annexNote("R5") + Self.warnings + "5件の警告がありました（--strict）。何も書いていません。\n")
        let build = try run(["build", "--strict", "R5", "--output", "out"])
        XCTAssertEqual(build.status, 1)
        XCTAssertEqual(build.stderr, Self.annexNote("R5") + Self.warnings + "5件の警告がありました（--strict）。何も書いていません。\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/out/R5"))
    }

    func testBuildIsSilentOnAPipeAndShowsThemWhereItTalks() throws {
        let piped = try run(["build", "R5", "--output", "out"])
        XCTAssertEqual(piped.status, 0, piped.stderr)
        XCTAssertEqual(piped.stderr, "")
        XCTAssertTrue(FileManager.default.fileExists(atPath: work + "/out/R5/report.txt"))
        // --verbose talks on a pipe as on a terminal: the warnings come first.
        let verbose = try run(["build", "R5", "--output", "out", "--verbose"])
        XCTAssertEqual(verbose.status, 0, verbose.stderr)
        XCTAssertTrue(verbose.stderr.hasPrefix(Self.annexNote("R5") + Self.warnings + "書きました: "), verbose.stderr)
    }

    func testPreviousNamesAnotherFolderAndOneThatDoesNotReadIsAWarning() throws {
        try Paths.copyFolder(work + "/input/R4", to: work + "/archive/R4")
        try FileManager.default.removeItem(atPath: work + "/input/R4")
        let alone = try run(["check", "R5"])
        XCTAssertEqual(alone.stderr, Self.annexNote("R5") + "誤りはありません: R5\n")
        let named = try run(["check", "R5", "--previous", "archive/R4"])
        XCTAssertEqual(named.status, 0, named.stderr)
        XCTAssertEqual(named.stderr, Self.annexNote("R5") + Self.warnings.replacingOccurrences(of: "input/R4/", with: "archive/R4/")
                       + "誤りはありません: R5\n")

        try "年度: 令和4年度\n".write(toFile: work + "/archive/R4/report.yaml", atomically: true, encoding: .utf8)
        let broken = try run(["check", "R5", "--previous", "archive/R4"])
        XCTAssertEqual(broken.status, 0, broken.stderr)
        XCTAssertTrue(broken.stderr.hasPrefix(Self.annexNote("R5") + "警告: 前の版「archive/R4」に"), broken.stderr)
        XCTAssertTrue(broken.stderr.hasSuffix("件の誤りがあり、昨年度との比較をしていません。その版を juki-report check で確かめてください。\n誤りはありません: R5\n"), broken.stderr)
    }

    func testTheDiffPageListsThem() throws {
        let diff = try run(["diff", "R4", "R5", "--format", "html"])
        XCTAssertEqual(diff.status, 1, diff.stderr)
        XCTAssertTrue(diff.stdout.contains("""
            <h2 id="s-warnings">警告</h2>
            <p>昨年度と比べて確かめたいところです（誤りではありません）。</p>
            <ul>
            <li>input/R5/report.yaml:10:16: 第1回の研修の受講者（県利用所属職員）が昨年度（R4）の751名から1,600名になりました（2倍を超える増加）。書き誤りでないか確かめてください。</li>
            """), diff.stdout)
        XCTAssertTrue(diff.stdout.contains("""
            <li>input/R5/certified-staff.csv:1:1: 昨年度（R4）の照合情報の表にある所属「観光課」が、この表にありません。なくなった所属でなければ、行を加えてください。昨年度（R4）はここにあります：input/R4/certified-staff.csv:10:1。</li>
            """), diff.stdout)
        XCTAssertEqual(diff.stdout.components(separatedBy: "<li>").count - 1, 5)
    }
}
