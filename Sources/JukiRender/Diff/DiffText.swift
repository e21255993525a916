import JukiModel
import JukiDiff

/// The text output: a header naming both sides, then each section with changes, one line per change.
/// Changed characters are bracketed as `[-削除-]{+追加+}` (the notation of git's word diff); with `color`,
/// they are also red and green (ANSI), and headings bold.
public enum DiffText {
    public static func render(_ diff: EditionDiff, color: Bool = false) -> String {
        guard !diff.isEmpty else { return "" }
        let words = DiffVocabulary(diff)
        let style = Style(color: color)
        let header = words.header(diff)
        var out = style.bold("--- " + header.old) + "\n" + style.bold("+++ " + header.new) + "\n"
        for section in diff.sections where !section.changes.isEmpty {
            out += "\n" + style.bold("■ " + section.title) + "\n"
            for change in section.changes {
                out += line(change, words, style)
            }
        }
        return out
    }

    static func line(_ change: Change, _ words: DiffVocabulary, _ style: Style) -> String {
        let place = "  " + change.place.joined(separator: " ")
        switch change.kind {
        case .figure(let o, let n, let unit):
            return "\(place): \(Notation.grouped(o))\(unit) → \(Notation.grouped(n))\(unit) (\(DiffNotation.delta(o, n)))\n"
        case .date(let o, let n):
            return "\(place): \(DiffNotation.text(o)) → \(DiffNotation.text(n))\n"
        case .text(let t):
            return place + ": " + marked(t, style) + "\n"
        case .replaced(let o, let n):
            return place + ": " + marked(DiffNotation.runs(o, n), style) + "\n"
        case .units(let added, let removed, let oc, let nc):
            var s = "\(place): \(Notation.grouped(oc))所属 → \(Notation.grouped(nc))所属 (\(DiffNotation.delta(oc, nc)))\n"
            if !added.isEmpty {
                s += "    " + style.green("\(words.added)（\(added.count)）: {+" + added.joined(separator: "、") + "+}") + "\n"
            }
            if !removed.isEmpty {
                s += "    " + style.red("\(words.removed)（\(removed.count)）: [-" + removed.joined(separator: "、") + "-]") + "\n"
            }
            return s
        case .added(let part):
            return place + ": " + style.green("\(words.added) {+" + DiffNotation.text(part) + "+}") + "\n"
        case .removed(let part):
            return place + ": " + style.red("\(words.removed) [-" + DiffNotation.text(part) + "-]") + "\n"
        }
    }

    /// Changed characters bracketed as `[-削除-]{+追加+}`.
    static func marked(_ t: TextDiff, _ style: Style) -> String {
        t.spans.map { span in
            switch span.operation {
            case .equal: return span.text
            case .delete: return style.red("[-" + span.text + "-]")
            case .insert: return style.green("{+" + span.text + "+}")
            }
        }.joined()
    }

    struct Style {
        let color: Bool
        func bold(_ s: String) -> String { color ? "\u{1B}[1m" + s + "\u{1B}[0m" : s }
        func red(_ s: String) -> String { color ? "\u{1B}[31m" + s + "\u{1B}[0m" : s }
        func green(_ s: String) -> String { color ? "\u{1B}[32m" + s + "\u{1B}[0m" : s }
    }
}
