import Foundation
import JukiTestSupport
import XCTest

/// Paths given on the command line that cannot work: refused with a message, never a crash.
final class OutputPathTests: XCTestCase {
    var work = ""

    override func setUpWithError() throws {
        work = try Paths.workspaceWithR4()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: work)
    }

    /// `--output ''` (an unset shell variable, say) is a mistyped command line: exit 64, nothing written.
    func testEmptyOutputIsRefused() throws {
        let r = try CLIRun.run(["build", "--input", "input", "--output", "", "--templates", Paths.templates],
                               in: work, environment: Workspace.quietCrashes)
        XCTAssertEqual(r.status, 64, r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("エラー: --output が空です。場所を指定するか、--output を省いて既定の「output」を使ってください。\n"), r.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work).sorted(), ["input"])
    }

    /// Every path option of every command refuses an empty value the same way.
    func testEveryEmptyPathOptionIsRefused() throws {
        let cases: [[String]] = [
            ["build", "--input", ""], ["build", "--templates", ""], ["build", "--site", ""],
            ["check", "--input", ""], ["check", "--templates", ""], ["check", "--site", ""],
            ["new", "R5", "--input", ""], ["new", "R5", "--templates", ""],
            ["diff", "R4", "R4", "--input", ""], ["diff", "R4", "R4", "--templates", ""],
        ]
        for arguments in cases {
            let r = try CLIRun.run(arguments, in: work, environment: Workspace.quietCrashes)
            XCTAssertEqual(r.status, 64, "\(arguments): \(r.stderr)")
            let option = arguments[arguments.count - 2]
            XCTAssertTrue(r.stderr.hasPrefix("エラー: \(option) が空です。"), "\(arguments): \(r.stderr)")
        }
    }

    /// A relative --output run from a working folder that was deleted meanwhile: a clear error, exit 2.
    func testRelativeOutputFromADeletedWorkingFolder() throws {
        let script = "mkdir gone && cd gone && rmdir ../gone && exec \"$0\" build --input \"$1\" --output out --templates \"$2\""
        let r = try CLIRun.run(["-c", script, CLIRun.binary, work + "/input", Paths.templates], in: work,
                               environment: Workspace.quietCrashes, executable: "/bin/bash")
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertEqual(r.stderr, "エラー: 「out」を書けません（今いるフォルダ（作業フォルダ）が消されています）。"
                       + "ほかのフォルダに移ってから実行するか、出力先を絶対パスで指定してください。\n")
    }

    /// A nested output folder whose parents are missing is still made, parent first.
    func testNestedOutputFolderIsMade() throws {
        let r = try CLIRun.run(["build", "--input", "input", "--output", "a/b/c", "--templates", Paths.templates], in: work)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: work + "/a/b/c/R4/report.txt"))
    }
}
