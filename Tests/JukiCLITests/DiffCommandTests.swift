import Foundation
import JukiTestSupport
import XCTest

/// `juki-report diff`: exit status as diff(1), colour only when asked, trouble with a clear message.
final class DiffCommandTests: XCTestCase {
    let r5 = "Tests/Editions/R5-follows-plan"
    let plain = ["PATH": "/usr/bin:/bin"]

    func testSameEditionExitsZeroAndPrintsNothing() throws {
        for format in ["text", "json", "html", "unified"] {
            let r = try CLIRun.run(["diff", "--format", format, "R4", "input/R4"], environment: plain)
            XCTAssertEqual(r.status, 0, format + r.stderr)
            XCTAssertEqual(r.stderr, "", format)
            if format == "text" || format == "unified" { XCTAssertEqual(r.stdout, "", format) }
        }
    }

    func testDifferencesExitOneInEveryFormat() throws {
        let folder = Paths.inRoot("Tests/DiffFixtures/R4-to-R5-follows-plan")
        let text = try CLIRun.run(["diff", "R4", r5], environment: plain)
        XCTAssertEqual(text.status, 1, text.stderr)
        XCTAssertEqual(text.stdout, try Paths.read(folder + "/expected.txt").replacingOccurrences(of: "新: R5-follows-plan", with: "新: \(r5)"))
        for format in ["json", "html", "unified"] {
            let r = try CLIRun.run(["diff", "--format", format, "R4", r5], environment: plain)
            XCTAssertEqual(r.status, 1, format + r.stderr)
            XCTAssertFalse(r.stdout.isEmpty, format)
        }
        let plan = try CLIRun.run(["diff", "--plan", "R4", r5], environment: plain)
        XCTAssertEqual(plan.status, 1, plan.stderr)
        XCTAssertTrue(plan.stdout.contains("未実施（1）: [-水道施設課-]"), plan.stdout)
    }

