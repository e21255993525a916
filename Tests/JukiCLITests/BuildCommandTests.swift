import Foundation
import JukiTestSupport
import XCTest

final class BuildCommandTests: XCTestCase {
    var work = ""

    override func setUpWithError() throws {
        work = try Paths.workspaceWithR4()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: work)
    }

    func build(_ extra: [String] = []) throws -> CLIRun {
        try CLIRun.run(["build", "--input", "input", "--output", "out", "--templates", Paths.templates] + extra, in: work)
    }

    func testBuildWritesThePublishedText() throws {
        let r = try build(["--verbose"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderrWithoutWarnings, """
            書きました: out/R4/report.txt
            書きました: out/R4/index.html
            書きました: out/R4/report.xml
            書きました: out/index.html
            完了: 1版、4ファイルを out/ に書きました。

            """)
        for file in ["R4/report.txt", "R4/index.html", "R4/report.xml", "index.html"] {
            XCTAssertEqual(try Paths.read(work + "/out/" + file), try Paths.read(Paths.inRoot("output/" + file)), file)
        }
    }

    /// An edition read back from its archive XML publishes the committed files, byte for byte.
    func testBuildFromTheArchiveXMLGivesTheSameFiles() throws {
        XCTAssertEqual(try build().status, 0)
        let r = try CLIRun.run(["build", "--input", "out/R4/report.xml", "--site", "input/site.yaml",
                                "--output", "again", "--templates", Paths.templates], in: work)
        XCTAssertEqual(r.status, 0, r.stderr)
        for file in ["R4/report.txt", "R4/index.html", "R4/report.xml", "index.html"] {
            XCTAssertEqual(try Paths.read(work + "/again/" + file), try Paths.read(Paths.inRoot("output/" + file)), file)
        }
    }

    /// The fragment for the CMS is written only on request.
    func testFragmentOnRequest() throws {
        XCTAssertEqual(try build().status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/out/R4/fragment.html"))
        XCTAssertEqual(try build(["--html-fragment"]).status, 0)
        let fragment = try Paths.read(work + "/out/R4/fragment.html")
        XCTAssertFalse(fragment.contains("<html"))
        XCTAssertTrue(fragment.contains("令和4年度住民基本台帳ネットワークシステムの セキュリティ対策の措置状況等について"))
    }

    /// A symbolic link inside the output folder is not followed: nothing is written through it.
    func testSymlinkInsideTheOutputIsRefused() throws {
        let elsewhere = work + "/elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: work + "/out", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: work + "/out/R4", withDestinationPath: elsewhere)
        let r = try build()
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "エラー: 「out/R4」を書けません（出力先の中のシンボリックリンクはたどりません。リンクを消してください）。"
                       + "出力先の空き容量と書き込み権限を確かめてください。\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere), [])
    }

    func testTwoBuildsAreByteIdentical() throws {
        XCTAssertEqual(try build().status, 0)
        let first = try Data(contentsOf: URL(fileURLWithPath: work + "/out/R4/report.txt"))
        XCTAssertEqual(try build().status, 0)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: work + "/out/R4/report.txt")), first)
    }

    /// A build that fails on the records writes nothing and leaves the last good output as it was.
    func testFailedBuildLeavesThePreviousOutput() throws {
        XCTAssertEqual(try build().status, 0)
        let good = try Paths.read(work + "/out/R4/report.txt")
        let yaml = work + "/input/R4/report.yaml"
        try (try Paths.read(yaml)).replacingOccurrences(of: "      県利用所属職員: 751", with: "      県利用所属職員: 七五一")
            .write(toFile: yaml, atomically: true, encoding: .utf8)
        let r = try build()
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, """
            input/R4/report.yaml:12:16: エラー: 「受講者（県利用所属職員）」には0以上の整数を書いてください（「七五一」とあります）。
                  県利用所属職員: 七五一
                                  ^
            1件の誤りがありました。何も書いていません。

            """)
        XCTAssertEqual(try Paths.read(work + "/out/R4/report.txt"), good)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work + "/out/R4").sorted(),
                       ["index.html", "report.txt", "report.xml"])
    }

    /// An output folder that cannot be made is reported, with exit status 2.
    func testUnwritableOutputIsReported() throws {
        try "not a folder".write(toFile: work + "/out", atomically: true, encoding: .utf8)
        let r = try build()
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "エラー: 「out」を書けません（フォルダではありません）。出力先の空き容量と書き込み権限を確かめてください。\n")
        XCTAssertEqual(try Paths.read(work + "/out"), "not a folder")
    }

    func testCheckPrintsEveryProblemAndWritesNothing() throws {
        let csv = work + "/input/R4/certified-staff.csv"
        try (try Paths.read(csv)).replacingOccurrences(of: "市町村課,5\n", with: "市町村課,5,5\n")
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let r = try CLIRun.run(["check", "--input", "input", "--templates", Paths.templates], in: work)
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, """
            input/R4/certified-staff.csv:3:8: エラー: この行の値は3個ですが、見出し行に合わせて2個にしてください（値の中のコンマは値全体を " で囲みます）。
            市町村課,5,5
                       ^
            1件の誤りがありました。

            """)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/output"))
    }

    func testCheckAcceptsGoodRecords() throws {
        let r = try CLIRun.run(["check", "--input", "input", "--templates", Paths.templates], in: work)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderrWithoutWarnings, "誤りはありません: R4\n")
    }

    func testUnknownEditionIsNamed() throws {
        let r = try CLIRun.run(["check", "--input", "input", "--templates", Paths.templates, "R9"], in: work)
        XCTAssertEqual(r.status, 64)
        XCTAssertEqual(r.stderr, "エラー: 版のフォルダ「input/R9」がありません。版の名前（R4 など）と --input の指定を確かめてください。\n"
                       + "使い方は「juki-report check --help」で確かめてください。\n")
    }

    /// An edition name cannot lead outside the input or output folders.
    func testEditionNameCannotEscapeTheFolders() throws {
        for name in ["../R4", "/etc", ".hidden", "R4/../../x"] {
            let r = try build([name])
            XCTAssertEqual(r.status, 1, name)
            XCTAssertTrue(r.stderr.contains("版の名前「\(name)」は使えません"), r.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/out"))
    }

    func testHelpDescribesEachCommand() throws {
        for command in [["--help"], ["build", "--help"], ["check", "--help"]] {
            let r = try CLIRun.run(command)
            XCTAssertEqual(r.status, 0)
            XCTAssertTrue(r.stdout.contains("USAGE: juki-report"), r.stdout)
        }
    }
}

/// `juki-report check` on every broken example of Tests/BadInputs prints its expected message and exits 1; its
/// closing line counts the errors (check never writes, and does not say it wrote nothing).
final class CheckBrokenExamplesTests: XCTestCase {
    func testCheckRefusesEveryBrokenExample() throws {
        let cases = try InputCase.all(in: Paths.inRoot("Tests/BadInputs"))
        XCTAssertGreaterThan(cases.count, 300)
        var checked = 0
        for path in cases {
            let c = try InputCase.load(path)
            let root = try Paths.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: root) }
            _ = try c.materialize(in: root)
            // The site frame of the base edition's folder (input/site.yaml, Tests/Editions/site.yaml).
            let site = Paths.inRoot((c.base as NSString).deletingLastPathComponent + "/site.yaml")
            try FileManager.default.copyItem(atPath: site, toPath: root + "/input/site.yaml")
            let r = try CLIRun.run(["check", "--input", "input", "--templates", Paths.templates], in: root)
            XCTAssertEqual(r.status, 1, c.name)
            // The count the summary must give, from the expected messages (never from the output under test).
            let count = c.expected.split(separator: "\n").filter {
                $0.hasPrefix("エラー: ") || $0.range(of: #"^\S+:\d+:\d+: エラー: "#, options: .regularExpression) != nil
            }.count
            XCTAssertEqual(r.stderr, c.expected + "\(count)件の誤りがありました。\n", c.name)
            checked += 1
        }
        XCTAssertEqual(checked, cases.count)
    }
}
