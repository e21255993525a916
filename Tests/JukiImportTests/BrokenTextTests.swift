import Foundation
import JukiDiagnostics
import JukiImport
import JukiRecords
import JukiRender
import JukiTestSupport
import XCTest

/// Published texts that cannot be placed or that disagree with themselves (Tests/ImportCases, one case a
/// file, in the format of Tests/BadInputs: edits of output/R4/report.txt and the exact message), and a
/// CP932 text with a broken byte. Nothing is made of any of them.
final class BrokenTextTests: XCTestCase {
    static let folder = Paths.inRoot("Tests/ImportCases")

    func rendered(_ bytes: [UInt8]) -> String? {
        switch PublishedText.read(bytes: bytes, path: "report.txt") {
        case .success: return nil
        case .failure(var d):
            d.closing = .summary(toFill: 0, errors: d.count, nothingWritten: true)
            return d.rendered
        }
    }

    func testEveryCaseFailsWithItsMessage() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 30)
        for name in names {
            let path = Self.folder + "/" + name
            let c = try InputCase.load(path)
            let root = try Paths.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: root) }
            let dir = try c.materialize(in: root)
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/report.txt")))
            guard let message = rendered(bytes) else { XCTFail("\(name): read without a problem"); continue }
            if Golden.recording {
                if message != c.expected {
                    Golden.record(InputCase.replacingExpected(in: try String(contentsOfFile: path, encoding: .utf8), with: message), to: path)
                }
            } else {
                XCTAssertEqual(message, c.expected, name)
            }
        }
    }

    /// Every case whose only errors are figures the text gets wrong (a published typo) reads, with
    /// --accept-stated, to R4's records: each figure is taken as counted (or from the 年度), and said.
    func testAcceptStatedTakesEveryTypoAsCounted() throws {
        let records = try EditionReader.read(directory: Paths.inRoot("input/R4")).get()
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".txt") }.sorted()
        var typos = 0
        for name in names {
            let c = try InputCase.load(Self.folder + "/" + name)
            let errors = c.expected.components(separatedBy: "\n").filter { $0.contains(": エラー: ") }
            guard !errors.isEmpty, errors.allSatisfy({ $0.contains("--accept-stated を付けると") }) else { continue }
            typos += 1
            let root = try Paths.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: root) }
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: try c.materialize(in: root) + "/report.txt")))
            switch PublishedText.read(bytes: bytes, path: "report.txt", acceptStated: true) {
            case .success(let imported):
                XCTAssertEqual(imported.edition, records, name)
                XCTAssertEqual(imported.corrections.count, errors.count, name)
                XCTAssertTrue(imported.corrections.allSatisfy { $0.severity == .correction }, name)
            case .failure(let d): XCTFail("\(name):\n\(d.rendered)")
            }
        }
        XCTAssertEqual(typos, 10)
    }

    /// A CP932 text (as saved on Windows) with one byte broken: named by its line and byte.
    func testACP932TextWithABrokenByte() throws {
        let text = try Paths.read("output/R4/report.txt")
        var bytes = try WindowsText.encode(text, cp932: true, crlf: true).get()
        // The second byte of 講 (CP932 8D 75) in 講師 of the first training, on line 9, made one CP932 never uses.
        let lecturer = try XCTUnwrap(WindowsText.encode("講師：市町村課", cp932: true, crlf: false).get() as [UInt8]?)
        let at = try XCTUnwrap((0...(bytes.count - lecturer.count)).first { bytes[$0..<($0 + lecturer.count)].elementsEqual(lecturer) })
        bytes[at] = 0x85
        bytes[at + 1] = 0x7F
        XCTAssertEqual(rendered(bytes), """
            report.txt:9:1: エラー: UTF-8 としても Shift_JIS（CP932）としても読めないバイトがあります（先頭から179バイト目）。\
            Excel では「CSV UTF-8（コンマ区切り）」か「CSV（コンマ区切り）」で、エディタでは UTF-8 で保存し直してください。
            1件の誤りがありました。何も書いていません。

            """)
    }
}
