@testable import JukiRecords
import JukiModel
import XCTest

/// The CSV reader's byte-level shortcuts (`CellShortcuts`) give what the full rules give (fast == slow), over
/// cells made of every total label, blanks, ASCII and 全角 digits, grouping commas, forbidden characters, quotes,
/// the 【要記入】 mark and plain text, one to three pieces long.
final class CellShortcutTests: XCTestCase {
    static let pieces: [String] = {
        var p = ["観光課", "中央", "総務課", "合同庁舎", "計画課", "a", "7", "751", "1,352,771", "12,34", "０", "７５１", "１，３５２",
                 "人", "件", "-", "－", "\"", "\"\"", ",", "【", "】", Placeholder.marker, "【要", "\r\n", "\n", "\r",
                 "\u{0000}", "\u{001B}", "\u{007F}", "\u{0085}", "\u{009B}", "\u{061C}", "\u{200B}", "\u{200E}",
                 "\u{202E}", "\u{2028}", "\u{2060}", "\u{2066}", "\u{FEFF}",
                 "\u{00A0}\u{00A0}", "é", "😀", "①", "～"]
        // Noncharacters (no Swift literal takes them).
        p += [0xFDD0, 0xFFFE, 0xFFFF, 0x1FFFF, 0x10FFFF].compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
        p += Array(TableReader.totalLabels)
        p += Notation.blanks.map { String(Character($0)) }
        return p
    }()

    static let cells: [String] = {
        var out = [""] + pieces
        for a in pieces {
            for b in pieces {
                out.append(a + b)
                for c in ["計", "合", "\u{3000}", " ", "7", "\u{200B}", "\""] { out.append(a + c + b) }
            }
        }
        return out
    }()

    func testPlainMeansTheTextRuleReturnsTheCellAsItIs() {
        var plain = 0
        for cell in Self.cells {
            let slow = RecordValue.text(cell, key: "所属")
            if CellShortcuts.isPlain(cell) {
                plain += 1
                guard case .success(let v) = slow, v == cell else { return XCTFail("plain, but the rule gives \(slow): \(cell.debugDescription)") }
            } else if case .success(let v) = slow, v == cell {
                // Not plain, though the rule keeps it: only where the shortcut is knowingly coarse (none today).
                XCTFail("kept as it is by the rule, yet not plain: \(cell.debugDescription)")
            }
        }
        XCTAssertGreaterThan(plain, 1000)
    }

    func testTheTotalShortcutPassesEveryTotalRow() {
        var totals = 0
        for cell in Self.cells {
            guard case .success(let unit) = RecordValue.text(cell, key: "所属") else { continue }
            let slow = TableReader.isTotal(unit)
            if slow { totals += 1 }
            XCTAssertEqual(CellShortcuts.mayBeTotal(unit) && TableReader.isTotal(unit), slow, unit.debugDescription)
            if !CellShortcuts.mayBeTotal(unit) { XCTAssertFalse(slow, unit.debugDescription) }
        }
        XCTAssertGreaterThanOrEqual(totals, TableReader.totalLabels.count * 4)
        for label in TableReader.totalLabels {
            XCTAssertTrue(TableReader.isTotal(label))
            XCTAssertTrue(TableReader.isTotal(String(label.flatMap { [$0, "\u{3000}"] }.dropLast())), label)
        }
    }

    func testTheASCIICountShortcutAgreesWithTheFullRule() {
        let digits = (0..<40).map { String(repeating: "9", count: $0) } + ["0", "007", "999999999999", "1000000000000"]
        for cell in Self.cells + digits {
            guard let fast = CellShortcuts.asciiCount(cell) else { continue }
            guard case .success(let slow) = Count.parseNotation(cell) else { return XCTFail(cell) }
            XCTAssertEqual(fast, slow, cell)
        }
        XCTAssertEqual(CellShortcuts.asciiDigitsWithinLimit, String(Count.limit).count)
        XCTAssertEqual(CellShortcuts.asciiCount("999999999999"), 999_999_999_999)
        XCTAssertNil(CellShortcuts.asciiCount("７５１"))
    }

    /// The shortcut as the reader uses it: a count cell read through `RecordValue.count` gives the same value or
    /// the same refusal whichever way it goes.
    func testCountCellsReadTheSameThroughEitherPath() {
        for cell in Self.cells {
            let full = RecordValue.count(cell, key: "人数", kind: .staffOfUnit, unit: "人")
            guard let fast = CellShortcuts.asciiCount(cell) else { continue }
            switch full {
            case .success(let n): XCTAssertEqual(n, fast, cell)
            case .failure(.value(.countTooLarge)): XCTAssertGreaterThan(fast, CountKind.staffOfUnit.maximum, cell)
            case .failure(let f): XCTFail("\(cell): \(f)")
            }
        }
    }

    /// The byte forms the CSV reader uses on a field where it stands give what the String forms give, and a
    /// count the reader takes from the bytes (`asciiCount` within the kind's maximum) is the full rule's count.
    func testTheByteFormsAgreeWithTheStringForms() {
        let digits = (0..<16).map { String(repeating: "9", count: $0) } + ["0", "007", "999999", "1000000"]
        for cell in Self.cells + digits {
            var bytes = cell
            bytes.withUTF8 { b in
                XCTAssertEqual(CellShortcuts.isPlain(utf8: b), CellShortcuts.isPlain(cell), cell.debugDescription)
                XCTAssertEqual(CellShortcuts.mayBeTotal(utf8: b), CellShortcuts.mayBeTotal(cell), cell.debugDescription)
                XCTAssertEqual(CellShortcuts.asciiCount(utf8: b), CellShortcuts.asciiCount(cell), cell.debugDescription)
                for kind in [CountKind.staffOfUnit, .staffTotal, .cases] {
                    guard let n = CellShortcuts.asciiCount(utf8: b), n <= kind.maximum else { continue }
                    guard case .success(let full) = RecordValue.count(cell, key: "人数", kind: kind, unit: "人") else {
                        return XCTFail(cell)
                    }
                    XCTAssertEqual(n, full, cell)
                }
            }
        }
    }

    /// A field read where it stands gives the text the kept table gives, quoted or not.
    func testFieldsReadInPlaceGiveTheTextsOfTheKeptTable() throws {
        let csv = Self.cells.prefix(400).map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"," + $0 }
            .joined(separator: "\n")
        var streamed: [[String]] = []
        _ = CSVTable.parse(csv) { row in streamed.append(row.fields.map(\.text)) }
        guard case .success(let kept) = CSVTable.parse(csv) else { return }
        XCTAssertEqual(streamed, kept.rows.map { $0.fields.map(\.text) })
        XCTAssertEqual(streamed.count, kept.rows.count)
    }
}
