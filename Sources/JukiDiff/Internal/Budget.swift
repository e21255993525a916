/// How much work one comparison may do, so that no pair of editions diffs in more than a fraction of a second.
///
/// The edit scripts come from the standard library's `difference(from:)` (Myers), whose cost is O((n+m)·D):
/// quadratic when two long values share little. Before it runs, `EditDistance.search` finds D with a cap on
/// its steps; a value whose D is not found within its share of the budget is shown as replaced whole (its
/// common beginning and end kept), and a pair of findings whose similarity is not found counts as unpaired.
/// Small values stay far within the budget, so their results are exactly those of `difference(from:)`.
final class Budget {
    /// Search steps for one comparison of two editions (texts and findings pairing together), or one unified
    /// diff: about 0.1 s of search (a step is a few ns).
    static let perComparison = 20_000_000
    /// Search steps for one text or one pair of report.txt: D² / 2 ≈ this, so D up to about 600 characters
    /// for two texts that share little (any D for a long text with a few changes).
    static let perValue = 200_000
    /// Search steps for the similarity of one pair of findings.
    static let perPair = 1_000_000
    /// `difference(from:)` on characters costs about this many search steps per step of its own (it keeps the
    /// whole trace and compares `Character`s), so a value it diffs is charged this many times its search.
    static let scriptCost = 40

    private(set) var remaining: Int
    let perValue: Int
    let perPair: Int

    init(_ steps: Int = perComparison, perValue: Int = perValue, perPair: Int = perPair) {
        remaining = steps
        self.perValue = perValue
        self.perPair = perPair
    }

    /// True when `difference(from:)` may run on `a` and `b`: their edit distance was found within the budget.
    func allowsScript<T: Hashable>(_ a: [T], _ b: [T]) -> Bool {
        let limit = min(perValue, remaining / (Self.scriptCost + 1))
        var ids = Interner<T>()
        let found = EditDistance.search(ids.map(a), ids.map(b), maxWork: limit)
        charge(found.work + a.count + b.count)
        guard found.distance != nil else { return false }
        charge(found.work * Self.scriptCost)
        return true
    }

    /// The edit distance of two interned texts if it is at most `maxDistance` and found within the budget.
    func distance(_ a: [Int32], _ b: [Int32], atMost maxDistance: Int) -> Int? {
        let found = EditDistance.search(a, b, maxDistance: maxDistance, maxWork: min(perPair, remaining))
        charge(found.work)
        return found.distance
    }

    private func charge(_ steps: Int) { remaining = max(0, remaining - steps) }
}

/// Numbers for the distinct elements of one or more sequences, so that the search compares integers.
struct Interner<T: Hashable> {
    private var ids: [T: Int32] = [:]

    mutating func map(_ s: [T]) -> [Int32] {
        s.map { e in
            if let id = ids[e] { return id }
            let id = Int32(truncatingIfNeeded: ids.count)
            ids[e] = id
            return id
        }
    }

    var count: Int { ids.count }
}

enum EditDistance {
    /// The number of insertions and deletions that turn `a` into `b`, if it is at most `maxDistance` and found
    /// within about `maxWork` steps (nil otherwise), and the steps taken. Myers' greedy forward search after
    /// the common beginning and end, without the trace (O(n+m) memory); a first O(n+m) bound (the elements
    /// one side has more of than the other) answers nil without a search when it already exceeds the cap.
    static func search(_ a: [Int32], _ b: [Int32], maxDistance: Int = .max, maxWork: Int) -> (distance: Int?, work: Int) {
        var lo = 0, hiA = a.count, hiB = b.count
        while lo < hiA, lo < hiB, a[lo] == b[lo] { lo += 1 }
        while hiA > lo, hiB > lo, a[hiA - 1] == b[hiB - 1] { hiA -= 1; hiB -= 1 }
        let n = hiA - lo, m = hiB - lo
        var work = a.count + b.count - n - m
        if n == 0 || m == 0 { return (n + m <= maxDistance ? n + m : nil, work) }
        // Each round d visits d + 1 diagonals, so the work cap also caps D (and the size of `v`).
        let cap = min(maxDistance, n + m, Int((2 * Double(max(0, maxWork))).squareRoot()) + 1)
        var counts = [Int](repeating: 0, count: Int(max(a[lo..<hiA].max() ?? 0, b[lo..<hiB].max() ?? 0)) + 1)
        for e in a[lo..<hiA] { counts[Int(e)] += 1 }
        for e in b[lo..<hiB] { counts[Int(e)] -= 1 }
        work += n + m + counts.count
        if counts.reduce(0, { $0 + abs($1) }) > cap { return (nil, work) }

        var v = [Int](repeating: 0, count: 2 * cap + 3)
        let found: Int? = a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                v.withUnsafeMutableBufferPointer { pv in
                    // Not empty (n, m > 0), so the addresses exist.
                    guard let a0 = pa.baseAddress, let b0 = pb.baseAddress, let v0 = pv.baseAddress else { return nil }
                    let a = a0 + lo, b = b0 + lo, v = v0 + cap + 1
                    for d in 0...cap {
                        for k in stride(from: -d, through: d, by: 2) {
                            var x = k == -d || (k != d && v[k - 1] < v[k + 1]) ? v[k + 1] : v[k - 1] + 1
                            var y = x &- k
                            let start = x
                            while x < n, y < m, a[x] == b[y] { x &+= 1; y &+= 1 }
                            work &+= 1 &+ x &- start
                            v[k] = x
                            if x >= n, y >= m { return d }
                        }
                        if work > maxWork { return nil }
                    }
                    return nil
                }
            }
        }
        return (found, work)
    }
}
