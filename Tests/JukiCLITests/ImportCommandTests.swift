import Foundation
import JukiTestSupport
import XCTest

/// `import` as staff run it: a published text into records beside the others, then check and build; never
/// over an edition; nothing written for a text that cannot be placed; `diff` with a text on either side.
final class ImportCommandTests: XCTestCase {
    var work = ""
    let reference = Paths.inRoot("Tests/Fixtures/R4-published.txt")

    override func setUpWithError() throws {
        work = try Paths.workspaceWithR4()
        try FileManager.default.removeItem(atPath: work + "/input/R4")
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: work) }

    func run(_ args: [String]) throws -> CLIRun {
        try CLIRun.run(Array(args.prefix(1)) + ["--templates", Paths.templates] + args.dropFirst(), in: work)
    }

    func testThePublishedTextBecomesR4sRecordsAndBuildsToItself() throws {
        let site = try Paths.read(work + "/input/site.yaml")
        let made = try run(["import", reference])
        XCTAssertEqual(made.status, 0, made.stderr)
        XCTAssertEqual(made.stderr, """
            作りました: input/R4（令和4年度、\(reference) から）
            次に: juki-report check R4、juki-report build R4

            """)
        for name in ["report.yaml", "certified-staff.csv", "findings.csv"] {
            XCTAssertEqual(try Paths.read(work + "/input/R4/" + name), try Paths.read(Paths.inRoot("input/R4/" + name)), name)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work + "/input/R4").sorted(),
                       ["certified-staff.csv", "findings.csv", "report.yaml"])
        // site.yaml has R4's 更新日 already: left as it is.
        XCTAssertEqual(try Paths.read(work + "/input/site.yaml"), site)
        let built = try run(["build", "--quiet"])
        XCTAssertEqual(built.status, 0, built.stderr)
        // The reference as the README normalizes it: without its two leading blank lines, with a final newline.
        let normalized = String(try Paths.read(reference).dropFirst(2)) + "\n"
        XCTAssertEqual(try Paths.read(work + "/output/R4/report.txt"), normalized)
    }

    func testAnEditionIsNeverOverwritten() throws {
        XCTAssertEqual(try run(["import", reference]).status, 0)
        try "# mine\n".write(toFile: work + "/input/R4/report.yaml", atomically: true, encoding: .utf8)
        let again = try run(["import", reference])
        XCTAssertEqual(again.status, 2)
        XCTAssertEqual(again.stderr, "エラー: 版「input/R4」は既にあります。上書きはしません。別の名前にするか、そのフォルダを移してください。\n")
        XCTAssertEqual(try Paths.read(work + "/input/R4/report.yaml"), "# mine\n")
    }

    func testAnotherNameAddsItsUpdatedLineToFill() throws {
        let made = try run(["import", reference, "--as", "R4b"])
        XCTAssertEqual(made.status, 0, made.stderr)
        XCTAssertTrue(made.stderr.contains("加えました: input/site.yaml の「更新日」に R4b"), made.stderr)
        XCTAssertTrue(try Paths.read(work + "/input/site.yaml").contains("R4b: 【要記入】"))
        XCTAssertEqual(try run(["import", reference, "--as", "../x"]).status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/x"))
    }

    func testATextThatCannotBePlacedWritesNothing() throws {
        let broken = work + "/broken.txt"
        try String(try Paths.read(reference).replacing("2 外部監査等\n", with: "")).write(toFile: broken, atomically: true, encoding: .utf8)
        let site = try Paths.read(work + "/input/site.yaml")
        let refused = try run(["import", "broken.txt"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.hasPrefix("broken.txt:30:1: エラー: この行を公表文のどこにも置けません。ここには見出し「2 外部監査等」が来るはずです。"), refused.stderr)
        XCTAssertTrue(refused.stderr.hasSuffix("1件の誤りがありました。何も書いていません。\n"), refused.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work + "/input"), ["site.yaml"])
        XCTAssertEqual(try Paths.read(work + "/input/site.yaml"), site)
    }

    /// A published typo: refused with both places; with --accept-stated, taken as counted and kept as a
    /// comment of report.yaml, so the rebuilt text has the counted figure.
    func testAPublishedTypoIsRefusedOrTakenAsCounted() throws {
        let typo = work + "/typo.txt"
        try String(try Paths.read(reference).replacing("対象：（13所属）", with: "対象：（14所属）"))
            .write(toFile: typo, atomically: true, encoding: .utf8)
        let refused = try run(["import", "typo.txt"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.hasPrefix("typo.txt:45:5: エラー: 対象の所属数は「（14所属）」とありますが、数えると「（13所属）」です。"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("typo.txt:47:1: 注記: 所属の数はここから数えました。"), refused.stderr)
        let taken = try run(["import", "typo.txt", "--accept-stated"])
        XCTAssertEqual(taken.status, 0, taken.stderr)
        XCTAssertTrue(taken.stderr.hasPrefix("""
            typo.txt:45:5: 訂正: 対象の所属数は公表文では「（14所属）」ですが、「（13所属）」として取り込みました（--accept-stated）。
            対象：（14所属）
                    ^
            typo.txt:47:1: 注記: 所属の数はここから数えました。
            """), taken.stderr)
        let yaml = try Paths.read(work + "/input/R4/report.yaml")
        XCTAssertTrue(yaml.contains("""
            # 公表文の数と数えた数の違い（juki-report import --accept-stated が数えた値で取り込みました）:
            # typo.txt:45:5: 対象の所属数は公表文では「（14所属）」ですが、「（13所属）」として取り込みました（--accept-stated）。

            年度: 令和4年度
            """), yaml)
        XCTAssertEqual(try run(["build", "--quiet"]).status, 0)
        XCTAssertTrue(try Paths.read(work + "/output/R4/report.txt").contains("対象：（13所属）"))
    }

    /// Every test edition: its text imported under its own name builds to the same text, byte for byte.
    func testEveryTestEditionImportsAndBuildsToItsText() throws {
        let editions = try FileManager.default.contentsOfDirectory(atPath: Paths.inRoot("Tests/Editions")).filter { !$0.contains(".") }
        try FileManager.default.removeItem(atPath: work + "/input/site.yaml")
        try FileManager.default.copyItem(atPath: Paths.inRoot("Tests/Editions/site.yaml"), toPath: work + "/input/site.yaml")
        for name in editions {
            let made = try run(["import", Paths.inRoot("Tests/Editions/\(name)/expected/report.txt"), "--as", name])
            XCTAssertEqual(made.status, 0, "\(name): \(made.stderr)")
        }
        let built = try run(["build", "--quiet"])
        XCTAssertEqual(built.status, 0, built.stderr)
        for name in editions {
            XCTAssertEqual(try Paths.read(work + "/output/\(name)/report.txt"),
                           try Paths.read(Paths.inRoot("Tests/Editions/\(name)/expected/report.txt")), name)
        }
    }

    func testDiffTakesAPublishedTextOnEitherSide() throws {
        try Paths.copyFolder(Paths.inRoot("input/R4"), to: work + "/input/R4")
        let same = try run(["diff", "R4", reference])
        XCTAssertEqual(same.status, 0, same.stderr + same.stdout)
        let plan = try run(["diff", "--plan", reference, Paths.inRoot("Tests/Editions/R5-follows-plan")])
        XCTAssertEqual(plan.status, 1, plan.stderr)
        XCTAssertTrue(plan.stdout.hasPrefix("--- 計画: \(reference) の次年度計画（令和5年度）\n"), plan.stdout)
        let unified = try run(["diff", "--format", "unified", Paths.inRoot("Tests/Editions/heisei/expected/report.txt"), reference])
        XCTAssertEqual(unified.status, 1)
        XCTAssertTrue(unified.stdout.hasPrefix("--- \(Paths.inRoot("Tests/Editions/heisei/expected/report.txt"))\n+++ \(reference)\n"))
        try "令和4年度\n".write(toFile: work + "/bad.txt", atomically: true, encoding: .utf8)
        let bad = try run(["diff", "R4", "bad.txt"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.hasSuffix("版「bad.txt」に2件の誤りがあり、比べられませんでした。\n"), bad.stderr)
    }
}
