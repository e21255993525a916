import JukiDiagnostics
import JukiImport
import JukiModel
import JukiRecords
import JukiTestSupport
import XCTest

/// The records `import` writes read back (EditionReader) into the model they were written from.
final class RecordsWriterTests: XCTestCase {
    func write(_ e: Edition) throws -> String {
        let dir = try Paths.temporaryFolder() + "/E"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, text) in EditionRecords.files(for: e) {
            try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
        }
        return dir
    }

    func testEveryEditionsRecordsReadBack() throws {
        for edition in RoundTripTests.editions {
            let e = try EditionReader.read(directory: Paths.inRoot(edition)).get()
            let dir = try write(e)
            switch EditionReader.read(directory: dir) {
            case .success(let back): XCTAssertEqual(back, e, edition)
            case .failure(let d): XCTFail("\(edition):\n\(d.rendered)")
            }
        }
    }

    /// R4's records as import writes them are the hand-written ones, comments and all.
    func testR4IsWrittenAsByHand() throws {
        let e = try EditionReader.read(directory: Paths.inRoot("input/R4")).get()
        let files = Dictionary(uniqueKeysWithValues: EditionRecords.files(for: e).map { ($0.name, $0.text) })
        for name in ["report.yaml", "certified-staff.csv", "findings.csv"] {
            XCTAssertEqual(files[name], try Paths.read("input/R4/" + name), name)
        }
    }
}
