import Foundation
import JukiModel
import JukiRecords
import JukiTestSupport
import XCTest

/// The one rule for text (JukiModel's `TextRules`), as the YAML and CSV readers and site.yaml apply it:
/// the characters it refuses, by name, and the longest value.
final class TextRuleTests: XCTestCase {
    // MARK: The characters

    func testEveryDirectionAndZeroWidthCharacterIsRefusedWithItsName() {
        let named: [UInt32: String] = [
            0x202A: "LEFT-TO-RIGHT EMBEDDING", 0x202B: "RIGHT-TO-LEFT EMBEDDING", 0x202C: "POP DIRECTIONAL FORMATTING",
            0x202D: "LEFT-TO-RIGHT OVERRIDE", 0x202E: "RIGHT-TO-LEFT OVERRIDE", 0x2066: "LEFT-TO-RIGHT ISOLATE",
            0x2067: "RIGHT-TO-LEFT ISOLATE", 0x2068: "FIRST STRONG ISOLATE", 0x2069: "POP DIRECTIONAL ISOLATE",
            0x200E: "LEFT-TO-RIGHT MARK", 0x200F: "RIGHT-TO-LEFT MARK", 0x061C: "ARABIC LETTER MARK",
            0x200B: "ZERO WIDTH SPACE", 0x200C: "ZERO WIDTH NON-JOINER", 0x200D: "ZERO WIDTH JOINER",
            0x2060: "WORD JOINER", 0xFEFF: "ZERO WIDTH NO-BREAK SPACE",
        ]
        for (value, name) in named {
            let scalar = Unicode.Scalar(value)!
            guard let found = TextRules.firstForbidden(in: "市町" + String(Character(scalar)) + "村課") else {
                XCTFail("U+\(String(value, radix: 16)) was not refused")
                continue
            }
            XCTAssertEqual(found.offset, 2)
            XCTAssertEqual(found.character.scalar, scalar)
            XCTAssertEqual(found.character.name, name)
            // The same name as Unicode's own (Swift's table), so the list above holds no typo.
            XCTAssertEqual(scalar.properties.name, name)
        }
    }

    func testEveryNoncharacterIsRefusedAndOrdinaryTextIsNot() {
        let noncharacters = Array(0xFDD0...0xFDEF) + (0...16).flatMap { [$0 << 16 | 0xFFFE, $0 << 16 | 0xFFFF] }
        XCTAssertEqual(noncharacters.count, 66)
        for value in noncharacters {
            let scalar = Unicode.Scalar(UInt32(value))!
            XCTAssertEqual(TextRules.firstForbidden(in: String(Character(scalar)))?.character.kind, .noncharacter,
                           "U+\(String(value, radix: 16))")
        }
        // Every other scalar of the BMP and the first supplementary plane is refused exactly as the rule says:
        // C0 (tab too), DEL, C1, U+2028/2029, the direction and zero-width characters above, noncharacters.
        for value in UInt32(0)...0x1FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let refused = TextRules.isForbidden(scalar)
            XCTAssertEqual(refused, scalar.properties.isNoncharacterCodePoint || value < 0x20 || (0x7F...0x9F).contains(value)
                           || [0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                               0x200E, 0x200F, 0x061C, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF].contains(value),
                           "U+\(String(value, radix: 16))")
        }
        XCTAssertNil(TextRules.firstForbidden(in: "住基ネットの概要、運用上の留意事項 等　①㈱髙～…―"))
    }

    /// The byte-level check the CSV reader's shortcut uses says what the rule says of every scalar (as UTF-8,
    /// 1 to 4 bytes, inside other text).
    func testTheByteLevelCheckAgreesWithTheRuleForEveryScalar() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let field = "観光" + String(Character(scalar)) + "課"
            XCTAssertEqual(TextRules.holdsForbidden(utf8: Array(field.utf8)), TextRules.isForbidden(scalar),
                           "U+\(String(value, radix: 16))")
        }
        XCTAssertFalse(TextRules.holdsForbidden(utf8: Array("観光課…―「」①".utf8)))
    }

    // MARK: The longest value

    /// A value over `TextRules.maxLength` characters (a 10 MB CSV cell made libxml2 refuse its "huge text node"
    /// when build wrote the XML) is refused where it starts, in YAML and in CSV alike.
    func testAValueOverTheLimitIsRefusedAtItsStart() throws {
        let root = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dir = root + "/R4"
        try Paths.copyFolder(Paths.inRoot("input/R4"), to: dir)
        let long = String(repeating: "あ", count: TextRules.maxLength + 1)
        let atLimit = String(repeating: "い", count: TextRules.maxLength)
        try edit(dir + "/report.yaml", "    講師: 市町村課", "    講師: " + long)
        try edit(dir + "/report.yaml", "    講師: MYTコンサルティング株式会社", "    講師: " + atLimit)
        try edit(dir + "/certified-staff.csv", "観光課,1", "\"" + long + "\",1")
        guard case .failure(let d) = EditionReader.read(directory: dir) else { return XCTFail("accepted") }
        let heads = d.rendered.replacingOccurrences(of: root + "/", with: "").split(separator: "\n")
            .filter { $0.contains("エラー") }
        XCTAssertEqual(heads, [
            "R4/report.yaml:13:9: エラー: 「講師」が長すぎます（100,001文字、上限100,000文字）。1つの値の文を短くするか、分けてください。",
            "R4/certified-staff.csv:10:1: エラー: 「所属」が長すぎます（100,001文字、上限100,000文字）。1つの値の文を短くするか、分けてください。",
        ])
    }

    // MARK: site.yaml

    func testSiteYAMLRefusesTheSameCharacters() throws {
        XCTAssertEqual(try siteRefusal("  電話: 045-210-0000", "  電話: 045-210-\u{202E}0000"), """
            site.yaml:22:15: エラー: 「電話」に文字の向きを変える制御文字 U+202E（RIGHT-TO-LEFT OVERRIDE）が含まれています。表示では前後の文字の並びが入れ替わります。消してください（エディタでは見えないことがあります）。
              電話: 045-210-\u{FFFD}0000
                            ^

            """)
        XCTAssertEqual(try siteRefusal("  担当所属: 総務局 地域政策部", "  担当所属: 総務局\u{200B} 地域政策部"), """
            site.yaml:21:12: エラー: 「担当所属」に幅のない文字 U+200B（ZERO WIDTH SPACE）が含まれています。見た目は同じでも別の文字列になります。消してください（エディタでは見えないことがあります）。
              担当所属: 総務局\u{FFFD} 地域政策部 市町村課 住民基本台帳グループ
                              ^

            """)
        XCTAssertEqual(try siteRefusal("サイト名: 神奈川県", "サイト名: 神奈\u{FFFF}川県"), """
            site.yaml:6:9: エラー: 文字でない符号 U+FFFF（非文字）があります。XML に書けません。消してください（エディタでは見えないことがあります）。
            サイト名: 神奈\u{FFFD}川県
                          ^

            """)
    }

    // MARK: Helpers

    private func edit(_ path: String, _ old: String, _ new: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(text.components(separatedBy: old).count, 2, "'\(old)' once in \(path)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }

    private func siteRefusal(_ old: String, _ new: String) throws -> String {
        let root = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/site.yaml"
        try FileManager.default.copyItem(atPath: Paths.inRoot("input/site.yaml"), toPath: path)
        try edit(path, old, new)
        guard case .failure(let d) = SiteConfigReader.read(path: path, editions: ["R4"]) else {
            XCTFail("site.yaml accepted")
            return ""
        }
        return d.rendered.replacingOccurrences(of: root + "/", with: "")
    }
}
