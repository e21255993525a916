import JukiDiagnostics
import Yams

/// Where a key stands twice in one mapping. Yams names the keys and the place of the first one only; the
/// block mapping around that place is found from the indentation, and the message points at the second
/// occurrence with a note at the first (the line a clerk pasted twice, or an item that lost its `- `).
enum DuplicateKeys {
    struct Line {
        let number: Int
        /// Spaces before the text (before any `- `).
        let indent: Int
        /// 1-based column of the key, after any `- `.
        let column: Int
        let key: String?
    }

    static func find(_ names: [String], near mark: Mark, in file: SourceFile) -> Diagnostic? {
        let column = mark.column
        guard let start = line(mark.line, of: file), start.column == column else { return nil }
        var region = [start]
        // Back to the line that opened the mapping: its first key, or the `- ` of its list item.
        var n = mark.line - 1
        while start.indent == column - 1, n >= 1 {
            defer { n -= 1 }
            guard let l = line(n, of: file) else { continue }
            if l.column < column { break }
            region.insert(l, at: 0)
            if l.indent < column - 1 { break }
        }
        // On to the line before the next key or item of an outer level.
        n = mark.line + 1
        while file.line(n) != nil {
            defer { n += 1 }
            guard let l = line(n, of: file) else { continue }
            if l.column < column || l.indent < column - 1 { break }
            region.append(l)
        }
        var seen: [String: Line] = [:]
        var found: [(first: Line, second: Line, name: String)] = []
        for l in region where l.column == column {
            guard let key = l.key, names.contains(key) else { continue }
            if let first = seen[key] {
                if !found.contains(where: { $0.name == key }) { found.append((first, l, key)) }
            } else {
                seen[key] = l
            }
        }
        guard let earliest = found.min(by: { $0.second.number < $1.second.number }) else { return nil }
        func at(_ l: Line) -> SourceLocation { SourceLocation(file: file.path, line: l.number, column: l.column) }
        let opening = region.first { $0.column == column }
        // The mapping's first key again, with the keys after it: an item that lost its `- `.
        let problem: Problem = opening?.key == earliest.name && found.count > 1
            ? .duplicateKeyNewItem(earliest.name) : .duplicateKey(earliest.name)
        return Diagnostic(problem, at: at(earliest.second), notes: [.init(.noteFirstHere, at: at(earliest.first))])
    }

    /// A line that holds text: where its key (or its first text) starts. Blank and comment lines: nil.
    static func line(_ n: Int, of file: SourceFile) -> Line? {
        guard let text = file.line(n) else { return nil }
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count, s[i] == " " { i += 1 }
        let indent = i
        while i + 1 < s.count, s[i] == "-", s[i + 1] == " " {
            i += 2
            while i < s.count, s[i] == " " { i += 1 }
        }
        guard i < s.count, s[i] != "#" else { return nil }
        var key: String?
        var j = i
        while j < s.count {
            if s[j] == ":", j + 1 == s.count || s[j + 1] == " " {
                var k = String(String.UnicodeScalarView(s[i..<j]))
                while k.last == " " { k.removeLast() }
                if k.count >= 2, let q = k.first, q == "\"" || q == "'", k.last == q { k = String(k.dropFirst().dropLast()) }
                key = k
                break
            }
            j += 1
        }
        return Line(number: n, indent: indent, column: i + 1, key: key)
    }
}
