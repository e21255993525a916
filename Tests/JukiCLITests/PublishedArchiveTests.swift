import Foundation
import JukiTestSupport
import XCTest

/// Editions published before, found in the output folder by their report.xml: one that no longer reads
/// stops the build with its file and reason, instead of silently leaving the index.
final class PublishedArchiveTests: XCTestCase {
    var work = ""

    override func setUpWithError() throws {
        work = try Paths.workspaceWithR4()
        try Workspace.addCopiesOfR4(in: work, count: 2)
        XCTAssertEqual(try build([]).status, 0)
        let xml = work + "/out/R4-1/report.xml"
        try (try Paths.read(xml)).replacingOccurrences(of: "version=\"1\"", with: "version=\"2\"")
            .write(toFile: xml, atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: work)
    }

    func build(_ editions: [String]) throws -> CLIRun {
        try CLIRun.run(["build"] + editions + ["--input", "input", "--output", "out", "--templates", Paths.templates], in: work)
    }

    func testAnUnreadableArchiveStopsTheBuildAndIsNamed() throws {
        let index = try Paths.read(work + "/out/index.html")
        let r = try build(["R4"])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("out/R4-1/report.xml:"), r.stderr)
        XCTAssertTrue(r.stderr.contains("version"), r.stderr)
        XCTAssertTrue(r.stderr.hasSuffix("""
            エラー: 出力先の版「R4-1」の out/R4-1/report.xml を読めません（上の誤り）。このままでは一覧（out/index.html）から\
            この版が消えます。記録から作り直す（build R4-1）か、要らない版ならフォルダ「out/R4-1」を消してください。何も書いていません。

            """), r.stderr)
        XCTAssertEqual(try Paths.read(work + "/out/index.html"), index)
    }

    /// Rebuilding the edition replaces its archive: the old one does not matter then.
    func testRebuildingTheEditionMendsIt() throws {
        let r = try build(["R4", "R4-1"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(try Paths.read(work + "/out/index.html").contains("R4-1/index.html"))
    }

    /// Removing the edition's folder is the other way out.
    func testRemovingTheEditionMendsIt() throws {
        try FileManager.default.removeItem(atPath: work + "/out/R4-1")
        XCTAssertEqual(try build(["R4"]).status, 0)
    }

    /// An edition with a large table writes a large report.xml (113 MB for 1,000,000 rows): past the 64 MiB
    /// that `--input x.xml` reads whole, it must still be listed by every later build, not called unreadable.
    func testALargePublishedArchiveIsListed() throws {
        XCTAssertEqual(try build(["R4-1"]).status, 0)
        let xml = work + "/out/R4-1/report.xml"
        let text = try Paths.read(xml)
        let padded = text.replacingOccurrences(of: "<results>", with: "<results>" + String(repeating: " ", count: 65 * 1024 * 1024))
        try padded.write(toFile: xml, atomically: true, encoding: .utf8)
        let r = try build(["R4"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(try Paths.read(work + "/out/index.html").contains("./R4-1/index.html"))
    }
}
