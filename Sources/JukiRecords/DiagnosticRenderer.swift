import JukiModel

/// Renders diagnostics the way compilers do: `path:line:column: エラー: message`, then the source line and
/// a caret under the spot. The one place where a problem becomes text.
public struct DiagnosticRenderer: Sendable {
    /// Files by path, for quoting their lines.
    public var sources: [String: SourceFile]

    public init(sources: [String: SourceFile] = [:]) { self.sources = sources }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    public func render(_ d: Diagnostic) -> String {
        var out = entry(d.location, label: d.problem.isToFill ? "要記入" : "エラー", message: d.problem.message)
        for note in d.notes {
            out += entry(note.location, label: "注記", message: note.problem.message)
        }
        return out
    }

    private func entry(_ location: SourceLocation?, label: String, message text: String) -> String {
        // A message may quote the records (a key, a value that is not a count): shown by the same rule.
        let message = Self.visible(text)
        guard let location else { return "\(label): \(message)\n" }
        var out = "\(location.file):\(location.line):\(location.column): \(label): \(message)\n"
        if let line = sources[location.file]?.line(location.line) {
            out += Self.visible(line) + "\n" + caret(under: line, column: location.column) + "\n"
        }
        return out
    }

    /// The line (or a message) as shown: control characters (a NUL, an ESC that would drive the terminal)
    /// as their Control Pictures (␀ ␛), the other characters the text rule refuses (a U+202E that would
    /// reverse the rest of the line, a U+200B) as U+FFFD, one for one, so the caret's column holds; tabs kept
    /// for the caret's tabs.
    static func visible(_ line: String) -> String {
        var out = String.UnicodeScalarView()
        for s in line.unicodeScalars {
            if s.value < 0x20 && s != "\t" {
                out.append(Unicode.Scalar(0x2400 + s.value)!)
            } else if s.value == 0x7F {
                out.append("\u{2421}")
            } else if TextRules.isForbidden(s) && s != "\t" {
                out.append("\u{FFFD}")
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// Spaces as wide as the text before `column` (a 全角 character takes two), tabs kept as tabs.
    func caret(under line: String, column: Int) -> String {
        var pad = ""
        for scalar in line.unicodeScalars.prefix(max(0, column - 1)) {
            if scalar == "\t" {
                pad += "\t"
            } else if TextRules.isForbidden(scalar) {
                pad += " "
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                pad += DisplayWidth.isWide(scalar) ? "  " : " "
            }
        }
        return pad + "^"
    }
}

/// East Asian Width, enough for Japanese records: Wide and Fullwidth characters take two columns.
enum DisplayWidth {
    static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
