import Foundation
import JukiTestSupport
import XCTest

/// Two builds into the same output folder never mix their results: the second waits for the first.
final class OutputLockTests: XCTestCase {
    var work = ""

    override func setUpWithError() throws {
        work = try Paths.workspaceWithR4()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: work)
    }

    /// Two input folders, each with 20 editions whose 講師 differs between them (marked A or B).
    func makeTwoInputs() throws {
        for mark in ["A", "B"] {
            let input = work + "/in-" + mark
            try Paths.copyFolder(work + "/input/R4", to: input + "/R4")
            try FileManager.default.copyItem(atPath: work + "/input/site.yaml", toPath: input + "/site.yaml")
            let yaml = input + "/R4/report.yaml"
            try (try Paths.read(yaml)).replacingOccurrences(of: "講師: 市町村課", with: "講師: 市町村課（\(mark)）")
                .write(toFile: yaml, atomically: true, encoding: .utf8)
            try Workspace.addCopiesOfR4(in: work, input: "in-" + mark, count: 20)
        }
    }

    func start(_ input: String) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLIRun.binary)
        process.arguments = ["build", "--input", input, "--output", "out", "--templates", Paths.templates]
        process.currentDirectoryURL = URL(fileURLWithPath: work)
        let err = Pipe()
        process.standardError = err
        try process.run()
        return (process, err)
    }

    /// Two builds started together, again and again: both succeed, and every edition's files (and the
    /// index's links) come from one build, never half from each.
    func testConcurrentBuildsDoNotMixTheirFiles() throws {
        try makeTwoInputs()
        for round in 0..<8 {
            let a = try start("in-A"), b = try start("in-B")
            for (process, err) in [a, b] {
                let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                XCTAssertEqual(process.terminationStatus, 0, "round \(round): \(stderr)")
            }
            var marks = Set<String>()
            for edition in ["R4"] + (1..<20).map({ "R4-\($0)" }) {
                for file in ["report.txt", "index.html", "report.xml"] {
                    let text = try Paths.read(work + "/out/\(edition)/\(file)")
                    marks.insert(text.contains("市町村課（A）") ? "A" : text.contains("市町村課（B）") ? "B" : "?")
                }
            }
            XCTAssertEqual(marks.count, 1, "round \(round): files from both builds: \(marks.sorted())")
            XCTAssertEqual(Workspace.hiddenEntries(under: work + "/out"), [], "round \(round)")
        }
    }

    /// A build that cannot take the lock (flock on the output folder) within --wait exits 2 and names the
    /// process holding it (this test's process, here).
    func testABuildThatCannotTakeTheLockNamesTheHolder() throws {
        try FileManager.default.createDirectory(atPath: work + "/out", withIntermediateDirectories: true)
        let fd = open(work + "/out", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { close(fd) }
        XCTAssertEqual(flock(fd, LOCK_EX | LOCK_NB), 0)
        let started = Date()
        let r = try CLIRun.run(["build", "--input", "input", "--output", "out", "--templates", Paths.templates, "--wait", "1"],
                               in: work)
        XCTAssertEqual(r.status, 2, r.stderr)
        // It waited out its --wait 1 before giving up: a lower bound, which a loaded machine only lengthens.
        XCTAssertGreaterThan(Date().timeIntervalSince(started), 0.9)
        XCTAssertEqual(r.stderr, """
            出力先「out」には別の juki-report（プロセス \(getpid())）が書いています。終わるまで待ちます（最長1秒）。
            エラー: 出力先「out」に別の juki-report（プロセス \(getpid())）が書いています。1秒待っても終わりませんでした。\
            そのプロセスが終わってから、もう一度実行してください。何も書いていません。

            """)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work + "/out"), [])
    }
}
