extension Notation {
    /// 1,352,771: a figure grouped by thousands, as the report, the messages, the drafts and the diffs print
    /// it (a small function rather than `NumberFormatter`, whose output depends on the locale data installed).
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// 7 for 7 and for ７ (全角): the digits the records may be typed in; nil for any other character.
    public static func digit(_ c: Character) -> Int? {
        guard let s = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return nil }
        return halfWidthDigit(s).map { Int($0.value - 0x30) }
    }

    /// The ASCII digit for an ASCII or 全角 digit (U+FF10–U+FF19).
    @inlinable
    public static func halfWidthDigit(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x30...0x39: return s
        case 0xFF10...0xFF19: return Unicode.Scalar(s.value - 0xFF10 + 0x30)
        default: return nil
        }
    }

    /// The text with its 全角 digits written as ASCII ones (令和４年６月 → 令和4年6月); the rest kept.
    public static func halfWidthDigits(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0xFF10...0xFF19).contains($0.value) }) else { return text }
        var out = ""
        out.unicodeScalars.append(contentsOf: text.unicodeScalars.map { halfWidthDigit($0) ?? $0 })
        return out
    }
}
