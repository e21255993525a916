import Foundation
import JukiTestSupport
import XCTest

/// The cases of Tests/BadInputs named *-accepted*, through the CLI: the changes above their `@@ refused` line,
/// alone, pass `check` (exit 0, its one line on stderr, nothing else) and `build` (exit 0, nothing on stderr),
/// and the report.txt written is the one the case expects (`== expected report.txt`). The whole case is
/// refused with its message (CheckBrokenExamplesTests).
final class AcceptedInputTests: XCTestCase {
    func testTheAcceptedChangesAlonePassCheckAndBuildTheExpectedReport() throws {
        let cases = try InputCase.all(in: Paths.inRoot("Tests/BadInputs")).map(InputCase.load).filter { $0.acceptedChanges != nil }
        XCTAssertGreaterThanOrEqual(cases.count, 12)
        var built = 0
        for c in cases {
            let alone = try XCTUnwrap(c.acceptedAlone)
            let expected = try XCTUnwrap(try c.expectedReportText(), c.name)
            let root = try Paths.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: root) }
            let edition = ((try alone.materialize(in: root)) as NSString).lastPathComponent
            let site = Paths.inRoot((c.base as NSString).deletingLastPathComponent + "/site.yaml")
            try FileManager.default.copyItem(atPath: site, toPath: root + "/input/site.yaml")

            let check = try CLIRun.run(["check", "--input", "input", "--templates", Paths.templates, edition], in: root)
            XCTAssertEqual(check.status, 0, "\(c.name): check\n\(check.stderr)")
            XCTAssertEqual(check.stderrWithoutWarnings, "誤りはありません: \(edition)\n", "\(c.name): check")
            XCTAssertEqual(check.stdout, "", "\(c.name): check")

            let build = try CLIRun.run(["build", "--input", "input", "--output", "out", "--templates", Paths.templates, edition],
                                       in: root)
            XCTAssertEqual(build.status, 0, "\(c.name): build\n\(build.stderr)")
            XCTAssertEqual(build.stderr, "", "\(c.name): build")
            let report = try Paths.read(root + "/out/\(edition)/report.txt")
            XCTAssertEqual(report, expected, "\(c.name): report.txt\n\(Golden.firstDifference(expected, report))")
            built += 1
        }
        XCTAssertEqual(built, cases.count)
    }
}
