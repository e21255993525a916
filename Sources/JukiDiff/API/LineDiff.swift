/// Two texts compared by lines: the edit script that `UnifiedDiff` prints as hunks. The script is the standard
/// library's `difference(from:)` when the edit distance is found within a budget (`Budget`); past it, the lines
/// between the common beginning and end are all removed, then all added (a correct patch, coarser than a
/// minimal one).
public struct LineDiff: Sendable {
    /// A line without its line break.
    public struct Line: Hashable, Sendable {
        public let text: Substring
        /// False for a last line without a line break.
        public let ended: Bool
    }

    /// One step of the script: a line both texts have (`mark` " "), only the old one ("-"), only the new one ("+").
    /// `old` and `new` are the positions in each text the step stands at.
    public struct Step: Sendable {
        public let old: Int
        public let new: Int
        public let mark: Character
    }

    public let oldLines: [Line]
    public let newLines: [Line]
    /// Every line of both texts in order, the removed lines of a change before the added ones.
    public let script: [Step]

    public init(old: String, new: String) {
        self.init(old: old, new: new, budget: Budget())
    }

    init(old: String, new: String, budget: Budget) {
        let a = Self.lines(old), b = Self.lines(new)
        oldLines = a
        newLines = b
        var removed = [Bool](repeating: false, count: a.count), inserted = [Bool](repeating: false, count: b.count)
        if a != b && budget.allowsScript(a, b) {
            for step in b.difference(from: a) {
                switch step {
                case .remove(let o, _, _): removed[o] = true
                case .insert(let o, _, _): inserted[o] = true
                }
            }
        } else if a != b {
            let (head, tail) = Runs.commonEnds(a, b)
            for i in head..<a.count - tail { removed[i] = true }
            for j in head..<b.count - tail { inserted[j] = true }
        }
        var script: [Step] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, removed[i] { script.append(Step(old: i, new: j, mark: "-")); i += 1 }
            else if j < b.count, inserted[j] { script.append(Step(old: i, new: j, mark: "+")); j += 1 }
            else { script.append(Step(old: i, new: j, mark: " ")); i += 1; j += 1 }
        }
        self.script = script
    }

    /// True when the texts are the same line for line.
    public var isEmpty: Bool { oldLines == newLines }

    static func lines(_ text: String) -> [Line] {
        var parts = text.split(separator: "\n", omittingEmptySubsequences: false)
        let ended = parts.last == ""
        if ended { parts.removeLast() }
        return parts.enumerated().map { Line(text: $1, ended: ended || $0 < parts.count - 1) }
    }
}
