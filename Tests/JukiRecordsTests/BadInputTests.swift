import Foundation
import JukiRecords
import JukiTestSupport
import XCTest

/// Every case in Tests/BadInputs: the changed edition is refused with exactly the expected message.
final class BadInputTests: XCTestCase {
    func testEveryCaseGivesItsExactMessage() throws {
        let cases = try InputCase.all(in: Paths.inRoot("Tests/BadInputs"))
        XCTAssertGreaterThan(cases.count, 0)
        for path in cases {
            let c = try InputCase.load(path)
            let root = try Paths.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: root) }
            let dir = try c.materialize(in: root)
            switch EditionReader.read(directory: dir) {
            case .success:
                XCTFail("\(c.name): the edition was accepted")
            case .failure(let d):
                let message = d.rendered.replacingOccurrences(of: root + "/", with: "")
                if Golden.recording {
                    let text = try String(contentsOfFile: path, encoding: .utf8)
                    let head = text.components(separatedBy: "\n== expected\n")[0]
                    Golden.record(head + "\n== expected\n" + message, to: path)
                } else {
                    XCTAssertEqual(message, c.expected, "\(c.name):\n\(Golden.firstDifference(c.expected, message))")
                }
            }
        }
    }
}
