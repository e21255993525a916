import Foundation
import JukiModel
import JukiRender
import JukiTestSupport
import XCTest

/// Links to editions on the index are relative paths a browser cannot read as a scheme, whatever the name.
final class EditionLinkTests: XCTestCase {
    func testIndexLinksStartWithDotSlashAndEncodeAllButUnreserved() throws {
        let templates = try HTMLFixture.templates()
        let site = try HTMLFixture.site(extraEditions: [])
        let r4 = try HTMLFixture.edition(Paths.inRoot("input/R4"))
        let names = ["R4": "./R4/", "javascript:alert(document.domain)": "./javascript%3Aalert%28document.domain%29/",
                     "a:b": "./a%3Ab/", "R 4": "./R%204/", "令和": "./%E4%BB%A4%E5%92%8C/", "x/y": "./x%2Fy/"]
        for (name, folder) in names {
            let html = try HTMLIndex.render([.init(name: name, edition: r4, files: ["report.txt"])], site: site, templates: templates)
            XCTAssertTrue(html.contains("href=\"\(folder)index.html\""), name)
            XCTAssertTrue(html.contains("href=\"\(folder)report.txt\""), name)
        }
    }
}
