import Foundation
import JukiDiagnostics
import JukiModel
import JukiRecords
import JukiTestSupport
import XCTest

/// The one rule for edition names, and the one writer of site.yaml's 更新日 lines.
final class EditionNameTests: XCTestCase {
    /// Every name the project uses as an edition (folders of input/, Tests/Editions, Tests/DiffFixtures) passes.
    func testEveryNameInUseIsAnEditionName() throws {
        var names = ["R4", "R5", "R10", "H30", "Z-old", "R4-1", "a_b", String(repeating: "R", count: 64)]
        for folder in ["input", "Tests/Editions", "Tests/DiffFixtures"] {
            names += try FileManager.default.contentsOfDirectory(atPath: Paths.inRoot(folder)).filter { !$0.hasSuffix(".yaml") }
        }
        for name in names { XCTAssertTrue(EditionName.isValid(name), name) }
    }

    func testNamesThatAreNotSafeAsAFolderAURLOrAYAMLKeyAreRefused() {
        let bad = ["", "javascript:alert(document.domain)", "a:b", "index.html", ".hid", ".", "..", "...", "R5 #2", "[R5]",
                   "*R5", "!R5", "'R5", "@R5", "- R5", "{R5}", "? R5", "R5: x", "\"R5\"", "R5 ", " R5", "-R5", "_R5",
                   "R5/x", "R5\\x", "R5\0", "R5\t", "R5\n", "R5\u{2028}", "R5\u{202E}", "R５", "令和5", "R5%2F", "R5?x",
                   "R5#x", "R5&x", "R5+x", "R5~", String(repeating: "R", count: 65)]
        for name in bad { XCTAssertFalse(EditionName.isValid(name), name) }
    }

    /// Names are shown in messages with invisible characters spelled out (a terminal escape is not sent raw).
    func testTheMessageShowsInvisibleCharactersAndTheRule() {
        XCTAssertEqual(Problem.unsafeEditionName("R5\u{1B}[2J\u{202E}x").message,
                       "版の名前「R5<U+001B>[2J<U+202E>x」は使えません。版の名前は半角の英字・数字と「-」「_」で書き、英字か数字で始め、"
                       + "64文字までにしてください（例: R5）。")
        let long = String(repeating: "あ", count: 200)
        XCTAssertTrue(Problem.unsafeEditionName(long).message.hasPrefix("版の名前「" + String(repeating: "あ", count: 80) + "…（200文字）」は使えません。"))
    }

    /// The 更新日 key is written through one function that quotes what YAML would misread, so even a name
    /// that the rule refuses would read back as itself.
    func testUpdatedKeysAreQuotedWhereYAMLWouldMisreadThem() throws {
        let site = try Paths.read(Paths.inRoot("input/site.yaml"))
        for key in ["R5", "R5 #2", "[R5]", "*R5", "!R5", "'R5", "@R5", "- R5", "{R5}", "? R5", "R5: x", "\"R5\"", "R5 ",
                    "a\\b", "R5\t", "null", "~", "R5\u{85}"] {
            let text = SiteConfigEditor.addingUpdated(key, to: site)
            let entries = try XCTUnwrap(SiteConfigEditor.updatedEntries(in: text), key)
            XCTAssertEqual(entries.map(\.key), ["R4", key], key)
            XCTAssertEqual(entries.last?.value, "【要記入】", key)
        }
        XCTAssertTrue(SiteConfigEditor.addingUpdated("R5", to: site).hasSuffix("更新日:\n  R4: 令和5年6月30日\n  R5: 【要記入】\n"))
        XCTAssertTrue(SiteConfigEditor.addingUpdated("R5 #2", to: site).hasSuffix("  R4: 令和5年6月30日\n  \"R5 #2\": 【要記入】\n"))
        // The file's line ends and indent are kept; a file without 更新日 gets the block at its end.
        XCTAssertEqual(SiteConfigEditor.addingUpdated("R5", to: "a: b\r\n更新日:\r\n    R4: x\r\nc: d\r\n"),
                       "a: b\r\n更新日:\r\n    R4: x\r\n    R5: 【要記入】\r\nc: d\r\n")
        XCTAssertEqual(SiteConfigEditor.addingUpdated("R5", to: "a: b\n"), "a: b\n更新日:\n  R5: 【要記入】\n")
    }
}
