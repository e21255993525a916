import Foundation
import JukiRender
import JukiTestSupport
import XCTest

/// `--templates` may name a symbolic link to the folder (a department keeps its templates elsewhere and links
/// them in): it is read through the link, as any folder is.
final class TemplatesLinkTests: XCTestCase {
    func testAFolderNamedThroughALinkLoads() throws {
        let work = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        try FileManager.default.createSymbolicLink(atPath: work + "/templates", withDestinationPath: Paths.templates)
        for path in [work + "/templates", work + "/templates/"] {
            XCTAssertNoThrow(try Templates.load(directory: path, only: ["text", "html"]), path)
        }
    }
}
