import Foundation
import JukiModel
import JukiRecords
import JukiTestSupport
import XCTest

/// Every case in Tests/BadInputs: the changed edition is refused with exactly the expected message.
final class BadInputTests: XCTestCase {
    static let folder = Paths.inRoot("Tests/BadInputs")

    func testEveryCaseGivesItsExactMessage() throws {
        let cases = try InputCase.all(in: Self.folder)
        XCTAssertGreaterThan(cases.count, 300)
        var refused = 0
        for path in cases {
            let c = try InputCase.load(path)
            let root = try Paths.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: root) }
            let dir = try c.materialize(in: root)
            switch EditionReader.read(directory: dir) {
            case .success:
                XCTFail("\(c.name): the edition was accepted")
            case .failure(let d):
                refused += 1
                let message = d.rendered.replacingOccurrences(of: root + "/", with: "")
                if Golden.recording {
                    Golden.record(InputCase.replacingExpected(in: try Paths.read(path), with: message), to: path)
                } else {
                    XCTAssertEqual(message, c.expected, "\(c.name):\n\(Golden.firstDifference(c.expected, message))")
                }
            }
        }
        XCTAssertEqual(refused, cases.count)
    }

    /// A case named *-accepted* shows that something odd is read (全角 digits, a BOM, CP932 …) while another
    /// change is refused: the changes above its `@@ refused` line must be accepted alone, or the case proves
    /// acceptance only by the absence of a message. (What they publish: AcceptedInputTests, through the CLI.)
    func testTheAcceptedChangesOfEveryAcceptedCaseAreAcceptedAlone() throws {
        let cases = try InputCase.all(in: Self.folder).map(InputCase.load)
        let named = cases.filter { $0.name.contains("accepted") }
        XCTAssertGreaterThanOrEqual(named.count, 12)
        XCTAssertEqual(cases.filter { $0.acceptedChanges != nil }.map(\.name), named.map(\.name),
                       "a case has '@@ refused' exactly when its name says *-accepted*")
        let base = try EditionReader.read(directory: Paths.inRoot("input/R4")).get()
        var accepted = 0
        for c in named {
            let count = try XCTUnwrap(c.acceptedChanges, c.name)
            XCTAssertTrue(count > 0 && count < c.changes.count, "\(c.name): changes on both sides of '@@ refused'")
            let alone = try XCTUnwrap(c.acceptedAlone)
            let root = try Paths.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: root) }
            switch EditionReader.read(directory: try alone.materialize(in: root)) {
            case .failure(let d):
                XCTFail("\(alone.name) was refused:\n\(d.rendered)")
            case .success(let edition):
                accepted += 1
                // Read as the same edition as R4's records, when the case says its report.txt is R4's.
                if c.base == "input/R4" && c.expectedReport == .unchanged { XCTAssertEqual(edition, base, c.name) }
            }
        }
        XCTAssertEqual(accepted, named.count)
    }
}
