import Foundation
import JukiTestSupport
import XCTest

/// Ctrl-C (SIGINT) and SIGTERM during a build: this run's temporaries are removed, the previous outputs
/// stay, and the exit status says which signal stopped it (128 + the signal's number).
final class SignalTests: XCTestCase {
    var work = ""

    override func setUpWithError() throws {
        work = try Paths.workspaceWithR4()
        try Workspace.addCopiesOfR4(in: work, count: 40)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: work)
    }

    func build() throws -> CLIRun {
        try CLIRun.run(["build", "--input", "input", "--output", "out", "--templates", Paths.templates], in: work)
    }

    /// Starts a build and sends `signal` once it has staged its first temporaries; returns its status and
    /// standard error.
    func interruptedBuild(with signal: Int32) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLIRun.binary)
        process.arguments = ["build", "--input", "input", "--output", "out", "--templates", Paths.templates]
        process.currentDirectoryURL = URL(fileURLWithPath: work)
        process.environment = Workspace.quietCrashes
        let err = Pipe()
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning, Workspace.temporaries(under: work + "/out").count < 10, Date() < deadline {
            usleep(1000)
        }
        XCTAssertTrue(process.isRunning, "the build finished before it could be interrupted")
        kill(process.processIdentifier, signal)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit, "killed by the signal instead of handling it")
        return (process.terminationStatus, stderr)
    }

    func testSigtermRemovesTheTemporariesAndExits143() throws {
        XCTAssertEqual(try build().status, 0)
        let r = try interruptedBuild(with: SIGTERM)
        XCTAssertEqual(r.status, 143, r.stderr)
        XCTAssertTrue(r.stderr.hasSuffix("中断しました（SIGTERM）。書きかけの一時ファイルを消しました。出力先は前のビルドのままです。\n"), r.stderr)
        XCTAssertEqual(Workspace.temporaries(under: work + "/out"), [])
        XCTAssertEqual(Workspace.hiddenEntries(under: work + "/out"), [])
    }

    func testSigintRemovesTheTemporariesAndExits130() throws {
        let r = try interruptedBuild(with: SIGINT)
        XCTAssertEqual(r.status, 130, r.stderr)
        XCTAssertTrue(r.stderr.hasSuffix("中断しました（SIGINT）。書きかけの一時ファイルを消しました。出力先は前のビルドのままです。\n"), r.stderr)
        // A first build interrupted: the folders it made are gone too.
        XCTAssertEqual(Workspace.temporaries(under: work + "/out"), [])
        XCTAssertEqual(FileManager.default.enumerator(atPath: work + "/out")?.allObjects.count ?? 0, 0)
    }

    /// Temporaries left by a process that no longer exists (SIGKILL, power loss), in any edition folder of
    /// the output and under any file name of the pattern, are removed by the next build, even one that
    /// builds another edition; a live process's temporary is left alone.
    func testAnyBuildRemovesStaleTemporariesOfGoneProcesses() throws {
        XCTAssertEqual(try build().status, 0)
        let gone = "99999999"  // above pid_max (4,194,304 at most on Linux): no such process
        let stale = ["R4-7/.report.txt.\(gone).tmp", "R4-7/.annex9.html.\(gone).tmp", ".index.html.\(gone).tmp",
                     "R4-3/.report.xml.\(gone).tmp"]
        let live = "R4-7/.report.txt.\(getpid()).tmp"
        for file in stale + [live] {
            XCTAssertTrue(FileManager.default.createFile(atPath: work + "/out/" + file, contents: Data("x".utf8)))
        }
        let r = try CLIRun.run(["build", "R4", "--input", "input", "--output", "out", "--templates", Paths.templates], in: work)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(Workspace.temporaries(under: work + "/out"), [live])
    }
}
