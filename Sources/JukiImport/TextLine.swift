import JukiDiagnostics
import JukiModel

/// One line of a published text that holds something: its text without the blanks around it, and where it
/// stands. Blank lines are dropped: every paragraph of the layout is one line, so a missing or doubled
/// blank line (a page copied from a browser) changes nothing.
struct TextLine: Sendable {
    let number: Int
    let text: String
    /// Unicode scalars of blanks before `text` on its line.
    let lead: Int

    static func lines(of file: SourceFile) -> [TextLine] {
        var out: [TextLine] = []
        for n in 1...max(1, file.lineCount) {
            guard let raw = file.line(n), !Notation.isBlank(raw) else { continue }
            let lead = raw.prefix(while: Notation.isBlank).unicodeScalars.count
            out.append(TextLine(number: n, text: Notation.trimmed(raw), lead: lead))
        }
        return out
    }

    /// The line's text without blanks and with 全角 brackets and colons made 半角: how fixed wording
    /// (headings, labels) is compared, whichever variant a copy of the text uses.
    var folded: String { Fold.fold(text) }
}

/// The tolerated variants of the layout's fixed punctuation, in one place.
enum Fold {
    static func fold<S: StringProtocol>(_ s: S) -> String {
        var out = ""
        for c in s where !Notation.isBlank(c) { out.append(plain(c)) }
        return out
    }

    /// （ → (, ） → ), ： → :.
    static func plain(_ c: Character) -> Character {
        switch c {
        case "（": return "("
        case "）": return ")"
        case "：": return ":"
        default: return c
        }
    }

    static func isOpen(_ c: Character) -> Bool { c == "(" || c == "（" }
    static func isClose(_ c: Character) -> Bool { c == ")" || c == "）" }
    static func isColon(_ c: Character) -> Bool { c == ":" || c == "：" }

    /// A run of 半角 or 全角 digits, with 3-digit grouping commas, at the start of `s`.
    static func leadingNumber(_ s: Substring) -> Substring {
        var end = s.startIndex
        var sawDigit = false
        while end < s.endIndex {
            let c = s[end]
            if Notation.digit(c) != nil { sawDigit = true } else if !(sawDigit && (c == "," || c == "，")) { break }
            end = s.index(after: end)
        }
        // A comma that ends the run belongs to the text after it (「20事務で1,352,771件」 has none).
        var cut = end
        while cut > s.startIndex, let last = s[..<cut].last, last == "," || last == "，" { cut = s.index(before: cut) }
        return s[s.startIndex..<cut]
    }
}
