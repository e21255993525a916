import Yams

/// Slips of the 全角/半角 kind that YAML does not catch, or catches with a message no clerk can act on.
///
/// Yams takes a 全角 space in the indentation as part of the key (`　講師` is a new key) and a 全角 colon as
/// text (`講師：市町村課` is one string, not a key and its value). Both are found here, at their exact place.
enum WidthSlips {
    /// Every line indented with a 全角 space or a tab, pointing at the first such character.
    static func indentation(_ file: SourceFile) -> [Diagnostic] {
        // A byte pass first: a line whose first byte after ASCII spaces is a tab or starts U+3000 (E3 80 80).
        // Only a file with such a line needs the walk by Character below (3 M instructions an edition).
        if !mayHaveWideIndentation(file.text) { return [] }
        var out: [Diagnostic] = []
        var line = 0
        for text in file.text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            line += 1
            var column = 0
            for c in text {
                column += 1
                if c == " " { continue }
                if c == "\u{3000}" || c == "\t" {
                    // A tab or 全角 space after real content is fine; only the indentation matters.
                    out.append(Diagnostic(c == "\t" ? .tabIndent : .fullWidthIndent,
                                          at: SourceLocation(file: file.path, line: line, column: column)))
                }
                break
            }
        }
        return out
    }

    static func mayHaveWideIndentation(_ text: String) -> Bool {
        var atLineStart = true
        var previous: UInt8 = 0
        var iterator = text.utf8.makeIterator()
        while let b = iterator.next() {
            if b == 0x0A || b == 0x0D {
                atLineStart = true
            } else if atLineStart {
                if b == 0x09 { return true }
                if b == 0x80, previous == 0xE3 {
                    // E3 80 at a line start: U+3000 when the next byte is 80.
                    if iterator.next() == 0x80 { return true }
                    atLineStart = false
                } else if b != 0x20 && b != 0xE3 {
                    atLineStart = false
                }
            }
            previous = b
        }
        return false
    }

    /// Where `key：` stands in the file, from a line on: a key typed with a 全角 colon.
    static func colon(after key: String, in file: SourceFile, from line: Int) -> SourceLocation? {
        var n = line
        while let text = file.line(n) {
            if let r = text.firstRange(of: key + "：") {
                let column = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.upperBound.samePosition(in: text.unicodeScalars)!)
                return SourceLocation(file: file.path, line: n, column: column)
            }
            n += 1
            if n > line + 50 { break }
        }
        return nil
    }

    /// The first of `keys` written with a 全角 colon inside `text`, if any.
    static func keyWithFullWidthColon(in text: String, keys: [String]) -> String? {
        // Most values hold no 全角 colon: look for its scalar once, not for each key (8 M instructions an edition).
        guard text.unicodeScalars.contains("：") else { return nil }
        return keys.first { key in
            guard let r = text.firstRange(of: key + "：") else { return false }
            return r.lowerBound == text.startIndex || text[text.index(before: r.lowerBound)] == " "
        }
    }

    /// A line that starts like a key typed with a 全角 colon (`  - 内容：…`): the key.
    static func keyWithFullWidthColon(onLine n: Int, of file: SourceFile) -> String? {
        guard let line = file.line(n) else { return nil }
        var text = Substring(line)
        while text.first == " " { text.removeFirst() }
        if text.hasPrefix("- ") { text.removeFirst(2) }
        guard let colon = text.firstIndex(of: "：") else { return nil }
        let key = text[..<colon]
        let breaks: Set<Character> = [":", " ", "\u{3000}", "、", "。"]
        guard (1...12).contains(key.count), !key.contains(where: { breaks.contains($0) }) else { return nil }
        return String(key)
    }
}
