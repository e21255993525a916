import Foundation
import JukiDiagnostics
import JukiTestSupport
import JukiXML
import XCTest

/// The schema is found in the templates folder; a missing or broken one is reported, not guessed around.
final class XMLSchemaTests: XCTestCase {
    func testLoadsFromTheTemplatesFolder() throws {
        let schema = try XMLSchema.load(templates: Paths.templates + "/")
        XCTAssertEqual(schema.path, Paths.templates + "/xml/edition.xsd")
    }

    func testMissingSchema() throws {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        XCTAssertThrowsError(try XMLSchema.load(templates: folder)) { error in
            XCTAssertEqual((error as? Diagnostics)?.rendered, "エラー: XML の形式（スキーマ）「\(folder)/xml/edition.xsd」がありません。"
                           + "リポジトリの templates/ を --templates で指定してください。\n")
        }
    }

    func testBrokenSchemaIsReportedWithItsLine() throws {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/xml", withIntermediateDirectories: true)
        let path = folder + "/xml/edition.xsd"
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="edition" type="xs:nothing"/>
            </xs:schema>

            """.write(toFile: path, atomically: true, encoding: .utf8)
        // The schema's own failure is rendered like every other: its line quoted, a caret at its first character.
        XCTAssertThrowsError(try XMLSchema.load(templates: folder)) { error in
            XCTAssertEqual((error as? Diagnostics)?.rendered, """
                エラー: XML の形式（スキーマ）「\(path)」に誤りがあります。
                \(path):3:3: エラー: element decl. 'edition', attribute 'type': The QName value '{http://www.w3.org/2001/XMLSchema}nothing' does not resolve to a(n) type definition.
                  <xs:element name="edition" type="xs:nothing"/>
                  ^

                """)
        }
    }

    /// Every element the schema declares carries a Japanese xs:documentation.
    func testEveryElementIsDocumented() throws {
        let text = try Paths.read(Paths.inRoot("templates/xml/edition.xsd"))
        var undocumented: [String] = []
        let lines = text.components(separatedBy: "\n")
        for (i, line) in lines.enumerated() where line.contains("<xs:element name=") {
            let next = lines[(i + 1)...].prefix(3).joined(separator: "\n")
            if !(line.contains("<xs:annotation>") || next.contains("<xs:documentation xml:lang=\"ja\">")) {
                undocumented.append(line.trimmingCharacters(in: .whitespaces))
            }
        }
        XCTAssertEqual(undocumented, [])
    }
}
