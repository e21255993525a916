import Foundation
import JukiTestSupport
import XCTest

/// The copy of report.txt for Windows readers, progress output, and shell completions.
final class WindowsCopyTests: XCTestCase {
    var work = ""

    override func setUpWithError() throws {
        work = try Paths.workspaceWithR4()
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: work) }

    func build(_ extra: [String]) throws -> CLIRun {
        try CLIRun.run(["build", "--output", "out", "--templates", Paths.templates] + extra, in: work)
    }

    /// CP932 with CRLF, turned back by iconv and with the CRs removed, is report.txt byte for byte.
    func testCP932CRLFCopyRoundTripsThroughIconv() throws {
        let r = try build(["--text-encoding", "cp932", "--newline", "crlf"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let back = try CLIRun.run(["-c", "iconv -f CP932 -t UTF-8 out/R4/report.cp932.crlf.txt | tr -d '\\r'"], in: work,
                                  executable: "/bin/bash")
        XCTAssertEqual(back.status, 0, back.stderr)
        XCTAssertEqual(back.stdout, try Paths.read(work + "/out/R4/report.txt"))
        let raw = try Data(contentsOf: URL(fileURLWithPath: work + "/out/R4/report.cp932.crlf.txt"))
        XCTAssertNil(String(data: raw, encoding: .utf8), "the copy is not UTF-8")
        XCTAssertTrue(try Paths.read(work + "/out/index.html").contains("report.cp932.crlf.txt"))
    }

    func testCRLFOnlyCopyKeepsUTF8() throws {
        XCTAssertEqual(try build(["--newline", "crlf"]).status, 0)
        let copy = try Paths.read(work + "/out/R4/report.crlf.txt")
        XCTAssertEqual(copy.replacingOccurrences(of: "\r\n", with: "\n"), try Paths.read(work + "/out/R4/report.txt"))
    }

    /// A character CP932 cannot hold is named with its place, never written as "?"; nothing is written.
    func testCharactersCP932CannotHoldAreNamed() throws {
        let yaml = work + "/input/R4/report.yaml"
        try (try Paths.read(yaml)).replacingOccurrences(of: "講師: 市町村課", with: "講師: 市町村課〜𠮷野")
            .write(toFile: yaml, atomically: true, encoding: .utf8)
        let r = try build(["--text-encoding", "cp932"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "エラー: 版「R4」の report.cp932.txt を CP932 で書けません。CP932 にない文字: "
                       + "9行8列の「〜」（U+301C）、9行9列の「𠮷」（U+20BB7）。記録の文字を CP932 にある文字に直すか（〜 なら ～）、"
                       + "--text-encoding utf8 にしてください（行と列は report.txt のものです）。\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/out"))
    }

    /// Piped, a build says nothing unless asked; --quiet and --verbose do what they say.
    func testPipedBuildIsQuietUnlessVerbose() throws {
        let piped = try build([])
        XCTAssertEqual(piped.status, 0)
        XCTAssertEqual(piped.stderr, "")
        XCTAssertEqual(try build(["--quiet"]).stderr, "")
        XCTAssertTrue(try build(["--verbose"]).stderrWithoutWarnings.hasPrefix("書きました: out/R4/report.txt\n"))
        let both = try build(["--quiet", "--verbose"])
        XCTAssertEqual(both.status, 64)
        XCTAssertTrue(both.stderr.contains("--quiet と --verbose は一緒に使えません。"), both.stderr)
    }

    /// On a terminal, one line per edition (run under script(1), which gives the program a terminal).
    func testTerminalShowsALinePerEdition() throws {
        let command = "\(CLIRun.binary) build --output out --templates \(Paths.templates)"
        let r = try CLIRun.run(["-qec", command, "/dev/null"], in: work, executable: "/usr/bin/script")
        XCTAssertEqual(r.status, 0, r.stdout)
        // The sample site.yaml and R4 without 別添 are warned about first (SiteWarningTests).
        let shown = r.stdout.replacingOccurrences(of: "\r\n", with: "\n")
        XCTAssertTrue(shown.contains(": 警告: ") && shown.contains("注記: "), shown)
        XCTAssertEqual(CLIRun.withoutWarnings(shown),
                       "[1/1] R4: report.txt index.html report.xml\n完了: 1版、4ファイルを out/ に書きました。\n")
    }

    func testShellCompletionScripts() throws {
        for shell in ["bash", "zsh", "fish"] {
            let r = try CLIRun.run(["--generate-completion-script", shell])
            XCTAssertEqual(r.status, 0, shell)
            XCTAssertTrue(r.stdout.contains("juki-report"), shell)
            XCTAssertTrue(r.stdout.contains("html-fragment"), shell)
        }
    }
}