    /// The unified diff applies with patch(1) and turns R4's report.txt into R5's.
    func testUnifiedDiffApplies() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/patch") else { throw XCTSkip("patch is not installed") }
        let work = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let r = try CLIRun.run(["diff", "--format", "unified", "R4", r5], environment: plain)
        XCTAssertEqual(r.status, 1)
        try r.stdout.write(toFile: work + "/r5.diff", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: Paths.inRoot("output/R4/report.txt"), toPath: work + "/report.txt")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/patch")
        p.arguments = ["-s", work + "/report.txt", work + "/r5.diff"]
        try p.run()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        XCTAssertEqual(try Paths.read(work + "/report.txt"), try Paths.read(Paths.inRoot(r5 + "/expected/report.txt")))
    }

    /// The unified diff names the built report.txt of each edition (output/R4/report.txt, output/R5/report.txt):
    /// `patch -p0` in the project's folder turns the old edition's built text into the new one's, byte for byte.
    func testUnifiedDiffAppliesWithPatchP0ToTheBuiltOutput() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/patch") else { throw XCTSkip("patch is not installed") }
        let work = try Paths.workspaceWithR4()
        defer { try? FileManager.default.removeItem(atPath: work) }
        try Paths.copyFolder(Paths.inRoot(r5), to: work + "/input/R5")
        try FileManager.default.removeItem(atPath: work + "/input/R5/expected")
        let site = work + "/input/site.yaml"
        try (try Paths.read(site) + "  R5: 令和6年6月28日\n").write(toFile: site, atomically: true, encoding: .utf8)
        let built = try CLIRun.run(["build", "--templates", Paths.templates, "--quiet"], in: work, environment: plain)
        XCTAssertEqual(built.status, 0, built.stderr)
        let r = try CLIRun.run(["diff", "--format", "unified", "--templates", Paths.templates, "R4", "R5"], in: work, environment: plain)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("--- output/R4/report.txt\n+++ output/R5/report.txt\n@@ "), r.stdout)
        try r.stdout.write(toFile: work + "/r5.diff", atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/patch")
        p.arguments = ["-p0", "-s", "-i", "r5.diff"]
        p.currentDirectoryURL = URL(fileURLWithPath: work)
        try p.run()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: work + "/output/R4/report.txt")),
                       try Data(contentsOf: URL(fileURLWithPath: work + "/output/R5/report.txt")))
        // A folder or an archive names its edition by the folder's name: output/<name>/report.txt.
        let xml = try CLIRun.run(["diff", "--format", "unified", "--templates", Paths.templates, "output/R4/report.xml", "input/R5"],
                                 in: work, environment: plain)
        XCTAssertTrue(xml.stdout.hasPrefix("--- output/R4/report.txt\n+++ output/R5/report.txt\n"), xml.stdout)
    }

    func testColourOnlyWhenAskedAndNeverWithNoColor() throws {
        let piped = try CLIRun.run(["diff", "R4", r5], environment: plain)
        XCTAssertFalse(piped.stdout.contains("\u{1B}["))
        let always = try CLIRun.run(["diff", "--color", "always", "R4", r5], environment: plain)
        XCTAssertTrue(always.stdout.contains("\u{1B}[31m[-"), always.stdout)
        let noColor = try CLIRun.run(["diff", "R4", r5], environment: plain.merging(["NO_COLOR": "1"]) { a, _ in a })
        XCTAssertEqual(noColor.stdout, piped.stdout)
    }

    func testTroubleExitsTwoWithAClearMessage() throws {
        // A missing edition is a mistyped command line (64), as in every command.
        let missing = try CLIRun.run(["diff", "R4", "R9"], environment: plain)
        XCTAssertEqual(missing.status, 64)
        XCTAssertEqual(missing.stdout, "")
        XCTAssertEqual(missing.stderr, "エラー: 版「R9」が見つかりません。「input」の下の版の名前（R4 など）か、版のフォルダを指定してください。\n"
                       + "使い方は「juki-report diff --help」で確かめてください。\n")

        let xml = try CLIRun.run(["diff", "R4", "archive/R5.xml"], environment: plain)
        XCTAssertEqual(xml.status, 64)
        XCTAssertEqual(xml.stderr, "エラー: 版「archive/R5.xml」が見つかりません。「input」の下の版の名前（R4 など）か、版のフォルダを指定してください。\n"
                       + "使い方は「juki-report diff --help」で確かめてください。\n")

        let mismatch = try CLIRun.run(["diff", "--plan", "R4", "Tests/Editions/heisei"], environment: plain)
        XCTAssertEqual(mismatch.status, 2)
        XCTAssertTrue(mismatch.stderr.hasPrefix("エラー: --plan では、OLD の次年度計画の年度（令和5年度）と NEW の年度（平成29年度）"), mismatch.stderr)
    }

    /// An archived edition (report.xml, or a folder holding it) compares as its records do.
    func testArchivedXMLComparesAsItsRecords() throws {
        let fromRecords = try CLIRun.run(["diff", "R4", "Tests/Editions/R5-follows-plan"], environment: plain)
        let fromXML = try CLIRun.run(["diff", "output/R4/report.xml", "Tests/Editions/R5-follows-plan"], environment: plain)
        XCTAssertEqual(fromXML.status, 1, fromXML.stderr)
        XCTAssertEqual(fromXML.stdout.components(separatedBy: "\n").dropFirst(2), fromRecords.stdout.components(separatedBy: "\n").dropFirst(2))
        let same = try CLIRun.run(["diff", "R4", "output/R4"], environment: plain)
        XCTAssertEqual(same.status, 0, same.stderr + same.stdout)
    }

    /// An edition with errors is not compared: its diagnostics are printed, and the status is 2.
    func testUnreadableEditionPrintsItsDiagnostics() throws {
        let work = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        try Paths.copyFolder(Paths.inRoot("input/R4"), to: work + "/input/R4")
        try Paths.copyFolder(Paths.inRoot("input/R4"), to: work + "/input/R5")
        let yaml = work + "/input/R5/report.yaml"
        try (try Paths.read(yaml)).replacingOccurrences(of: "      県利用所属職員: 751", with: "      県利用所属職員: 七五一")
            .write(toFile: yaml, atomically: true, encoding: .utf8)
        let r = try CLIRun.run(["diff", "R4", "R5"], in: work, environment: plain)
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, """
            input/R5/report.yaml:12:16: エラー: 「受講者（県利用所属職員）」には0以上の整数を書いてください（「七五一」とあります）。
                  県利用所属職員: 七五一
                                  ^
            版「input/R5」に1件の誤りがあり、比べられませんでした。

            """)
    }
}
