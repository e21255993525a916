import JukiDiagnostics
import JukiDiff
import JukiModel

/// A unified diff of two texts by lines, with 3 lines of context, as `diff -u` prints it and `patch` applies it.
/// The lines are compared by JukiDiff's `LineDiff` (bounded work); this prints its script as hunks.
public enum UnifiedDiff {
    public static let context = 3

    /// The report.txt of each edition, rendered with `templates`, compared line by line.
    public static func render(_ old: Edition, _ new: Edition, templates: Templates, oldLabel: String, newLabel: String)
        throws(Diagnostics) -> String {
        render(old: try TextReport.render(old, templates: templates), new: try TextReport.render(new, templates: templates),
               oldLabel: oldLabel, newLabel: newLabel)
    }

    /// Empty when the texts are equal.
    public static func render(old: String, new: String, oldLabel: String, newLabel: String) -> String {
        render(LineDiff(old: old, new: new), oldLabel: oldLabel, newLabel: newLabel)
    }

    /// Empty when the texts are equal.
    public static func render(_ diff: LineDiff, oldLabel: String, newLabel: String) -> String {
        guard !diff.isEmpty else { return "" }
        let a = diff.oldLines, b = diff.newLines, script = diff.script
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
            out += "@@ -\(range(script[start].old, oldCount)) +\(range(script[start].new, newCount)) @@\n"
            for step in hunk {
                let line = step.mark == "+" ? b[step.new] : a[step.old]
                out += String(step.mark) + line.text + "\n"
                if !line.ended { out += "\\ No newline at end of file\n" }
            }
            k = end
        }
        return out
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
