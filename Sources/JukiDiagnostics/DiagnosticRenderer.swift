import JukiModel

/// Renders diagnostics the way compilers do: `path:line:column: エラー: message`, then the source line and
/// a caret under the spot. The one place where a problem becomes text.
public struct DiagnosticRenderer: Sendable {
    /// Files by path, for quoting their lines.
    public var sources: [String: SourceFile]

    public init(sources: [String: SourceFile] = [:]) { self.sources = sources }

    /// Messages of one kind shown before the rest of that kind are only counted: a million copies of one row
    /// give 20 messages and a line with the count, not 238 MB of text.
    public static let perKindLimit = 20
    /// The same for the 【要記入】 marks of one item.
    public static let toFillLimit = 100

    /// Every diagnostic, in order, but at most `perKindLimit` of a kind (`toFillLimit` of 【要記入】 marks); after the last shown of a kind, one
    /// line counts the rest of it.
    public func render(_ diagnostics: [Diagnostic], omitted: [Problem.Kind: Int] = [:]) -> String {
        var totals = omitted
        for d in diagnostics { totals[d.problem.kind, default: 0] += 1 }
        var shown: [Problem.Kind: Int] = [:]
        var out = ""
        for d in diagnostics {
            let kind = d.problem.kind
            let n = shown[kind, default: 0], limit = d.problem.shownLimit
            guard n < limit else { continue }
            shown[kind] = n + 1
            out += render(d)
            if n + 1 == limit, let total = totals[kind], total > limit {
                out += Problem.moreOfTheSame(count: total - limit, toFill: d.problem.isToFill).message + "\n"
            }
        }
        return out
    }

    /// A failure as printed: its diagnostics, then its closing line (`Problem.summary`, `.notCompared`) if any.
    public static func render(_ diagnostics: Diagnostics) -> String {
        DiagnosticRenderer(sources: diagnostics.sources).render(diagnostics.items, omitted: diagnostics.omitted)
            + (diagnostics.closing.map { visible($0.message) + "\n" } ?? "")
    }

    public func render(_ d: Diagnostic) -> String {
        var out = entry(d.location, label: Self.label(d.severity), message: d.problem.message)
        for note in d.notes {
            out += entry(note.location, label: "注記", message: note.problem.message)
        }
        return out
    }

    static func label(_ severity: Problem.Severity) -> String {
        switch severity {
        case .error: return "エラー"
        case .toFill: return "要記入"
        case .correction: return "訂正"
        case .warning: return "警告"
        case .note: return "注記"
        }
    }

    private func entry(_ location: SourceLocation?, label: String, message text: String) -> String {
        // A message may quote the records (a key, a value that is not a count): shown by the same rule.
        let message = Self.visible(text)
        guard let location else { return "\(label): \(message)\n" }
        var out = "\(location.file):\(location.line):\(location.column): \(label): \(message)\n"
        if let whole = sources[location.file]?.line(location.line) {
            let (line, column) = Self.excerpt(whole, column: location.column)
            out += Self.visible(line) + "\n" + caret(under: line, column: column) + "\n"
        }
        return out
    }

    /// At most this many characters of a line are quoted: a line of 4 MB (one long flow list) is not.
    static let quotedWidth = 200

    /// The line, or the part of it around `column` (…-marked where cut), and the column within that part.
    static func excerpt(_ line: String, column: Int) -> (String, Int) {
        let scalars = line.unicodeScalars
        guard scalars.count > quotedWidth else { return (line, column) }
        let start = max(0, min(column - 1 - quotedWidth / 2, scalars.count - quotedWidth))
        let from = scalars.index(scalars.startIndex, offsetBy: start)
        let to = scalars.index(from, offsetBy: quotedWidth)
        var part = String(String.UnicodeScalarView(scalars[from..<to]))
        var shift = start
        if start > 0 {
            part = "…" + part
            shift -= 1
        }
        if to < scalars.endIndex { part += "…" }
        return (part, column - shift)
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
