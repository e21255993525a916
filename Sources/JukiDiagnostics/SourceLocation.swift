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
    /// The UTF-8 offset where each line starts (line n at index n-1), found once: readers ask for lines
    /// often (a value's next line, a diagnostic's source line), and a walk from the top each time made
    /// reading a site.yaml of 940 editions quadratic (1.4 s; now milliseconds).
    private let lineStarts: [Int]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        var starts = [0]
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x0A || b == 0x0D {
                    if b == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                    starts.append(i + 1)
                }
                i += 1
            }
        }
        lineStarts = starts
    }

    /// How many lines the text has (a last line without a line break counts).
    public var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line, without its line break.
    public func line(_ n: Int) -> String? {
        guard n >= 1, n <= lineStarts.count else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[n - 1])
        var end = n < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[n]) : utf8.endIndex
        // Drop the line break (LF, CR or CRLF) that ends it.
        while end > start {
            let before = utf8.index(before: end)
            guard utf8[before] == 0x0A || utf8[before] == 0x0D else { break }
            end = before
        }
        return String(text[start..<end])
    }
}
