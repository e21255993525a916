import JukiDiff
import JukiModel
import JukiRender
import JukiTestSupport
import XCTest

/// Record text and edition names that look like markup appear on the diff page as text, escaped per
/// Unicode scalar by the template (as on the other pages), in every kind of cell.
final class DiffEscapingTests: XCTestCase {
    static let hostile = "<script>alert(1)</script>&\"'\"\u{301} x=\"\u{301}"

    func testHostileTextIsEscapedOnTheDiffPage() throws {
        let templates = try Templates.load(directory: Paths.templates)
        let old = try read(Paths.inRoot("input/R4"))
        var new = old
        new.title = Self.hostile
        new.results.activities[0].name = Self.hostile
        new.results.trainings[0].lecturer = old.results.trainings[0].lecturer + Self.hostile
        let html = try DiffHTML.render(EditionDiff.compare(old, new, oldName: "R4", newName: Self.hostile), templates: templates)
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertFalse(html.contains("\"\u{301}"))
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;&quot;\u{301} x=&quot;\u{301}"
        XCTAssertTrue(html.contains("<title>R4 と \(escaped) の違い</title>"), html)
        XCTAssertTrue(html.contains("<ins>{+\(escaped)+}</ins>"), html)
        XCTAssertTrue(html.contains("<th scope=\"row\">\(escaped)</th>"), html)
    }
}
