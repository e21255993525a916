/// A place in a records file: 1-based line and column, columns counted in Unicode scalars
/// (as libyaml counts them), so a position from Yams and one from the CSV reader mean the same thing.
public struct SourceLocation: Hashable, Sendable, Comparable {
    /// The path as the user named it (input/R4/report.yaml).
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// A decoded records file: its text and its lines, for pointing at them.
public struct SourceFile: Sendable {
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The text of a 1-based line, without its line break.
    public func line(_ n: Int) -> String? {
        var current = 1
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "\n" || c == "\r\n" || c == "\r" {
                if current == n { return String(text[start..<i]) }
                current += 1
                start = text.index(after: i)
            }
            i = text.index(after: i)
        }
        return current == n ? String(text[start...]) : nil
    }
}
