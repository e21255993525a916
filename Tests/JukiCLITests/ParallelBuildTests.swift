import Foundation
import JukiTestSupport
import XCTest

/// A build renders its editions on every core (InOrder): what it writes and says must be what a build of
/// one edition after another (JUKI_JOBS=1) writes and says, byte for byte, whatever the scheduling.
final class ParallelBuildTests: XCTestCase {
    var work = ""

    /// The 8 editions of Tests/Editions, R4, and 20 copies of R4 (R4-1 … R4-20): 29 editions.
    override func setUpWithError() throws {
        work = try Paths.temporaryFolder()
        try FileManager.default.copyItem(atPath: Paths.inRoot("Tests/Editions"), toPath: work + "/input")
        try Paths.copyFolder(Paths.inRoot("input/R4"), to: work + "/input/R4")
        try (Paths.read(work + "/input/site.yaml") + "  R4: 令和5年6月30日\n")
            .write(toFile: work + "/input/site.yaml", atomically: true, encoding: .utf8)
        try Workspace.addCopiesOfR4(in: work, count: 21)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: work)
    }

    func build(_ output: String, jobs: String, _ extra: [String] = []) throws -> CLIRun {
        var env = Workspace.quietCrashes
        env["JUKI_JOBS"] = jobs
        return try CLIRun.run(["build", "--input", "input", "--output", output, "--templates", Paths.templates,
                               "--verbose"] + extra, in: work, environment: env)
    }

    /// Every file under `dir`, by relative path, with its bytes.
    func files(under dir: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for case let relative as String in FileManager.default.enumerator(atPath: dir)?.allObjects ?? [] {
            let path = dir + "/" + relative
            if EditionSet.isFile(path) { out[relative] = try Data(contentsOf: URL(fileURLWithPath: path)) }
        }
        return out
    }

    func testParallelBuildsWriteAndSayWhatASequentialBuildDoes() throws {
        let sequential = try build("out-seq", jobs: "1")
        XCTAssertEqual(sequential.status, 0, sequential.stderr)
        let expected = try files(under: work + "/out-seq")
        XCTAssertEqual(expected.count, 29 * 3 + 1 + 3, "29 editions (report.txt, index.html, report.xml), the index, 3 annexes")
        for (run, jobs) in [(1, "4"), (2, "4"), (3, "2")] {
            let parallel = try build("out-\(run)", jobs: jobs)
            XCTAssertEqual(parallel.status, 0, parallel.stderr)
            XCTAssertEqual(try files(under: work + "/out-\(run)"), expected, "run \(run)")
            XCTAssertEqual(parallel.stderr.replacingOccurrences(of: "out-\(run)/", with: "out-seq/"),
                           sequential.stderr, "run \(run)")
            XCTAssertEqual(parallel.stdout, sequential.stdout, "run \(run)")
        }
    }

    /// The first edition (in the editions' order) that cannot be rendered stops the build, whichever worker
    /// finished first: R4-3's 𠮷 is reported, not R4-17's, and nothing is written.
    func testTheFirstFailingEditionIsTheOneReported() throws {
        for name in ["R4-17", "R4-3"] {
            let path = work + "/input/\(name)/report.yaml"
            try Paths.read(path).replacingOccurrences(of: "表題: 住民基本台帳", with: "表題: 𠮷住民基本台帳")
                .write(toFile: path, atomically: true, encoding: .utf8)
        }
        let sequential = try build("out-seq", jobs: "1", ["--text-encoding", "cp932"])
        XCTAssertEqual(sequential.status, 1, sequential.stderr)
        // (--verbose: each edition without 別添 has its 注記 first; the failure is what follows them.)
        XCTAssertTrue(sequential.stderrWithoutWarnings.contains("R4-3"), sequential.stderr)
        XCTAssertFalse(sequential.stderrWithoutWarnings.contains("R4-17"), sequential.stderrWithoutWarnings)
        for run in 1...2 {
            let parallel = try build("out-\(run)", jobs: "4", ["--text-encoding", "cp932"])
            XCTAssertEqual(parallel.status, sequential.status)
            XCTAssertEqual(parallel.stderr.replacingOccurrences(of: "out-\(run)", with: "out-seq"), sequential.stderr)
            XCTAssertEqual(Workspace.temporaries(under: work + "/out-\(run)"), [])
            XCTAssertEqual(try files(under: work + "/out-\(run)"), [:])
        }
    }

    /// Editions are read on every core too: the problems of several come out in the editions' order.
    func testProblemsOfSeveralEditionsComeInTheirOrder() throws {
        for name in ["R4-2", "R4-11", "heisei"] {
            let path = work + "/input/\(name)/report.yaml"
            try Paths.read(path).replacingOccurrences(of: "年度: ", with: "年度: 昭和")
                .write(toFile: path, atomically: true, encoding: .utf8)
        }
        let sequential = try build("out-seq", jobs: "1")
        XCTAssertEqual(sequential.status, 1, sequential.stderr)
        for run in 1...2 {
            let parallel = try build("out-\(run)", jobs: "4")
            XCTAssertEqual(parallel.status, 1)
            XCTAssertEqual(parallel.stderr, sequential.stderr)
        }
    }
}

private enum EditionSet {
    static func isFile(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue
    }
}
