import Foundation
import JukiTestSupport
import XCTest

/// A pipe as an edition's report.xml, given as --input: refused by name, without waiting on the pipe.
final class ArchiveFileTests: XCTestCase {
    func testAPipeAsInputXMLIsRefused() throws {
        let work = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        try FileManager.default.createDirectory(atPath: work + "/R9", withIntermediateDirectories: false)
        XCTAssertEqual(mkfifo(work + "/R9/report.xml", 0o644), 0)
        let r = try CLIRun.run(["check", "--input", "R9/report.xml", "--site", Paths.inRoot("input/site.yaml"),
                                "--templates", Paths.templates], in: work)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("エラー: 「R9/report.xml」は普通のファイルではありません（パイプや装置など）。"), r.stderr)
    }
}
