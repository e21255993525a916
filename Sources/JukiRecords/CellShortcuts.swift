import JukiModel

/// The CSV reader's byte-level shortcuts: for the cells of a large table, answers read off the UTF-8 bytes where
/// the full rules would build Characters and new strings (1,000,000 rows of certified-staff.csv). Each is derived
/// from the rule it shortens, never a copy of it: `Notation.blanks`, `TextRules.kind(of:)`, `Placeholder.marker`,
/// `TableReader.totalLabels`, `Count.limit`; CellShortcutTests holds each to its rule over generated cells.
enum CellShortcuts {
    /// True only when `RecordValue.text` would return the text as it is: not empty, no blank at either end
    /// (`Notation.hasBlankEnd`), no character the text rule refuses (line breaks are controls), no more bytes
    /// than the longest value may have characters, no 【要記入】. False sends the cell to the full rule.
    static func isPlain(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isPlain(utf8:)) ?? false
    }

    /// `isPlain`, of a cell's UTF-8 (a CSV field's, read where it stands).
    static func isPlain(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        !b.isEmpty && b.count <= TextRules.maxLength && !Notation.hasBlankEnd(utf8: b)
            && !TextRules.holdsForbidden(utf8: b) && !markerUTF8.withUnsafeBufferPointer { UTF8Bytes.contains($0, in: b) }
    }

    /// False only when a 所属 (as `RecordValue.text` gives it: no blank first) cannot be a total row's label:
    /// it does not begin with the first character of one. Most 所属 are passed over without a new string.
    static func mayBeTotal(_ unit: String) -> Bool {
        guard let first = unit.unicodeScalars.first else { return false }
        return totalFirstScalars.contains(first)
    }

    /// `mayBeTotal`, of a 所属's UTF-8: whether it begins with the UTF-8 of a label's first character.
    static func mayBeTotal(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        totalFirstUTF8.contains { b.starts(with: $0) }
    }

    /// ASCII digits, as nearly every count cell holds them, read without Characters: nil for anything else, or
    /// for more digits than are always within `Count.limit` (the full rule then reads it).
    static func asciiCount(_ text: String) -> Int? {
        text.utf8.withContiguousStorageIfAvailable(asciiCount(utf8:)) ?? nil
    }

    /// `asciiCount`, of a cell's UTF-8.
    static func asciiCount(utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        guard (1...asciiDigitsWithinLimit).contains(utf8.count),
              utf8.allSatisfy({ Notation.halfWidthDigit(Unicode.Scalar($0)) == Unicode.Scalar($0) }) else { return nil }
        return utf8.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    static let markerUTF8 = Array(Placeholder.marker.utf8)
    static let totalFirstScalars: [Unicode.Scalar] = Array(Set(TableReader.totalLabels.compactMap(\.unicodeScalars.first)))
    static let totalFirstUTF8: [[UInt8]] = totalFirstScalars.map { Array(String($0).utf8) }
    /// 12 for a limit of 999,999,999,999: every number of that many digits is within it.
    static let asciiDigitsWithinLimit: Int = {
        var digits = 0, largest = 9
        while largest <= Count.limit {
            digits += 1
            largest = largest * 10 + 9
        }
        return digits
    }()
}
