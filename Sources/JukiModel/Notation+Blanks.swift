extension Notation {
    /// The one rule for blanks, in every reader (report.yaml, site.yaml, the CSV tables, report.xml): the
    /// characters that show as nothing, so that a value made of them is empty and they are dropped around a value.
    ///
    /// - U+0020 SPACE and U+0009 TAB;
    /// - U+3000 IDEOGRAPHIC SPACE (全角スペース), which a Japanese IME types for the space bar;
    /// - U+00A0 NO-BREAK SPACE, which text copied from a web page (an empty table cell, `&nbsp;`) brings.
    ///
    /// Line breaks are not blanks: a value holding one is refused as more than one line (the XML reader drops
    /// them around numbers and dates only, as XML Schema's types do). Blanks inside a value are content
    /// (「住基ネットの概要　等」).
    public static let blanks: [Unicode.Scalar] = [" ", "\t", "\u{3000}", "\u{00A0}"]

    public static func isBlank(_ c: Character) -> Bool {
        c == " " || c == "\u{3000}" || c == "\t" || c == "\u{00A0}"
    }

    /// Whether UTF-8 bytes begin or end with a blank: a shortcut for readers that look at every cell of a
    /// large table (a cell that does not, and passes the other checks, is its own value). Exact: derived from
    /// `blanks`, and a test holds it to `isBlank`.
    @inlinable
    public static func hasBlankEnd<Bytes: RandomAccessCollection>(utf8 b: Bytes) -> Bool
        where Bytes.Element == UInt8, Bytes.Index == Int {
        for u in blanksUTF8 where b.count >= u.count {
            var atStart = true, atEnd = true
            for k in 0..<u.count {
                if b[b.startIndex + k] != u[k] { atStart = false }
                if b[b.endIndex - u.count + k] != u[k] { atEnd = false }
            }
            if atStart || atEnd { return true }
        }
        return false
    }

    public static let blanksUTF8: [[UInt8]] = blanks.map { Array(String(Character($0)).utf8) }

    /// Whether the text is nothing but blanks (or nothing).
    public static func isBlank<S: StringProtocol>(_ text: S) -> Bool { text.allSatisfy(isBlank) }

    /// The text without the blanks around it.
    public static func trimmed<S: StringProtocol>(_ text: S) -> String {
        var s = Substring(text)
        while let f = s.first, isBlank(f) { s.removeFirst() }
        while let l = s.last, isBlank(l) { s.removeLast() }
        return String(s)
    }

    /// Without blanks and line breaks around it: how XML Schema reads an integer or a date (its white space is
    /// space, tab, CR and LF; a 全角 space there is refused by the schema before this is asked).
    public static func trimmedXML<S: StringProtocol>(_ text: S) -> String {
        var s = Substring(text)
        func isSpace(_ c: Character) -> Bool { isBlank(c) || c == "\n" || c == "\r" || c == "\r\n" }
        while let f = s.first, isSpace(f) { s.removeFirst() }
        while let l = s.last, isSpace(l) { s.removeLast() }
        return String(s)
    }
}
