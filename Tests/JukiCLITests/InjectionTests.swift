import Foundation
import JukiTestSupport
import XCTest

/// Record text holding markup, template syntax or `]]>` appears literally in every output, never interpreted.
final class InjectionTests: XCTestCase {
    func testHostileRecordTextIsLiteralInEveryFormat() throws {
        let work = try Paths.workspaceWithR4()
        defer { try? FileManager.default.removeItem(atPath: work) }

        let lecturer = #"<script>alert('x')</script> & "\#u{301}q" {{title}} {{{title}}} ]]> <![CDATA[x]]>"#
        let yaml = work + "/input/R4/report.yaml"
        try (try Paths.read(yaml)).replacingOccurrences(of: "講師: 市町村課", with: "講師: '\(lecturer.replacingOccurrences(of: "'", with: "''"))'")
            .write(toFile: yaml, atomically: true, encoding: .utf8)
        let csv = work + "/input/R4/certified-staff.csv"
        try (try Paths.read(csv)).replacingOccurrences(of: "観光課,1", with: "\"観光課<b>&amp;{{.}}\",1")
            .write(toFile: csv, atomically: true, encoding: .utf8)

        let built = try CLIRun.run(["build", "--output", "out", "--templates", Paths.templates], in: work)
        XCTAssertEqual(built.status, 0, built.stderr)
        let text = try Paths.read(work + "/out/R4/report.txt")
        XCTAssertTrue(text.contains("講師：" + lecturer + "\n"), "report.txt holds the text as written")
        XCTAssertTrue(text.contains("観光課<b>&amp;{{.}}\t1人"))

        let html = try Paths.read(work + "/out/R4/index.html")
        XCTAssertFalse(html.contains("<script"), "no element from the records")
        XCTAssertFalse(html.contains("<b>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;\u{301}q&quot;"), "a quote before U+0301 is escaped")
        XCTAssertTrue(html.contains("{{title}} {{{title}}} ]]&gt; &lt;![CDATA[x]]&gt;"))
        XCTAssertTrue(html.contains("観光課&lt;b&gt;&amp;amp;{{.}}"))

        // The archive holds the same text and gives it back unchanged.
        let xml = try Paths.read(work + "/out/R4/report.xml")
        XCTAssertTrue(xml.contains("&lt;script&gt;"))
        let again = try CLIRun.run(["build", "--input", "out/R4/report.xml", "--site", "input/site.yaml", "--output", "again",
                                    "--templates", Paths.templates], in: work)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(try Paths.read(work + "/again/R4/report.txt"), text)
        XCTAssertEqual(try Paths.read(work + "/again/R4/index.html"), html)
    }
}
