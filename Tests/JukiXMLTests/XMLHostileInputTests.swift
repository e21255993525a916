import Foundation
import JukiModel
import JukiRecords
import JukiTestSupport
@testable import JukiXML
import XCTest

/// Untrusted XML: refused with a clear message and libxml2's line, nothing read from an entity's target.
final class XMLHostileInputTests: XCTestCase {
    /// The R4 archive, as written; the cases below change a line or two of it.
    func r4() throws -> String {
        try XMLArchive.document(for: try XMLTest.edition(Paths.inRoot("input/R4")), schema: try XMLTest.schema())
    }

    func replacing(_ old: String, with new: String, in text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let parts = text.components(separatedBy: old)
        XCTAssertEqual(parts.count, 2, "'\(old)' should occur once", file: file, line: line)
        return parts.joined(separator: new)
    }

    /// Reads `text` from a file in a fresh folder; the folder holds nothing else afterwards.
    func refusalFromFile(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/report.xml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = XMLArchive.read(path: path, schema: try XMLTest.schema())
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["report.xml"], "something was written",
                       file: file, line: line)
        guard case .failure(let d) = result else {
            XCTFail("the document was accepted", file: file, line: line)
            return ""
        }
        return d.rendered.replacingOccurrences(of: folder + "/", with: "")
    }

    // MARK: The three hostile documents of issue 4

    static let xxe = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE edition [
          <!ENTITY secret SYSTEM "file:///etc/passwd">
        ]>
        <edition xmlns="urn:juki-report:edition:1" version="1">
          <fiscalYear>2022</fiscalYear>
          <title>&secret;</title>
        </edition>
        """

    /// XXE: the DOCTYPE is refused as the parser meets it, before the entity is declared; libxml2 never
    /// asks for the entity's target, and the message quotes nothing of /etc/passwd.
    func testExternalEntityIsRefusedAndNothingIsRead() throws {
        let before = LibXML.externalLoadRequests
        let message = try refusalFromFile(Self.xxe)
        XCTAssertEqual(message, """
            report.xml:2:1: エラー: DOCTYPE（文書型宣言）のある XML は読みません。実体（ENTITY）や外部 DTD はファイルの読み出しや際限のない展開に使えるため、安全のため拒否します。DOCTYPE の宣言を消してください（juki-report が書く XML にはありません）。
            <!DOCTYPE edition [
            ^

            """)
        XCTAssertEqual(LibXML.externalLoadRequests, before, "libxml2 asked for an external entity")
        let passwd = (try? String(contentsOfFile: "/etc/passwd", encoding: .utf8)) ?? "root:x:0:0:"
        for line in passwd.split(separator: "\n") where line.count > 8 {
            XCTAssertFalse(message.contains(line), "the message quotes /etc/passwd")
        }
    }

    static let billionLaughs: String = {
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<!DOCTYPE edition [", "  <!ENTITY lol0 \"lol\">"]
        for i in 1...9 {
            lines.append("  <!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">")
        }
        lines += ["]>", "<edition xmlns=\"urn:juki-report:edition:1\" version=\"1\"><title>&lol9;</title></edition>", ""]
        return lines.joined(separator: "\n")
    }()

    /// Billion laughs (10⁹ "lol"s from 10 nested entities): refused at the DOCTYPE, before any expansion.
    /// The time limit is a watchdog against a hang (an expansion would take minutes), not a measurement.
    func testBillionLaughsIsRefusedQuickly() throws {
        let start = Date()
        let message = try refusalFromFile(Self.billionLaughs)
        XCTAssertLessThan(Date().timeIntervalSince(start), 30, "the entities seem to have been expanded")
        XCTAssertEqual(message, """
            report.xml:2:1: エラー: DOCTYPE（文書型宣言）のある XML は読みません。実体（ENTITY）や外部 DTD はファイルの読み出しや際限のない展開に使えるため、安全のため拒否します。DOCTYPE の宣言を消してください（juki-report が書く XML にはありません）。
            <!DOCTYPE edition [
            ^

            """)
        XCTAssertFalse(message.contains("lollol"))
    }

    /// Two breaks of the schema: a count in words, and an element the format does not have. Every one is
    /// reported, each at its line.
    func testSchemaBreakIsRefusedWithLines() throws {
        var text = try r4()
        text = replacing("<count>751</count>", with: "<count>七百五十一</count>", in: text)
        text = replacing("<lecturer>市町村課</lecturer>", with: "<teacher>市町村課</teacher>", in: text)
        XCTAssertEqual(try refusalFromFile(text), """
            report.xml:17:13: エラー: XML が形式（edition.xsd）に合いません（libxml2: Element 'count': '七百五十一' is not a valid value of the atomic type 'Count'.）。要素の名前・順序・値の書き方を templates/xml/edition.xsd と見比べて直してください。
                        <count>七百五十一</count>
                        ^
            report.xml:20:9: エラー: XML が形式（edition.xsd）に合いません（libxml2: Element 'teacher': This element is not expected. Expected is ( lecturer ).）。要素の名前・順序・値の書き方を templates/xml/edition.xsd と見比べて直してください。
                    <teacher>市町村課</teacher>
                    ^

            """)
    }

    // MARK: Other refusals

    /// A DOCTYPE naming an external DTD and nothing else: refused, and the DTD is not fetched.
    func testExternalDTDIsRefused() throws {
        let before = LibXML.externalLoadRequests
        let text = replacing("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                             with: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE edition SYSTEM \"file:///etc/passwd\">\n",
                             in: try r4())
        XCTAssertEqual(try refusalFromFile(text), """
            report.xml:2:1: エラー: DOCTYPE（文書型宣言）のある XML は読みません。実体（ENTITY）や外部 DTD はファイルの読み出しや際限のない展開に使えるため、安全のため拒否します。DOCTYPE の宣言を消してください（juki-report が書く XML にはありません）。
            <!DOCTYPE edition SYSTEM "file:///etc/passwd">
            ^

            """)
        XCTAssertEqual(LibXML.externalLoadRequests, before)
    }

    /// libxml2's message and line for XML that is not well-formed; the column is libxml2's (where it stopped).
    func testNotWellFormed() throws {
        let text = replacing("<lecturer>市町村課</lecturer>", with: "<lecturer>市町村課</lecturr>", in: try r4())
        XCTAssertEqual(try refusalFromFile(text), """
            report.xml:20:33: エラー: XML の書き方に誤りがあります（libxml2: Opening and ending tag mismatch: lecturer line 20 and lecturr）。タグの閉じ忘れと、値の中の & と < が &amp; と &lt; になっているかを確かめてください。
                    <lecturer>市町村課</lecturr>
                                                ^

            """)
    }

    /// Without a DOCTYPE no entity can be declared: a reference is an error, not a lookup.
    func testUndeclaredEntityWithoutDoctype() throws {
        let text = replacing("<lecturer>市町村課</lecturer>", with: "<lecturer>&secret;</lecturer>", in: try r4())
        XCTAssertEqual(try refusalFromFile(text), """
            report.xml:20:27: エラー: XML の書き方に誤りがあります（libxml2: Entity 'secret' not defined）。タグの閉じ忘れと、値の中の & と < が &amp; と &lt; になっているかを確かめてください。
                    <lecturer>&secret;</lecturer>
                                      ^

            """)
    }

    /// XInclude is not processed; the schema refuses the element (its column found from the tag).
    func testXIncludeIsNotFollowed() throws {
        let text = replacing("<lecturer>市町村課</lecturer>",
                             with: "<lecturer>市町村課</lecturer><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/>",
                             in: try r4())
        XCTAssertEqual(try refusalFromFile(text), """
            report.xml:20:34: エラー: XML が形式（edition.xsd）に合いません（libxml2: Element '{http://www.w3.org/2001/XInclude}include': This element is not expected. Expected is ( content ).）。要素の名前・順序・値の書き方を templates/xml/edition.xsd と見比べて直してください。
                    <lecturer>市町村課</lecturer><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/>
                                                 ^

            """)
    }

    /// Some other XML document.
    func testWrongRoot() throws {
        XCTAssertEqual(try refusalFromFile("<?xml version=\"1.0\"?>\n<html><body/></html>\n"), """
            report.xml:2:1: エラー: 最上位の要素が <html>（名前空間 なし）です。版の XML は名前空間 urn:juki-report:edition:1 の <edition> で始まります。juki-report が書いた report.xml を指定してください。
            <html><body/></html>
            ^

            """)
    }

    /// A later version of the format is named, not misread.
    func testOtherVersion() throws {
        let text = replacing("version=\"1\">", with: "version=\"2\">", in: try r4())
        XCTAssertEqual(try refusalFromFile(text), """
            report.xml:2:1: エラー: この XML の形式の版は「2」ですが、読めるのは版「1」です。記録から <edition version="1"> の XML を書き直して使ってください。
            <edition xmlns="urn:juki-report:edition:1" version="2">
            ^

            """)
    }

    /// Figures marked derived="true" are checked against what the document computes to; every
    /// disagreement names both values.
    func testDerivedFigureDisagrees() throws {
        var text = replacing("<unit>運転教育課</unit>\n          <unitCount derived=\"true\">13</unitCount>",
                             with: "<unit>運転教育課</unit>\n          <unitCount derived=\"true\">14</unitCount>", in: try r4())
        text = replacing("<total derived=\"true\">752</total>", with: "<total derived=\"true\">750</total>", in: text)
        text = replacing("<yearEnd derived=\"true\">2023-03-31</yearEnd>", with: "<yearEnd derived=\"true\">2022-03-31</yearEnd>", in: text)
        text = replacing("<fiscalYear derived=\"true\">2023</fiscalYear>", with: "<fiscalYear derived=\"true\">2024</fiscalYear>", in: text)
        XCTAssertEqual(try refusalFromFile(text), """
            report.xml:4:3: エラー: <yearEnd> は計算で求める値（derived="true"）で、2022-03-31とありますが、<fiscalYear>（2022年度）の年度末から求めると2023-03-31です。<yearEnd> を2023-03-31に直すか、元の値を直してください。
              <yearEnd derived="true">2022-03-31</yearEnd>
              ^
            report.xml:91:11: エラー: <unitCount> は計算で求める値（derived="true"）で、14とありますが、<unit> の数から求めると13です。<unitCount> を13に直すか、元の値を直してください。
                      <unitCount derived="true">14</unitCount>
                      ^
            report.xml:268:7: エラー: <total> は計算で求める値（derived="true"）で、750とありますが、<unit> の <count> の合計から求めると752です。<total> を752に直すか、元の値を直してください。
                  <total derived="true">750</total>
                  ^
            report.xml:298:5: エラー: <fiscalYear> は計算で求める値（derived="true"）で、2024とありますが、<edition> の <fiscalYear>（2022年度）の次の年度から求めると2023です。<fiscalYear> を2023に直すか、元の値を直してください。
                <fiscalYear derived="true">2024</fiscalYear>
                ^

            """)
    }

    /// The model's rules hold for an edition from XML too, and point at the element.
    func testModelRulePointsIntoTheXML() throws {
        let text = replacing("<start>2022-08</start>", with: "<start>2022-03</start>", in: try r4())
        XCTAssertEqual(try refusalFromFile(text), """
            report.xml:52:9: エラー: 時期「令和4年3月から8月」が令和4年度（令和4年4月から令和5年3月まで）の外です。
                    <period>
                    ^

            """)
    }

    /// A period that runs backwards: valid for the schema, refused by the reader.
    func testReversedPeriod() throws {
        let text = replacing("<end>2023-01</end>\n        </period>\n        <conductors>\n          <conductor>MYT", with: "<end>2022-10</end>\n        </period>\n        <conductors>\n          <conductor>MYT", in: try r4())
        XCTAssertEqual(try refusalFromFile(text), """
            report.xml:102:11: エラー: 「period」: 期間の終わり「2022-10」が始め「2022-11」より前です。
                      <end>2022-10</end>
                      ^

            """)
    }

    /// Bytes that are not UTF-8, pointed at.
    func testNotUTF8() throws {
        var bytes = Array(try r4().utf8)
        let at = bytes.firstIndex(of: UInt8(ascii: "<"))! + 200
        bytes[at] = 0xFF
        guard case .failure(let d) = XMLArchive.read(bytes: bytes, path: "report.xml", schema: try XMLTest.schema()) else {
            return XCTFail("accepted")
        }
        XCTAssertEqual(d.rendered, """
            report.xml:5:15: エラー: UTF-8 として読めないバイトがあります。XML は UTF-8 で保存してください。
              <title>住民基本台\u{FFFD}\u{FFFD}ネットワークシステムの セキュリティ対策の措置状況等について</title>
                               ^

            """)
    }

    /// The archive is UTF-8 only.
    func testOtherEncodingDeclared() throws {
        let text = replacing("encoding=\"UTF-8\"", with: "encoding=\"ISO-8859-1\"", in: try r4())
        XCTAssertEqual(try refusalFromFile(text), """
            report.xml:1:1: エラー: XML 宣言の encoding が「ISO-8859-1」です。UTF-8 で保存し、encoding="UTF-8" にしてください。
            <?xml version="1.0" encoding="ISO-8859-1"?>
            ^

            """)
    }
}
