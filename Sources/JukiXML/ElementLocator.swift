import JukiDiagnostics

/// Where an element of a document stands: libxml2 gives its line, the column is that of its start tag.
struct ElementLocator {
    let source: SourceFile

    /// The element's line, and the column of its `<name` on that line.
    func location(_ e: XMLElement) -> SourceLocation {
        SourceLocation(file: source.path, line: max(1, e.line), column: column(of: e.name, line: e.line))
    }

    /// The column of the first `<name` or `<prefix:name` start tag on the line; 1 when there is none.
    func column(of name: String, line: Int) -> Int {
        guard let text = source.line(line) else { return 1 }
        let scalars = Array(text.unicodeScalars), tag = Array(name.unicodeScalars)
        guard !tag.isEmpty, scalars.count > tag.count else { return 1 }
        for i in 1...(scalars.count - tag.count) where Array(scalars[i..<(i + tag.count)]) == tag {
            let after = i + tag.count
            guard after == scalars.count || [" ", ">", "/", "\t"].contains(scalars[after]) else { continue }
            var open = i - 1
            if scalars[open] == ":" {
                repeat { open -= 1 } while open > 0 && ![" ", "<", ">", "\t"].contains(scalars[open])
            }
            if scalars[open] == "<" { return open + 1 }
        }
        return 1
    }
}
