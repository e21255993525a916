import Foundation
import JukiModel
import JukiRecords
import JukiTestSupport
@testable import JukiXML
import XCTest

/// report.xml read back applies the same text rule as the YAML and CSV readers (JukiModel's `TextRules`):
/// a tab, a C1 control (U+0085, U+009B, which drives a terminal), U+2028, a direction or zero-width
/// character, or a value over the longest allowed, written as a character reference or as itself, is refused
/// at the element that holds it.
final class XMLTextRuleTests: XCTestCase {
    func r4() throws -> String {
        try XMLArchive.document(for: try XMLTest.edition(Paths.inRoot("input/R4")), schema: try XMLTest.schema())
    }

    func refusal(_ old: String, _ new: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let text = try r4()
        let parts = text.components(separatedBy: old)
        XCTAssertEqual(parts.count, 2, "'\(old)' should occur once", file: file, line: line)
        let path = "R4/report.xml"
        guard case .failure(let d) = XMLArchive.read(bytes: Array(parts.joined(separator: new).utf8), path: path,
                                                     schema: try XMLTest.schema()) else {
            XCTFail("the document was accepted", file: file, line: line)
            return ""
        }
        return d.rendered
    }

    func testATabInANameIsRefusedAtItsElement() throws {
        XCTAssertEqual(try refusal("<name>観光課</name>", "<name>観光課&#x9;</name>"), """
            R4/report.xml:189:9: エラー: 「<name>」に制御文字（U+0009）が含まれています。消してください（タブや改行は出力の表と段落を崩します）。
                    <name>観光課&#x9;</name>
                    ^

            """)
    }

    /// The blank rule of every reader (`Notation.isBlank`): a value of only 全角 spaces is empty, as in a
    /// YAML value or a CSV cell.
    func testAValueOfOnlyBlanksIsEmpty() throws {
        XCTAssertEqual(try refusal("<lecturer>市町村課</lecturer>", "<lecturer>\u{3000}\u{3000}</lecturer>"), """
            R4/report.xml:20:9: エラー: 「<lecturer>」が空です。値を書いてください。
                    <lecturer>\u{3000}\u{3000}</lecturer>
                    ^

            """)
    }

    func testC1ControlsAndTheLineSeparatorAreRefused() throws {
        for (reference, code) in [("&#x85;", "U+0085"), ("&#x9B;", "U+009B"), ("&#x2028;", "U+2028"), ("\u{9B}", "U+009B")] {
            XCTAssertEqual(try refusal("<lecturer>市町村課</lecturer>", "<lecturer>市町\(reference)村課</lecturer>"), """
                R4/report.xml:20:9: エラー: 「<lecturer>」に制御文字（\(code)）が含まれています。消してください（タブや改行は出力の表と段落を崩します）。
                        <lecturer>市町\(reference == "\u{9B}" ? "\u{FFFD}" : reference)村課</lecturer>
                        ^

                """)
        }
    }

    func testDirectionAndZeroWidthCharactersAreRefused() throws {
        XCTAssertEqual(try refusal("<lecturer>市町村課</lecturer>", "<lecturer>市町村課&#x202E;</lecturer>"), """
            R4/report.xml:20:9: エラー: 「<lecturer>」に文字の向きを変える制御文字 U+202E（RIGHT-TO-LEFT OVERRIDE）が含まれています。表示では前後の文字の並びが入れ替わります。消してください（エディタでは見えないことがあります）。
                    <lecturer>市町村課&#x202E;</lecturer>
                    ^

            """)
        XCTAssertEqual(try refusal("<name>観光課</name>", "<name>観光\u{200B}課</name>"), """
            R4/report.xml:189:9: エラー: 「<name>」に幅のない文字 U+200B（ZERO WIDTH SPACE）が含まれています。見た目は同じでも別の文字列になります。消してください（エディタでは見えないことがあります）。
                    <name>観光\u{FFFD}課</name>
                    ^

            """)
    }

    /// libxml2 itself refuses U+FFFF (XML 1.0 has no such character), at its line.
    func testANoncharacterIsRefusedByTheParserAtItsLine() throws {
        let message = try refusal("<lecturer>市町村課</lecturer>", "<lecturer>市町村課&#xFFFF;</lecturer>")
        XCTAssertTrue(message.hasPrefix("R4/report.xml:20:"), message)
    }

    func testAValueOverTheLimitIsRefused() throws {
        let long = String(repeating: "あ", count: TextRules.maxLength + 1)
        let message = try refusal("<lecturer>市町村課</lecturer>", "<lecturer>\(long)</lecturer>")
        XCTAssertEqual(message.split(separator: "\n").first,
                       "R4/report.xml:20:9: エラー: 「<lecturer>」が長すぎます（100,001文字、上限100,000文字）。1つの値の文を短くするか、分けてください。")
    }
}
