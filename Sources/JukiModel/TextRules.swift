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

    @inlinable
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

    /// Whether UTF-8 bytes (a String's: valid) hold a character the rule refuses, for readers that look at
    /// every cell of a large table without making Characters: a scalar is decoded and asked of `kind(of:)` only
    /// when its first byte is one that `decodedLeadBytes` marks; the others are passed over whole.
    @inlinable
    public static func holdsForbidden<Bytes: RandomAccessCollection>(utf8 b: Bytes) -> Bool
        where Bytes.Element == UInt8, Bytes.Index == Int {
        decodedLeadBytes.withUnsafeBufferPointer { decode in
            var i = b.startIndex
            let end = b.endIndex
            while i < end {
                let lead = b[i]
                let length = UTF8Bytes.length(lead: lead)
                if decode[Int(lead)] {
                    guard i + length <= end else { return true }
                    guard let scalar = Unicode.Scalar(UTF8Bytes.value(b, at: i, length: length)),
                          kind(of: scalar) == nil else { return true }
                }
                i += length
            }
            return false
        }
    }

    /// By first byte of a UTF-8 sequence: whether some scalar it begins is refused, and so must be decoded:
    /// C0 and DEL; 0xC2 (C1 controls); 0xD8 (U+061C); 0xE2 (U+200B–U+200F, U+2028–U+202E, U+2060, U+2066–U+2069);
    /// 0xEF (U+FDD0–U+FDEF, U+FEFF, U+FFFE, U+FFFF); every four-byte lead (each plane ends in two noncharacters).
    /// Kana and kanji (E3–E9) and most ASCII are passed over. Written out, not derived at start (asking
    /// `kind(of:)` of every scalar up to U+FFFF cost 2.7 M instructions in every process, callgrind);
    /// TextRulesTests derives it from `kind(of:)` that way and requires the two to be equal.
    @usableFromInline
    static let decodedLeadBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for lead in [0x00...0x1F, 0x7F...0x7F, 0xC2...0xC2, 0xD8...0xD8, 0xE2...0xE2, 0xEF...0xEF, 0xF0...0xFF] {
            for byte in lead { table[byte] = true }
        }
        return table
    }()
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
