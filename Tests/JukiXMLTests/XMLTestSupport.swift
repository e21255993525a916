import Foundation
import JukiModel
import JukiRecords
import JukiRender
import JukiTestSupport
import JukiXML
import XCTest

/// What the XML tests share: the schema, editions read from records, and reading a document back.
enum XMLTest {
    static func schema() throws -> XMLSchema { try XMLSchema.load(templates: Paths.templates) }

    static func edition(_ dir: String, file: StaticString = #filePath, line: UInt = #line) throws -> Edition {
        switch EditionReader.read(directory: dir) {
        case .success(let e): return e
        case .failure(let d):
            XCTFail("\(dir) was refused:\n\(d.rendered)", file: file, line: line)
            throw CaseError("refused")
        }
    }

    /// Folders under Tests/Editions that hold records.
    static func testEditions() throws -> [String] {
        let root = Paths.inRoot("Tests/Editions")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.sorted().filter { FileManager.default.fileExists(atPath: "\(root)/\($0)/report.yaml") }
            .map { "\(root)/\($0)" }
    }
}
