/// A unified diff of two texts by lines, with 3 lines of context, as `diff -u` prints it and `patch` applies it.
/// The edit script is the standard library's `difference(from:)` when the edit distance is found within a
/// budget (`Budget`); past it, the lines between the common beginning and end are all removed, then all added
/// (a correct patch, coarser than a minimal one).
public enum UnifiedDiff {
    public static let context = 3

    /// Empty when the texts are equal.
    public static func render(old: String, new: String, oldLabel: String, newLabel: String) -> String {
        render(old: old, new: new, oldLabel: oldLabel, newLabel: newLabel, budget: Budget())
    }

    static func render(old: String, new: String, oldLabel: String, newLabel: String, budget: Budget) -> String {
        let a = lines(old), b = lines(new)
        guard a != b else { return "" }
        var removed = [Bool](repeating: false, count: a.count), inserted = [Bool](repeating: false, count: b.count)
        if budget.allowsScript(a, b) {
            for step in b.difference(from: a) {
                switch step {
                case .remove(let o, _, _): removed[o] = true
                case .insert(let o, _, _): inserted[o] = true
                }
            }
        } else {
            let (head, tail) = Runs.commonEnds(a, b)
            for i in head..<a.count - tail { removed[i] = true }
            for j in head..<b.count - tail { inserted[j] = true }
        }
        // The edit script as (old index, new index, mark): " " both, "-" old only, "+" new only.
        var script: [(i: Int, j: Int, mark: Character)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, removed[i] { script.append((i, j, "-")); i += 1 }
            else if j < b.count, inserted[j] { script.append((i, j, "+")); j += 1 }
            else { script.append((i, j, " ")); i += 1; j += 1 }
        }
        var out = "--- \(oldLabel)\n+++ \(newLabel)\n"
        var k = 0
        while k < script.count {
            guard script[k].mark != " " else { k += 1; continue }
            let start = max(0, k - context)
            var end = k
            var lastChange = k
            while end < script.count {
                if script[end].mark != " " { lastChange = end }
                if end - lastChange > 2 * context { break }
                end += 1
            }
            end = min(script.count, lastChange + context + 1)
            let hunk = script[start..<end]
            let oldCount = hunk.filter { $0.mark != "+" }.count, newCount = hunk.filter { $0.mark != "-" }.count
            out += "@@ -\(range(hunk.first!.i, oldCount)) +\(range(hunk.first!.j, newCount)) @@\n"
            for step in hunk {
                let text = step.mark == "+" ? b[step.j] : a[step.i]
                out += String(step.mark) + text.line + "\n"
                if !text.ended { out += "\\ No newline at end of file\n" }
            }
            k = end
        }
        return out
    }

    struct Line: Hashable {
        let line: Substring
        /// False for a last line without a line break.
        let ended: Bool
    }

    static func lines(_ text: String) -> [Line] {
        var parts = text.split(separator: "\n", omittingEmptySubsequences: false)
        let ended = parts.last == ""
        if ended { parts.removeLast() }
        return parts.enumerated().map { Line(line: $1, ended: ended || $0 < parts.count - 1) }
    }

    /// `3,7`, `3` for one line, `2,0` (the line before) for none.
    static func range(_ start: Int, _ count: Int) -> String {
        switch count {
        case 0: return "\(start),0"
        case 1: return "\(start + 1)"
        default: return "\(start + 1),\(count)"
        }
    }
}
