import Foundation
import JukiModel
import JukiRecords
import JukiRender
import JukiTestSupport
import XCTest

final class GoldenTextTests: XCTestCase {
    func render(_ dir: String) throws -> String {
        let templates = try Templates.load(directory: Paths.templates)
        switch EditionReader.read(directory: dir) {
        case .success(let edition): return try TextReport.render(edition, templates: templates)
        case .failure(let d):
            XCTFail("\(dir) was refused:\n\(d.rendered)")
            return ""
        }
    }

    /// The FY2022 records render to the published text: the reference begins with two blank lines and ends
    /// without a line break; ours starts at the title and ends with exactly one.
    func testR4RendersThePublishedText() throws {
        let published = try Paths.read(Paths.inRoot("Tests/Fixtures/R4-published.txt"))
        XCTAssertTrue(published.hasPrefix("\n\n"))
        let expected = String(published.dropFirst(2)) + "\n"
        XCTAssertEqual(try render(Paths.inRoot("input/R4")), expected)
    }

    /// The committed publication is what the records render to.
    func testCommittedOutputMatchesTheRecords() throws {
        XCTAssertEqual(try Paths.read(Paths.inRoot("output/R4/report.txt")), try render(Paths.inRoot("input/R4")))
    }

    /// Each test edition under Tests/Editions renders to its hand-written `expected/report.txt`.
    func testEveryTestEditionRendersItsExpectedText() throws {
        let root = Paths.inRoot("Tests/Editions")
        let names = try FileManager.default.contentsOfDirectory(atPath: root).sorted()
            .filter { FileManager.default.fileExists(atPath: "\(root)/\($0)/report.yaml") }
        XCTAssertGreaterThanOrEqual(names.count, 1)
        for name in names {
            Golden.assertEqual(try render("\(root)/\(name)"), file: "\(root)/\(name)/expected/report.txt")
        }
    }
}
