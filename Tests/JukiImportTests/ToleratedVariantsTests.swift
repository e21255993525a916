import JukiDiagnostics
import JukiImport
import JukiModel
import JukiRecords
import JukiRender
import JukiTestSupport
import XCTest

/// The R4 text as it is found in the wild — another encoding, other line ends, blank lines lost or doubled,
/// tables pasted with blanks, 全角/半角 punctuation — reads to the same records as the text itself.
final class ToleratedVariantsTests: XCTestCase {
    typealias Variant = (name: String, bytes: [UInt8])

    static func variants() throws -> [Variant] {
        let text = try Paths.read("output/R4/report.txt")
        let lines = text.components(separatedBy: "\n").dropLast()
        func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }
        func cp932(_ s: String) -> [UInt8] { (try? WindowsText.encode(s, cp932: true, crlf: false).get()) ?? [] }
        func mapLines(_ f: (String) -> String) -> String { lines.map(f).joined(separator: "\n") + "\n" }
        func tables(_ separator: String) -> String { mapLines { $0.replacing("\t", with: separator) } }
        /// Labels of the results (全角) written 半角, and of the plan (半角) written 全角.
        let results = ["受講者", "講師", "内容", "備考", "実施者", "対象", "実施概要", "監査結果"]
        func colons(_ from: String, _ to: String) -> String {
            mapLines { line in
                for label in results where line.hasPrefix(label + from) { return label + to + line.dropFirst(label.count + from.count) }
                return line
            }
        }
        /// The brackets of the numbered headings ((1) 第1回（令和4年6月…）) swapped between 全角 and 半角.
        func brackets(open: String, close: String, numbers: Bool) -> String {
            mapLines { line in
                guard line.hasPrefix("("), line.hasSuffix("）") || line.hasSuffix(")"), let o = line.lastIndex(where: { $0 == "（" || $0 == "(" }),
                      o > line.startIndex else { return line }
                var l = String(line[..<o]) + open + line[line.index(after: o)...].dropLast() + close
                if numbers { l = "（" + l.dropFirst().replacing(") ", with: "） ") }
                return l
            }
        }
        func dropBlank(seed: UInt64, share: Int) -> String {
            var g = SplitMix(seed: seed)
            return lines.filter { !$0.isEmpty || Int.random(in: 0..<share, using: &g) != 0 }.joined(separator: "\n") + "\n"
        }
        func doubleBlank(seed: UInt64) -> String {
            var g = SplitMix(seed: seed)
            return lines.map { $0.isEmpty && Bool.random(using: &g) ? "\n" : $0 }.joined(separator: "\n") + "\n"
        }
        let noBlank = lines.filter { !$0.isEmpty }.joined(separator: "\n")
        let published = try Paths.read("Tests/Fixtures/R4-published.txt")
        var out: [Variant] = [
            ("as built", utf8(text)),
            ("as published (two blank lines first, no final newline)", utf8(published)),
            ("CRLF", utf8(text.replacing("\n", with: "\r\n"))),
            ("CR", utf8(text.replacing("\n", with: "\r"))),
            ("CP932", cp932(text)),
            ("CP932 and CRLF", cp932(text.replacing("\n", with: "\r\n"))),
            ("CP932, as published", cp932(published)),
            ("UTF-8 with a BOM", [0xEF, 0xBB, 0xBF] + utf8(text)),
            ("no final newline", utf8(String(text.dropLast()))),
            ("three final newlines", utf8(text + "\n\n")),
            ("five leading blank lines", utf8("\n\n\n\n\n" + text)),
            ("no blank lines at all", utf8(noBlank)),
            ("no blank lines, CRLF, CP932", cp932(noBlank.replacing("\n", with: "\r\n"))),
            ("every blank line doubled", utf8(mapLines { $0.isEmpty ? "\n" : $0 })),
            ("blank lines holding blanks", utf8(mapLines { $0.isEmpty ? " \t　" : $0 })),
            ("tables with one space", utf8(tables(" "))),
            ("tables with three spaces", utf8(tables("   "))),
            ("tables with a tab and spaces", utf8(tables(" \t "))),
            ("tables with two tabs", utf8(tables("\t\t"))),
            ("tables with no-break spaces", utf8(tables("\u{00A0}\u{00A0}"))),
            ("tables with 全角 spaces", utf8(tables("　"))),
            ("results' colons 半角", utf8(colons("：", ":"))),
            ("results' colons 半角 with a space", utf8(colons("：", ": "))),
            ("plan's colons 全角", utf8(colons(": ", "："))),
            ("headings' brackets 半角", utf8(brackets(open: "(", close: ")", numbers: false))),
            ("headings' brackets 全角", utf8(brackets(open: "（", close: "）", numbers: false))),
            ("numbers in 全角 brackets", utf8(brackets(open: "（", close: "）", numbers: true))),
            ("trailing blanks on every line", utf8(mapLines { $0.isEmpty ? $0 : $0 + "  " })),
            ("leading 全角 spaces on paragraphs", utf8(mapLines { $0.isEmpty || $0.contains("\t") ? $0 : "　" + $0 })),
            ("target counts in 半角 brackets", utf8(text.replacing("：（13所属）", with: "：(13所属)").replacing("：（15所属）", with: "：(15所属)"))),
        ]
        for seed in 1...6 { out.append(("blank lines dropped (seed \(seed))", utf8(dropBlank(seed: UInt64(seed), share: 3)))) }
        for seed in 1...4 { out.append(("blank lines doubled (seed \(seed))", utf8(doubleBlank(seed: UInt64(seed))))) }
        return out
    }

    func testEveryVariantReadsToR4sRecords() throws {
        let records = try EditionReader.read(directory: Paths.inRoot("input/R4")).get()
        let variants = try Self.variants()
        XCTAssertGreaterThanOrEqual(variants.count, 30)
        for (name, bytes) in variants {
            XCTAssertFalse(bytes.isEmpty, name)
            switch PublishedText.read(bytes: bytes, path: "report.txt") {
            case .success(let e): XCTAssertEqual(e, records, name)
            case .failure(let d): XCTFail("\(name):\n\(d.rendered)")
            }
        }
    }

    /// The variants are variants: each differs from the text as built.
    func testEveryVariantChangesTheText() throws {
        let variants = try Self.variants()
        for (name, bytes) in variants.dropFirst() { XCTAssertNotEqual(bytes, variants[0].bytes, name) }
        XCTAssertEqual(Set(variants.map(\.bytes)).count, variants.count)
    }
}
