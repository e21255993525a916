import JukiDiagnostics
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
            for (offset, c) in text.enumerated() {
                column += 1
                if c == " " { continue }
                // A list's dash typed 全角 (－ 所属), or followed by a 全角 space (-　所属).
                let rest = text.dropFirst(offset)
                if rest.hasPrefix("－ ") || rest.hasPrefix("－\u{3000}") || rest.hasPrefix("-\u{3000}") {
                    out.append(Diagnostic(.fullWidthDash, at: SourceLocation(file: file.path, line: line, column: column)))
                    break
                }
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

    /// Whether some line, after its ASCII spaces, starts with a tab, a 全角 space (E3 80 80), a 全角 dash
    /// (－, EF BC 8D) or a dash and a 全角 space (2D E3 80 80): the lines the walk above looks for.
    static func mayHaveWideIndentation(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b -> Bool in
            var i = 0
            var atLineStart = true
            func next(_ k: Int, _ bytes: [UInt8]) -> Bool {
                i + k + bytes.count <= b.count && bytes.indices.allSatisfy { b[i + k + $0] == bytes[$0] }
            }
            while i < b.count {
                let c = b[i]
                if c == 0x0A || c == 0x0D {
                    atLineStart = true
                } else if atLineStart && c != 0x20 {
                    if c == 0x09 || next(0, [0xE3, 0x80, 0x80]) || next(0, [0xEF, 0xBC, 0x8D])
                        || next(0, [0x2D, 0xE3, 0x80, 0x80]) { return true }
                    atLineStart = false
                }
                i += 1
            }
            return false
        }
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
