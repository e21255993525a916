import Foundation
import JukiTestSupport
import XCTest

/// The golden files of the render and XML tests are written in the test process; here `juki-report build`, a
/// second process (its own hash seed, its own start), must write the same bytes. This replaces comparing two
/// renders in one process, which could only agree.
final class GoldenBuildTests: XCTestCase {
    var work = ""

    override func setUpWithError() throws {
        work = try Paths.temporaryFolder()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: work)
    }

    static let renderGolden = Paths.inRoot("Tests/JukiRenderTests/Golden")
    static let xmlGolden = Paths.inRoot("Tests/JukiXMLTests/Golden")

    func build(_ arguments: [String]) throws {
        let r = try CLIRun.run(["build", "--templates", Paths.templates] + arguments, in: work)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
    }

    func assertSame(_ written: String, _ golden: String, file: StaticString = #filePath, line: UInt = #line) throws {
        Golden.assertMatches(try Paths.read(work + "/" + written), file: golden, file: file, line: line)
    }

    /// R4 with its fragment: the page, the fragment and the archive are the render and XML tests' golden files.
    func testR4IsBuiltAsItsGoldenFiles() throws {
        try Paths.copyFolder(Paths.inRoot("input/R4"), to: work + "/input/R4")
        try FileManager.default.copyItem(atPath: Paths.inRoot("input/site.yaml"), toPath: work + "/input/site.yaml")
        try build(["--input", "input", "--output", "out", "--html-fragment"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work + "/out/R4").sorted(),
                       ["fragment.html", "index.html", "report.txt", "report.xml"])
        try assertSame("out/R4/report.txt", Paths.inRoot("output/R4/report.txt"))
        try assertSame("out/R4/index.html", Self.renderGolden + "/R4.html")
        try assertSame("out/R4/fragment.html", Self.renderGolden + "/R4.fragment.html")
        try assertSame("out/R4/report.xml", Self.xmlGolden + "/R4.xml")
        try assertSame("out/index.html", Paths.inRoot("output/index.html"))
    }

    /// An edition with 別添1–3 (updated 令和6年4月1日, as HTMLFixture.site gives a test edition).
    func testTheAnnexEditionIsBuiltAsItsGoldenFiles() throws {
        try Paths.copyFolder(Paths.inRoot("Tests/Editions/annexes"), to: work + "/input/annexes")
        let site = try Paths.read(Paths.inRoot("input/site.yaml")) + "  annexes: 令和6年4月1日\n"
        try site.write(toFile: work + "/input/site.yaml", atomically: true, encoding: .utf8)
        try build(["annexes", "--input", "input", "--output", "out"])
        try assertSame("out/annexes/report.txt", Paths.inRoot("Tests/Editions/annexes/expected/report.txt"))
        try assertSame("out/annexes/report.xml", Self.xmlGolden + "/annexes.xml")
        for page in ["annex1.html", "annex2.html", "annex3.html"] {
            try assertSame("out/annexes/" + page, Self.renderGolden + "/annexes." + page)
        }
    }

    /// Every test edition, built, then built again from its report.xml by a third process: report.txt is the
    /// edition's expected/report.txt both times, and every file of the second build is the first's.
    func testEveryTestEditionRoundTripsThroughItsArchiveInOtherProcesses() throws {
        let editions = Paths.inRoot("Tests/Editions")
        let names = try FileManager.default.contentsOfDirectory(atPath: editions).sorted()
            .filter { FileManager.default.fileExists(atPath: "\(editions)/\($0)/report.yaml") }
        XCTAssertGreaterThanOrEqual(names.count, 8)
        try build(["--input", editions, "--output", "out"])
        for name in names {
            try assertSame("out/\(name)/report.txt", "\(editions)/\(name)/expected/report.txt")
            try build(["--input", "out/\(name)/report.xml", "--site", editions + "/site.yaml", "--output", "again"])
            let files = try FileManager.default.contentsOfDirectory(atPath: work + "/out/\(name)").sorted()
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work + "/again/\(name)").sorted(), files, name)
            XCTAssertTrue(files.contains("report.xml") && files.contains("index.html"), name)
            for file in files {
                XCTAssertEqual(try Paths.read(work + "/again/\(name)/\(file)"), try Paths.read(work + "/out/\(name)/\(file)"),
                               "\(name)/\(file)")
            }
        }
    }
}
