/// The one rule for the text of every value, wherever it is read (report.yaml, the CSV tables, site.yaml,
/// report.xml read back) and wherever it is shown (diagnostics, HTML): which characters a value may not hold,
/// and how long it may be.
///
/// - Control characters (C0, DEL, C1, U+2028, U+2029): a tab splits a table cell, the others are invisible in
///   an editor yet break the outputs; U+009B drives a terminal.
/// - Direction controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C): they reorder what follows
///   on the page and in report.txt (「751名」 shown as 「名157」).
/// - Zero-width characters (U+200B–U+200D, U+2060, U+FEFF inside text; a BOM that starts a file is read as
///   one by the decoder): 「観光\u{200B}課」 looks like 観光課 yet is another unit, counted twice.
/// - Noncharacters (U+FDD0–U+FDEF, U+nFFFE, U+nFFFF): XML 1.0 (and so libxml2, writing report.xml) refuses
///   U+FFFE and U+FFFF, and none of them is text.
public enum TextRules {
    /// The most characters (Unicode scalars) one value may hold. The longest value in ten years of records
    /// is a finding of a few hundred characters, and 100,000 is about 80 pages of Japanese text, so no real
    /// value comes near it; while even at 4 bytes a character it stays 25 times under libxml2's limit for
    /// one text node (10,000,000 bytes), which a 10 MB CSV cell passed to the XML writer broke.
    public static let maxLength = 100_000

    /// The first character `text` may not hold: its offset in Unicode scalars, and what it is.
    public static func firstForbidden(in text: String) -> (offset: Int, character: ForbiddenCharacter)? {
        for (i, s) in text.unicodeScalars.enumerated() {
            if let kind = kind(of: s) { return (i, ForbiddenCharacter(scalar: s, kind: kind)) }
        }
        return nil
    }

    /// What a value breaks the rule with first, if it does: a character, else its length.
    public static func check(_ text: String) -> Violation? {
        if let (offset, character) = firstForbidden(in: text) { return .character(character, offset: offset) }
        // Only text of more bytes than the limit can hold more scalars than it.
        if text.utf8.count > maxLength {
            let length = text.unicodeScalars.count
            if length > maxLength { return .tooLong(length: length) }
        }
        return nil
    }

    public enum Violation: Hashable, Sendable {
        case character(ForbiddenCharacter, offset: Int)
        case tooLong(length: Int)
    }

    public static func isForbidden(_ s: Unicode.Scalar) -> Bool { kind(of: s) != nil }

    public static func kind(of s: Unicode.Scalar) -> ForbiddenCharacter.Kind? {
        let v = s.value
        switch v {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return .control
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return .direction
        case 0x200B...0x200D, 0x2060, 0xFEFF: return .zeroWidth
        case 0xFDD0...0xFDEF: return .noncharacter
        default: return v & 0xFFFE == 0xFFFE ? .noncharacter : nil
        }
    }

    /// Whether UTF-8 bytes may hold a character the rule refuses (a tab too): a shortcut for readers
    /// that look at every cell of a large table. Never false for text that holds one; true also for a few
    /// harmless characters that share their bytes' shape (the caller then applies the rule itself).
    @inlinable
    public static func mayHoldForbidden<Bytes: RandomAccessCollection>(utf8 b: Bytes) -> Bool
        where Bytes.Element == UInt8, Bytes.Index == Int {
        var i = b.startIndex
        let end = b.endIndex
        while i < end {
            let c = b[i]
            i += 1
            if c < 0x80 {
                if c < 0x20 || c == 0x7F { return true }
                continue
            }
            // Only these lead bytes begin a refused character; the bytes after them are read only then.
            switch c {
            case 0xC2:                                                                // C1: C2 80–9F
                if i < end, b[i] <= 0x9F { return true }
            case 0xD8:                                                                // U+061C: D8 9C
                if i < end, b[i] == 0x9C { return true }
            case 0xE2:                                                                // U+200B–200F, U+2028–202E,
                guard i + 1 < end else { break }                                      // U+2060, U+2066–2069
                let c1 = b[i], c2 = b[i + 1]
                if c1 == 0x80, (0x8B...0x8F).contains(c2) || (0xA8...0xAE).contains(c2) { return true }
                if c1 == 0x81, c2 == 0xA0 || (0xA6...0xA9).contains(c2) { return true }
            case 0xEF:                                                                // U+FEFF, U+FDD0–FDEF, U+FFFE/F
                guard i + 1 < end else { break }
                let c1 = b[i], c2 = b[i + 1]
                if (c1 == 0xBB && c2 == 0xBF) || (c1 == 0xB7 && (0x90...0xAF).contains(c2)) || (c1 == 0xBF && c2 >= 0xBE) {
                    return true
                }
            case 0xF0...0xF4:                                                         // U+nFFFE/F: F? ?F BF BE/BF
                if i + 1 < end, b[i] & 0x0F == 0x0F, b[i + 1] == 0xBF { return true }
            default:
                break
            }
        }
        return false
    }
}

/// A character the text rule refuses, named for the message: U+202E（RIGHT-TO-LEFT OVERRIDE）.
public struct ForbiddenCharacter: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case control, direction, zeroWidth, noncharacter
    }

    public let scalar: Unicode.Scalar
    public let kind: Kind

    public init(scalar: Unicode.Scalar, kind: Kind) {
        self.scalar = scalar
        self.kind = kind
    }

    /// U+0009, U+202E: at least four hexadecimal digits.
    public var code: String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Unicode's name for a direction or zero-width character; nil for the others (controls have none,
    /// noncharacters are not characters).
    public var name: String? { Self.names[scalar.value] }

    static let names: [UInt32: String] = [
        0x061C: "ARABIC LETTER MARK", 0x200E: "LEFT-TO-RIGHT MARK", 0x200F: "RIGHT-TO-LEFT MARK",
        0x202A: "LEFT-TO-RIGHT EMBEDDING", 0x202B: "RIGHT-TO-LEFT EMBEDDING", 0x202C: "POP DIRECTIONAL FORMATTING",
        0x202D: "LEFT-TO-RIGHT OVERRIDE", 0x202E: "RIGHT-TO-LEFT OVERRIDE",
        0x2066: "LEFT-TO-RIGHT ISOLATE", 0x2067: "RIGHT-TO-LEFT ISOLATE", 0x2068: "FIRST STRONG ISOLATE",
        0x2069: "POP DIRECTIONAL ISOLATE",
        0x200B: "ZERO WIDTH SPACE", 0x200C: "ZERO WIDTH NON-JOINER", 0x200D: "ZERO WIDTH JOINER",
        0x2060: "WORD JOINER", 0xFEFF: "ZERO WIDTH NO-BREAK SPACE",
    ]
}
