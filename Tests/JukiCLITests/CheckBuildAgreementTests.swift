import Foundation
import JukiTestSupport
import XCTest

/// `check` and `build` agree on every bad input: what `check` accepts, `build` publishes; what `check` refuses,
/// `build` refuses the same way (exit 1), and never fails blaming itself (exit 2, 「juki-report の不具合です」)
/// on records a reader should have refused with a position. A case named *-accepted* is run twice: whole (both
/// refuse it) and with only the changes above its `@@ refused` line (both accept it, exit 0).
final class CheckBuildAgreementTests: XCTestCase {
    /// The site frame for any edition of the corpus: Tests/Editions/site.yaml knows the test editions, R4 is added.
    static func siteYAML() throws -> String {
        try Paths.read(Paths.inRoot("Tests/Editions/site.yaml")) + "  R4: 令和5年6月30日\n"
    }

    struct Outcome {
        var name: String
        /// The exit status both commands must give: 0 for the accepted changes of a case alone, else 1.
        var expected: Int32
        var check: CLIRun
        var build: CLIRun
    }

    /// Runs `check`, then `build`, on the materialized case, in a fresh folder.
    static func run(_ c: InputCase, expected: Int32, site: String) throws -> Outcome {
        let root = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dir = try c.materialize(in: root)
        try site.write(toFile: root + "/input/site.yaml", atomically: true, encoding: .utf8)
        let edition = (dir as NSString).lastPathComponent
        let check = try CLIRun.run(["check", "--input", root + "/input", edition])
        let build = try CLIRun.run(["build", "--quiet", "--input", root + "/input", "--output", root + "/output", edition])
        return Outcome(name: c.name, expected: expected, check: check, build: build)
    }

    func testCheckAndBuildAgreeOnEveryBadInput() throws {
        let paths = try InputCase.all(in: Paths.inRoot("Tests/BadInputs"))
        XCTAssertGreaterThan(paths.count, 300)
        let cases = try paths.map(InputCase.load)
        let runs = cases.map { ($0, Int32(1)) } + cases.compactMap(\.acceptedAlone).map { ($0, Int32(0)) }
        XCTAssertGreaterThanOrEqual(runs.count - cases.count, 12)
        let site = try Self.siteYAML()
        let results = Results()
        let start = Date()
        // Two at a time: the machine has two cores, and each case is two short processes.
        DispatchQueue.concurrentPerform(iterations: 2) { lane in
            for i in stride(from: lane, to: runs.count, by: 2) {
                do {
                    results.add(try Self.run(runs[i].0, expected: runs[i].1, site: site))
                } catch {
                    results.fail("\(runs[i].0.name): \(error)")
                }
            }
        }
        let seconds = Date().timeIntervalSince(start)
        print("check + build over \(runs.count) cases: \(String(format: "%.1f", seconds)) s (a print, not an assert)")
        for failure in results.failures { XCTFail(failure) }
        XCTAssertEqual(results.outcomes.count, runs.count)
        for o in results.outcomes.sorted(by: { $0.name < $1.name }) {
            let summary = "\(o.name): check \(o.check.status), build \(o.build.status)\n\(o.build.stderr)"
            XCTAssertEqual(o.check.status == 0, o.build.status == 0, "check and build disagree: " + summary)
            XCTAssertNotEqual(o.check.status, 2, summary)
            XCTAssertNotEqual(o.build.status, 2, summary)
            XCTAssertFalse(o.build.stderr.contains("不具合"), summary)
            // Every case of the corpus is refused (those named *-accepted* are accepted in one respect and refused
            // in another); the accepted changes of such a case, alone, are accepted by both.
            XCTAssertEqual(o.check.status, o.expected, summary)
            XCTAssertEqual(o.build.status, o.expected, summary)
        }
    }

    /// A 10 MB cell (libxml2 refuses a text node over 10,000,000 bytes): `check` and `build` both refuse it at its place.
    func testAHugeCellIsRefusedByCheckAndBuildAlike() throws {
        let work = try Paths.workspaceWithR4()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let path = work + "/input/R4/certified-staff.csv"
        let text = try Paths.read(path)
        try text.replacingOccurrences(of: "観光課,1", with: String(repeating: "観", count: 3_500_000) + ",1")
            .write(toFile: path, atomically: true, encoding: .utf8)
        for arguments in [["check", "--input", work + "/input"],
                          ["build", "--quiet", "--input", work + "/input", "--output", work + "/output"]] {
            let run = try CLIRun.run(arguments)
            XCTAssertEqual(run.status, 1, arguments[0] + ": " + String(run.stderr.prefix(300)))
            XCTAssertTrue(run.stderr.hasPrefix(work + "/input/R4/certified-staff.csv:10:1: エラー: 「所属」が長すぎます（3,500,000文字、上限100,000文字）。"),
                          arguments[0] + ": " + String(run.stderr.prefix(300)))
        }
    }
}

/// What the two lanes found, collected under a lock.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var outcomes: [CheckBuildAgreementTests.Outcome] = []
    private(set) var failures: [String] = []

    func add(_ o: CheckBuildAgreementTests.Outcome) { lock.withLock { outcomes.append(o) } }
    func fail(_ s: String) { lock.withLock { failures.append(s) } }
}
