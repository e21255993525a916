/// The character runs of a `TextDiff`: the edit script of `difference(from:)`, as alternating equal runs and
/// changes (deleted, inserted), with short equal runs between larger changes folded into them. Past the
/// budget, the common beginning and end, and everything between them replaced.
struct Runs {
    enum Segment {
        case equal([Character])
        case change(deleted: [Character], inserted: [Character])
    }

    var segments: [Segment] = []

    init(old: [Character], new: [Character], budget: Budget) {
        guard budget.allowsScript(old, new) else {
            segments = Runs.replacingMiddle(of: old, new)
            return
        }
        var removed = [Bool](repeating: false, count: old.count)
        var inserted = [Bool](repeating: false, count: new.count)
        for step in new.difference(from: old) {
            switch step {
            case .remove(let offset, _, _): removed[offset] = true
            case .insert(let offset, _, _): inserted[offset] = true
            }
        }
        var i = 0, j = 0
        while i < old.count || j < new.count {
            var del: [Character] = [], ins: [Character] = []
            while i < old.count, removed[i] { del.append(old[i]); i += 1 }
            while j < new.count, inserted[j] { ins.append(new[j]); j += 1 }
            if !del.isEmpty || !ins.isEmpty { append(.change(deleted: del, inserted: ins)) }
            var same: [Character] = []
            while i < old.count, j < new.count, !removed[i], !inserted[j] { same.append(old[i]); i += 1; j += 1 }
            if !same.isEmpty { append(.equal(same)) }
        }
        foldShortEqualities()
    }

    /// The common beginning, the rest of `old` replaced by the rest of `new`, the common end: O(n+m).
    private static func replacingMiddle(of old: [Character], _ new: [Character]) -> [Segment] {
        let (head, tail) = commonEnds(old, new)
        var segments: [Segment] = []
        if head > 0 { segments.append(.equal(Array(old[..<head]))) }
        segments.append(.change(deleted: Array(old[head..<old.count - tail]), inserted: Array(new[head..<new.count - tail])))
        if tail > 0 { segments.append(.equal(Array(old[(old.count - tail)...]))) }
        return segments
    }

    /// The lengths of the common beginning and of the common end (which does not overlap it).
    static func commonEnds<T: Equatable>(_ a: [T], _ b: [T]) -> (head: Int, tail: Int) {
        var head = 0, tail = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        return (head, tail)
    }

    private mutating func append(_ s: Segment) {
        if case .change(let d2, let i2) = s, case .change(let d1, let i1)? = segments.last {
            segments[segments.count - 1] = .change(deleted: d1 + d2, inserted: i1 + i2)
        } else {
            segments.append(s)
        }
    }

    /// An equal run shorter than the changes on both of its sides joins them: 「の」 between
    /// 新型コロナウイルス→受講者 and 感染拡大防止→利便性 is no common ground a reader would see.
    private mutating func foldShortEqualities() {
        var changed = true
        while changed {
            changed = false
            var k = 1
            while k + 1 < segments.count {
                guard case .change(let d1, let i1) = segments[k - 1], case .equal(let e) = segments[k],
                      case .change(let d2, let i2) = segments[k + 1],
                      e.count < max(d1.count, i1.count), e.count < max(d2.count, i2.count) else { k += 1; continue }
                segments.replaceSubrange(k - 1...k + 1, with: [.change(deleted: d1 + e + d2, inserted: i1 + e + i2)])
                changed = true
            }
        }
    }

    func spans() -> [TextDiff.Span] {
        var out: [TextDiff.Span] = []
        for s in segments {
            switch s {
            case .equal(let e): out.append(.init(.equal, String(e)))
            case .change(let d, let i):
                if !d.isEmpty { out.append(.init(.delete, String(d))) }
                if !i.isEmpty { out.append(.init(.insert, String(i))) }
            }
        }
        return out
    }

    /// How much two texts share, from 0 (nothing) to 1 (the same): twice the common characters over both lengths,
    /// or (n + m - D) / (n + m) for an edit distance D. Nil when it is below `atLeast` or could not be found
    /// within the budget.
    static func similarity(_ a: [Int32], _ b: [Int32], atLeast threshold: Double, budget: Budget) -> Double? {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        let total = a.count + b.count
        guard let d = budget.distance(a, b, atMost: Int(Double(total) * (1 - threshold)) + 1) else { return nil }
        let score = Double(total - d) / Double(total)
        return score >= threshold ? score : nil
    }
}
