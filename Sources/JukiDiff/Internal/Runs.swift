/// The character runs of a `TextDiff`: the edit script of `difference(from:)`, as alternating equal runs and
/// changes (deleted, inserted), with short equal runs between larger changes folded into them.
struct Runs {
    enum Segment {
        case equal([Character])
        case change(deleted: [Character], inserted: [Character])
    }

    var segments: [Segment] = []

    init(old: [Character], new: [Character]) {
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

    /// How much two texts share, from 0 (nothing) to 1 (the same): twice the common characters over both lengths.
    static func similarity(_ a: [Character], _ b: [Character]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        let removals = b.difference(from: a).removals.count
        return Double(2 * (a.count - removals)) / Double(a.count + b.count)
    }
}
