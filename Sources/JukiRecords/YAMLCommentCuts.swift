import JukiDiagnostics
import Yams

/// A plain value followed on its line by ` #`: YAML ends the value there and reads the rest as a comment, so
/// `講師: 市町村課 #2班` becomes 「市町村課」 without a word. Refused at the `#`, with the value quoted as it
/// should be written.
///
/// Allowed: a comment on a line of its own (the `new` draft's `# 令和4年度: 35` above a field), after a quoted
/// value (`講師: "市町村課" # …`) or a flow list (`実施者: [市町村課, 県利用所属職員] # …`), after a key whose value starts on the next line (`受講者: # …`), and a `#`
/// with no blank before it inside a value (`第2班#1`), which YAML keeps as text.
enum YAMLCommentCuts {
    static func find(_ root: Node, in file: SourceFile) -> [Diagnostic] {
        guard mayCut(file.text) else { return [] }
        var out: [Diagnostic] = []
        walk(root, key: nil, inList: false, file: file, into: &out)
        return out
    }

    /// Whether some line has a `#` after a blank that follows text (not a comment line of its own): only then can a
    /// value be cut, and the tree is walked. One pass over the bytes; the walk, which quotes each value's line,
    /// cost 2.2 M instructions an edition (callgrind, 20 editions), and records seldom hold such a line.
    static func mayCut(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var i = 0
            while i < b.count {
                // The line's first byte that is not a blank: a comment line, or text.
                while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
                let comment = i < b.count && b[i] == UInt8(ascii: "#")
                while i < b.count, b[i] != 0x0A, b[i] != 0x0D {
                    if !comment, b[i] == UInt8(ascii: "#"), i > 0, b[i - 1] == 0x20 || b[i - 1] == 0x09 { return true }
                    i += 1
                }
                i += 1
            }
            return false
        }
    }

    private static func walk(_ node: Node, key: String?, inList: Bool, file: SourceFile, into out: inout [Diagnostic]) {
        switch node {
        case .mapping(let m):
            // In a flow collection a comment cannot cut a value short (`[a, b] # …` ends after the bracket).
            guard !isFlow(node, file) else { return }
            for (k, v) in m { walk(v, key: k.string ?? key, inList: false, file: file, into: &out) }
        case .sequence(let s):
            guard !isFlow(node, file) else { return }
            for item in s { walk(item, key: key, inList: true, file: file, into: &out) }
        case .scalar(let scalar):
            guard scalar.style == .plain, !scalar.string.isEmpty, let mark = node.mark,
                  let d = cut(scalar.string, at: mark, key: key ?? "", inList: inList, file: file) else { return }
            out.append(d)
        case .alias:
            break
        }
    }

    /// A collection written `[…]` or `{…}`: its mark is at the bracket (composed nodes do not keep their style).
    private static func isFlow(_ node: Node, _ file: SourceFile) -> Bool {
        guard let mark = node.mark, let line = file.line(mark.line) else { return false }
        let scalars = line.unicodeScalars
        guard mark.column >= 1, mark.column <= scalars.count else { return false }
        let c = scalars[scalars.index(scalars.startIndex, offsetBy: mark.column - 1)]
        return c == "[" || c == "{"
    }

    /// The diagnostic for a plain value starting at `mark` whose line goes on, after a blank, with `#`.
    private static func cut(_ value: String, at mark: Mark, key: String, inList: Bool, file: SourceFile) -> Diagnostic? {
        guard let line = file.line(mark.line) else { return nil }
        let scalars = Array(line.unicodeScalars)
        let start = mark.column - 1
        guard start >= 0, start < scalars.count, scalars[start] != "#" else { return nil }
        var i = start + 1
        while i < scalars.count {
            if scalars[i] == "#", scalars[i - 1] == " " || scalars[i - 1] == "\t" { break }
            i += 1
        }
        guard i < scalars.count else { return nil }
        var written = String(String.UnicodeScalarView(scalars[start...]))
        while let last = written.unicodeScalars.last, last == " " || last == "\t" { written.unicodeScalars.removeLast() }
        let escaped = written.unicodeScalars.map { $0 == "\\" || $0 == "\"" ? "\\\($0)" : "\($0)" }.joined()
        let quoted = (inList ? "- " : key + ": ") + "\"" + escaped + "\""
        return Diagnostic(.yamlCommentCutsValue(key: key, written: written, kept: value, quoted: quoted),
                          at: SourceLocation(file: file.path, line: mark.line, column: i + 1))
    }
}
