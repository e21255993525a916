import Foundation
import JukiTestSupport
import XCTest

/// Faults during a build never damage a publication: every output file is the old version or the new one.
final class FaultTests: XCTestCase {
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

    enum Moment {
        case delay(Double)
        case staged(Int)
    }

    /// Starts a build into `out` and sends it SIGKILL at `moment`; returns whether it was still running then.
    /// Waiting for a number of staged files has a 30 s watchdog against a build that hangs: not a measurement.
    func killBuild(at moment: Moment) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLIRun.binary)
        process.arguments = ["build", "--input", "input", "--output", "out", "--templates", Paths.templates]
        process.currentDirectoryURL = URL(fileURLWithPath: work)
        process.standardError = FileHandle.nullDevice
        try process.run()
        switch moment {
        case .delay(let seconds):
            Thread.sleep(forTimeInterval: seconds)
        case .staged(let count):
            let mine = ".\(process.processIdentifier).tmp", watchdog = Date().addingTimeInterval(30)
            while process.isRunning, Workspace.temporaries(under: work + "/out").filter({ $0.hasSuffix(mine) }).count < count,
                  Date() < watchdog {
                usleep(200)
            }
            if process.isRunning && Date() >= watchdog { XCTFail("\(count) files not staged within 30 s: the build seems to hang") }
        }
        let running = process.isRunning
        if running { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return running
    }

    /// The same files as before the build, each either its old or its new version.
    func assertOldOrNew(old: [String: Data], new: [String: Data], after moment: String,
                        file: StaticString = #filePath, line: UInt = #line) throws {
        let now = try snapshot(work + "/out")
        XCTAssertEqual(Set(now.keys), Set(old.keys), "killed after \(moment)", file: file, line: line)
        for (name, data) in now {
            XCTAssertTrue(data == old[name] || data == new[name], "\(name) is neither old nor new after a kill after \(moment)",
                          file: file, line: line)
        }
    }

    /// Every file under a folder, by relative path, skipping the hidden temporaries of a killed build.
    func snapshot(_ dir: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        guard let e = FileManager.default.enumerator(atPath: dir) else { return out }
        for case let rel as String in e where !(rel as NSString).lastPathComponent.hasPrefix(".") {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir + "/" + rel, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + rel))
            }
        }
        return out
    }

    func replace(_ old: String, _ new: String, in file: String) throws {
        let path = work + "/input/R4/" + file
        try (try Paths.read(path)).replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// A large build (40 editions) killed with SIGKILL at many moments: each file is whole, old or new.
    func testSigkillAtAnyMomentLeavesOldOrNewFiles() throws {
        for i in 1..<40 {
            try Paths.copyFolder(work + "/input/R4", to: work + "/input/R4-\(i)")
        }
        var site = try Paths.read(work + "/input/site.yaml")
        site += (1..<40).map { "  R4-\($0): 令和5年6月30日\n" }.joined()
        try site.write(toFile: work + "/input/site.yaml", atomically: true, encoding: .utf8)
        XCTAssertEqual(try build().status, 0)
        let old = try snapshot(work + "/out")
        for name in ["R4"] + (1..<40).map({ "R4-\($0)" }) {
            let yaml = work + "/input/\(name)/report.yaml"
            try (try Paths.read(yaml)).replacingOccurrences(of: "講師: 市町村課", with: "講師: 市町村課（改）")
                .write(toFile: yaml, atomically: true, encoding: .utf8)
        }
        // The new build, run to the end once, gives the "new" versions.
        let scratch = work + "/new-out"
        try FileManager.default.copyItem(atPath: work + "/out", toPath: scratch)
        XCTAssertEqual(try CLIRun.run(["build", "--input", "input", "--output", "new-out", "--templates", Paths.templates],
                                      in: work).status, 0)
        let new = try snapshot(scratch)
        XCTAssertNotEqual(old, new)

        // Moments by progress: after the build has staged k of its files (each output's temporary). These
        // kills land during the build whatever the machine's speed, so their count is asserted.
        let files = new.count
        for staged in [1, files / 4, files / 2, files * 3 / 4, files - 10] {
            XCTAssertTrue(try killBuild(at: .staged(staged)), "the build ended before staging \(staged) of \(files) files")
            try assertOldOrNew(old: old, new: new, after: "\(staged) files staged")
        }
        // Once every file is staged (the commit, if it is not over by then), and moments by the clock, from the
        // start to past the end of the build: how many of these land during it depends on the machine's speed and
        // load, so none is counted.
        _ = try killBuild(at: .staged(files))
        try assertOldOrNew(old: old, new: new, after: "all \(files) files staged")
        var delays = [0.0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.08, 0.12, 0.2, 0.3]
        var generator = SplitMix(seed: 2022)
        delays += (0..<10).map { _ in Double(generator.next() % 300) / 1000 }
        for delay in delays {
            _ = try killBuild(at: .delay(delay))
            try assertOldOrNew(old: old, new: new, after: "\(delay) s")
        }
        // A build after the kills completes and clears the temporaries the kills left.
        XCTAssertEqual(try build().status, 0)
        XCTAssertEqual(try snapshot(work + "/out"), new)
        let leftovers = FileManager.default.enumerator(atPath: work + "/out")?.compactMap { $0 as? String }
            .filter { ($0 as NSString).lastPathComponent.hasSuffix(".tmp") } ?? []
        XCTAssertEqual(leftovers, [])
    }

    /// A full disk, as a file-size limit (ulimit -f): reported clearly, the previous outputs intact.
    func testFullDiskIsReportedAndPreviousOutputsStay() throws {
        XCTAssertEqual(try build().status, 0)
        let old = try snapshot(work + "/out")
        try replace("講師: 市町村課", "講師: 市町村課（改）", in: "report.yaml")
        let r = try CLIRun.run(["-c", "ulimit -f 8; exec \"$0\" build --input input --output out --templates \"$1\"",
                                CLIRun.binary, Paths.templates], in: work, executable: "/bin/bash")
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("エラー: 「out/R4/"), r.stderr)
        XCTAssertTrue(r.stderr.contains("（File too large）。出力先の空き容量と書き込み権限を確かめてください。"), r.stderr)
        XCTAssertEqual(try snapshot(work + "/out"), old)
    }

    /// A read-only output folder (as a user who may not write there): reported, the previous outputs intact.
    func testReadOnlyOutputIsReportedAndPreviousOutputsStay() throws {
        XCTAssertEqual(try build().status, 0)
        let old = try snapshot(work + "/out")
        try replace("講師: 市町村課", "講師: 市町村課（改）", in: "report.yaml")
        for dir in ["/out", "/out/R4"] { chmod(work + dir, 0o555) }
        defer { for dir in ["/out", "/out/R4"] { chmod(work + dir, 0o755) } }
        let args = ["build", "--input", "input", "--output", "out", "--templates", Paths.templates]
        // root may write anywhere: run as nobody then.
        let r = getuid() == 0
            ? try CLIRun.run(["--reuid=65534", "--regid=65534", "--clear-groups", CLIRun.binary] + args, in: work,
                             executable: "/usr/bin/setpriv")
            : try CLIRun.run(args, in: work)
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertEqual(r.stderr, "エラー: 「out/R4/report.txt」を書けません（Permission denied）。出力先の空き容量と書き込み権限を確かめてください。\n")
        XCTAssertEqual(try snapshot(work + "/out"), old)
    }

    /// Builds do not depend on the time zone or the locale.
    func testOutputsAreTheSameUnderAnyTimeZoneAndLocale() throws {
        var results: [[String: Data]] = []
        for (tz, lang) in [("UTC", "C"), ("Asia/Tokyo", "ja_JP.UTF-8"), ("America/Los_Angeles", "en_US.UTF-8")] {
            var env = ProcessInfo.processInfo.environment
            env["TZ"] = tz
            env["LANG"] = lang
            env["LC_ALL"] = lang
            let out = "out-\(results.count)"
            let r = try CLIRun.run(["build", "--input", "input", "--output", out, "--templates", Paths.templates],
                                   in: work, environment: env)
            XCTAssertEqual(r.status, 0, r.stderr)
            results.append(try snapshot(work + "/" + out))
        }
        XCTAssertEqual(results[0], results[1])
        XCTAssertEqual(results[0], results[2])
        XCTAssertEqual(results[0]["R4/report.txt"], try Data(contentsOf: URL(fileURLWithPath: Paths.inRoot("output/R4/report.txt"))))
    }
}
