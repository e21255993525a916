import JukiDiagnostics
import JukiModel

/// The checks every value of the records takes, whichever reader found it (report.yaml, site.yaml, a CSV
/// table): one function for a line of text, one for a count. The reader says where the value stands; these
/// say what is wrong with it.
package enum RecordValue {
    package enum Fault: Error {
        /// Wrong as a whole: the reader points at the value.
        case value(Problem)
        /// A character the text rule refuses, `offset` Unicode scalars into the text as the reader gave it.
        case character(ForbiddenCharacter, offset: Int)
    }

    /// One line of text: not only blanks (`Notation.isBlank`), no 【要記入】 mark, no line break, nothing the
    /// text rule refuses (`TextRules`). The value is the text without the blanks around it.
    package static func text(_ raw: String, key: String) -> Result<String, Fault> {
        if Notation.isBlank(raw) { return .failure(.value(.emptyValue(key: key))) }
        if raw.containsUTF8(Placeholder.marker) { return .failure(.value(.toFill(key: key))) }
        if raw.holdsLineBreak {
            return .failure(.value(.multilineText(key: key)))
        }
        switch TextRules.check(raw) {
        case nil: return .success(Notation.trimmed(raw))
        case .character(let c, let offset): return .failure(.character(c, offset: offset))
        case .tooLong(let length): return .failure(.value(.textTooLong(key: key, length: length, limit: TextRules.maxLength)))
        }
    }

    /// A count as clerks type it (751, ７５１, 1,352,771; see `Count`), and as published tables print it, with
    /// its `unit` after it (6人, 11000件). First a line of text (`text`); a message quotes the text as given.
    package static func count(_ raw: String, key: String, kind: CountKind, unit: Character? = nil) -> Result<Int, Fault> {
        // Plain ASCII digits (nearly every CSV cell) are a count already: no Characters, no new strings.
        if case .success(let n) = Count.parse(raw, kind: kind) { return .success(n) }
        var t: String
        switch text(raw, key: key) {
        case .failure(let f): return .failure(f)
        case .success(let s): t = s
        }
        if let unit, t.last == unit { t.removeLast() }
        switch Count.parse(t, kind: kind) {
        case .success(let n): return .success(n)
        case .failure(.negative): return .failure(.value(.negativeCount(key: key, text: raw)))
        case .failure(.tooLarge): return .failure(.value(.countTooLarge(key: key, text: raw, kind: kind)))
        case .failure(.notACount): return .failure(.value(.notACount(key: key, text: raw)))
        }
    }
}
