import Foundation
import JukiTestSupport
import XCTest

/// The yearly cycle: `new` drafts next year's records from this year's, `check` lists what is left to fill,
/// `build` refuses until it is filled, and works after.
final class NewCommandTests: XCTestCase {
    var work = ""
    let golden = Paths.inRoot("Tests/JukiCLITests/Golden/R5-draft")

    override func setUpWithError() throws {
        work = try Paths.workspaceWithR4()
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: work) }

    func run(_ args: [String]) throws -> CLIRun {
        // --templates before the arguments: a name after `--` stays a name.
        try CLIRun.run(Array(args.prefix(1)) + ["--templates", Paths.templates] + args.dropFirst(), in: work)
    }

    func testNewDraftsFromThePlanAndCheckListsEveryValueToFill() throws {
        let made = try run(["new", "R5", "--from", "R4"])
        XCTAssertEqual(made.status, 0, made.stderr)
        XCTAssertEqual(made.stderr, """
            作りました: input/R5（令和5年度、R4 から）
            加えました: input/site.yaml の「更新日」に R5
            次に: juki-report check R5 が示す 【要記入】 を埋めてください。

            """)
        for file in ["report.yaml", "certified-staff.csv", "findings.csv", "certified-staff.R4.csv"] {
            Golden.assertEqual(try Paths.read(work + "/input/R5/" + file), file: golden + "/" + file)
        }
        let check = try run(["check", "R5"])
        XCTAssertEqual(check.status, 1)
        Golden.assertEqual(check.stderr, file: golden + "/check.txt")
        // Every mark in every file is listed, once.
        let marks = try ["R5/report.yaml", "R5/certified-staff.csv", "site.yaml"].map {
            try Paths.read(work + "/input/" + $0).components(separatedBy: "\n")
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
                .map { $0.components(separatedBy: "【要記入】").count - 1 }.reduce(0, +)
        }.reduce(0, +)
        XCTAssertEqual(check.stderr.components(separatedBy: ": 要記入: ").count - 1, marks)
        XCTAssertTrue(check.stderr.hasSuffix("記入が残っているところが\(marks)件あります。\n"), check.stderr)

        let refused = try run(["build", "R5", "--output", "out"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/out"))
    }

    /// Beside every value to fill, last year's as a comment on its own line above it; last year's 受講者 groups
    /// kept; what came from the plan said so; last year's 人数 of each 所属 in a file beside the table.
    func testTheDraftShowsLastYearsValuesAndWhatCameFromThePlan() throws {
        XCTAssertEqual(try run(["new", "R5", "--from", "R4"]).status, 0)
        let yaml = try Paths.read(work + "/input/R5/report.yaml")
        for expected in [
            // The second 研修: R4's two groups, each with its count, and R4's 講師.
            """
              - 時期: 令和5年12月から令和6年1月
                # 時期と内容は令和4年度の計画から（計画の対象: 県利用所属職員及び市町村住基ネット担当者）。
                受講者:
                  # 令和4年度（第2回）: 59
                  市町村住基ネット担当者: 【要記入】
                  # 令和4年度（第2回）: 10
                  県利用所属職員: 【要記入】
                # 令和4年度（第2回）: MYTコンサルティング株式会社
                講師: 【要記入】
            """,
            """
                # 令和4年度: 市町村課、県利用所属職員
                実施者: 【要記入】
            """,
            """
                # 計画の内容: 所属職員が、本人確認情報の利用状況等を確認
                # 令和4年度: 「点検チェックシート」により、本人確認情報の利用状況等を確認
                実施概要: 【要記入】
            """,
            """
                監査結果:
                  # 令和4年度: 3
                  指摘所属数: 【要記入】
                  # 令和4年度: 指摘内容は運用面のみで、軽微な不適合（リスクは小さい）とされた。
                  所見: 【要記入】
            """,
            "# 照合情報認証の認証人数は certified-staff.csv に所属ごとに書きます（計は自動）。"
                + "令和4年度の人数は certified-staff.R4.csv にあります（参考。読み込みません）。",
        ] {
            XCTAssertTrue(yaml.contains(expected), expected)
        }
        let previous = try Paths.read(work + "/input/R5/certified-staff.R4.csv")
        XCTAssertTrue(previous.hasPrefix("所属,人数\nNPO協働推進課,6\n市町村課,5\n"), previous)
        XCTAssertEqual(try Paths.read(work + "/input/R5/certified-staff.csv").components(separatedBy: "\n").count,
                       previous.components(separatedBy: "\n").count)
        // The file beside the table is not read: the filled draft still checks, and its 【要記入】 still stop a build.
        XCTAssertEqual(try run(["build", "R5", "--output", "out"]).status, 1)
    }

    func testAFilledDraftBuilds() throws {
        XCTAssertEqual(try run(["new", "R5"]).status, 0)
        try fill(work + "/input/R5/report.yaml")
        try fill(work + "/input/R5/certified-staff.csv")
        try fill(work + "/input/site.yaml")
        XCTAssertEqual(try run(["check", "R5"]).status, 0)
        let built = try run(["build", "R5", "--output", "out"])
        XCTAssertEqual(built.status, 0, built.stderr)
        let text = try Paths.read(work + "/out/R5/report.txt")
        XCTAssertTrue(text.hasPrefix("令和5年度住民基本台帳ネットワークシステムの セキュリティ対策の措置状況等について\n"))
        XCTAssertTrue(text.contains("(1) 第1回（令和5年7月）\n\n受講者：県利用所属職員12名"), text)
        XCTAssertTrue(text.contains("令和6年度住基ネットのセキュリティ対策に係る事業"))
    }

    func testNewNeverOverwritesAnEdition() throws {
        let r = try run(["new", "R4"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "エラー: 版「input/R4」は既にあります。上書きはしません。別の名前にするか、そのフォルダを移してください。\n")
        XCTAssertEqual(try Paths.read(work + "/input/R4/report.yaml"), try Paths.read(Paths.inRoot("input/R4/report.yaml")))
    }

    /// A name YAML reads as something else (`R5 #2` as R5 and a comment, `[R5]` as a list) was written into
    /// site.yaml unquoted, and every check and build failed after. Such names are refused before anything is
    /// written: input/ and site.yaml stay as they were.
    func testNewRefusesNamesThatAreNotEditionNames() throws {
        let rule = "版の名前は半角の英字・数字と「-」「_」で書き、英字か数字で始め、64文字までにしてください（例: R5）。"
        let site = try Paths.read(work + "/input/site.yaml")
        let names = ["R5 #2", "[R5]", "*R5", "!R5", "'R5", "@R5", "- R5", "{R5}", "? R5", "R5: x", "\"R5\"", "R5 ",
                     "javascript:alert(document.domain)", "a:b", "index.html", ".hid", "...", "R5\u{2028}"]
        for name in names {
            let r = try run(["new", "--from", "R4", "--", name])
            XCTAssertEqual(r.status, 1, name)
            let shown = name.replacingOccurrences(of: "\u{2028}", with: "<U+2028>")
            XCTAssertEqual(r.stderr, "エラー: 版の名前「\(shown)」は使えません。\(rule)\n1件の誤りがありました。何も書いていません。\n", name)
            XCTAssertEqual(try Paths.read(work + "/input/site.yaml"), site, name)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work + "/input").sorted(), ["R4", "site.yaml"], name)
        }
        let from = try run(["new", "--from", "R4 #1", "R5"])
        XCTAssertEqual(from.status, 1)
        XCTAssertEqual(from.stderr, "エラー: 版の名前「R4 #1」は使えません。\(rule)\n1件の誤りがありました。何も書いていません。\n")
        XCTAssertEqual(try Paths.read(work + "/input/site.yaml"), site)
        XCTAssertEqual(try run(["check", "R4"]).status, 0)
    }

    /// When the 更新日 line cannot be added so that site.yaml still reads (here 更新日 is a flow mapping, which
    /// a line below does not extend), nothing is made and site.yaml is left as it was.
    func testNewLeavesEverythingAsItWasWhenSiteYAMLWouldNotRead() throws {
        let path = work + "/input/site.yaml"
        let flow = try Paths.read(path).replacingOccurrences(of: "更新日:\n  R4: 令和5年6月30日", with: "更新日: {R4: 令和5年6月30日}")
        try flow.write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["check", "R4"]).status, 0)
        let r = try run(["new", "--from", "R4", "R5"])
        XCTAssertEqual(r.status, 1, r.stderr)
        let line = flow.components(separatedBy: "\n").firstIndex(of: "更新日: {R4: 令和5年6月30日}")! + 1
        XCTAssertEqual(r.stderr, """
            input/site.yaml:\(line):1: エラー: 「更新日」に版「R5」の行を加えると、site.yaml を読めなくなります。\
            「更新日」を「  R4: 令和5年6月30日」のように1行に1版ずつ書いてから、もう一度実行してください。
            更新日: {R4: 令和5年6月30日}
            ^
            1件の誤りがありました。何も書いていません。

            """)
        XCTAssertEqual(try Paths.read(path), flow)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work + "/input").sorted(), ["R4", "site.yaml"])
    }

    /// Without --from, the newest edition by 年度 (not by name) is the base.
    func testDefaultBaseIsTheNewestEdition() throws {
        try Paths.copyFolder(Paths.inRoot("Tests/Editions/heisei"), to: work + "/input/Z-old")
        let r = try run(["new", "R5"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("作りました: input/R5（令和5年度、R4 から）"), r.stderr)
    }

    /// Replaces each 【要記入】 with a plausible value for its key (as a clerk would).
    func fill(_ path: String) throws {
        let lines = try Paths.read(path).components(separatedBy: "\n").map { line -> String in
            guard line.contains("【要記入】") else { return line }
            let key = line.trimmingCharacters(in: .whitespaces).components(separatedBy: ":").first ?? ""
            let value: String
            switch key {
            case "講師", "実施者": value = "市町村課"
            case "実施概要": value = "「点検チェックシート」により確認"
            case "所見": value = "指摘はなかった。"
            case "指摘所属数", "請求件数": value = "0"
            case "R5": value = "令和6年6月28日"
            default: value = "12"
            }
            return line.replacingOccurrences(of: "【要記入】", with: value)
        }
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
