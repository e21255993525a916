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
        try CLIRun.run(args + ["--templates", Paths.templates], in: work)
    }

    func testNewDraftsFromThePlanAndCheckListsEveryValueToFill() throws {
        let made = try run(["new", "R5", "--from", "R4"])
        XCTAssertEqual(made.status, 0, made.stderr)
        XCTAssertEqual(made.stderr, """
            作りました: input/R5（令和5年度、R4 から）
            加えました: input/site.yaml の「更新日」に R5
            次に: juki-report check R5 が示す 【要記入】 を埋めてください。

            """)
        for file in ["report.yaml", "certified-staff.csv", "findings.csv"] {
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
        XCTAssertTrue(check.stderr.hasSuffix("記入が残っているところが\(marks)件あります。何も書いていません。\n"), check.stderr)

        let refused = try run(["build", "R5", "--output", "out"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/out"))
    }

    func testAFilledDraftBuilds() throws {
        XCTAssertEqual(try run(["new", "R5"]).status, 0)
        try fill(work + "/input/R5/report.yaml")
        try fill(work + "/input/R5/certified-staff.csv")
        try fill(work + "/input/site.yaml")
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
