import JukiModel

extension ChangeList {
    /// 指摘事項 by area. The same 指摘事項 pairs first (by key, O(n+m)); what is left pairs by similarity of
    /// 指摘事項 and 対応内容 together (at least half the characters shared), most similar first. A pair whose
    /// similarity is not found within the budget does not pair: its findings are removed and added.
    mutating func findings(_ old: AuditFindings, _ new: AuditFindings) {
        for area in AuditArea.allCases {
            let o = old.findings(in: area), n = new.findings(in: area)
            let exact = o.map(\.finding).pairs(with: n.map(\.finding))
            let similar = Self.pairBySimilarity(o, exact.removed, n, exact.added, budget: budget)
            let pairs = (exact.both + similar.both).sorted { $0.new < $1.new }
            for (i, j) in pairs {
                let place = [area.rawValue, Self.label(n[j])]
                text(place + ["指摘事項"], o[i].finding, n[j].finding)
                text(place + ["対応内容"], o[i].response, n[j].response)
            }
            for i in similar.removed { add([area.rawValue], .removed(.finding(o[i]))) }
            for j in similar.added { add([area.rawValue], .added(.finding(n[j]))) }
        }
        text(["結び"], old.closing, new.closing)
    }

    static let similarityThreshold = 0.5
    /// Past this many candidate pairs, unmatched findings are reported as removed and added.
    static let similarityBudget = 10_000

    static func pairBySimilarity(_ old: [Finding], _ oldLeft: [Int], _ new: [Finding], _ newLeft: [Int], budget: Budget)
        -> (both: [(old: Int, new: Int)], removed: [Int], added: [Int]) {
        guard !oldLeft.isEmpty, !newLeft.isEmpty, oldLeft.count * newLeft.count <= similarityBudget else {
            return ([], oldLeft, newLeft)
        }
        var ids = Interner<Character>()
        let a = oldLeft.map { ids.map(Array(old[$0].finding + "\t" + old[$0].response)) }
        let b = newLeft.map { ids.map(Array(new[$0].finding + "\t" + new[$0].response)) }
        var candidates: [(score: Double, old: Int, new: Int)] = []
        for (x, i) in oldLeft.enumerated() {
            for (y, j) in newLeft.enumerated() {
                guard let score = Runs.similarity(a[x], b[y], atLeast: similarityThreshold, budget: budget) else { continue }
                candidates.append((score, i, j))
            }
        }
        candidates.sort { ($0.score, -$0.new, -$0.old) > ($1.score, -$1.new, -$1.old) }
        var oldTaken = Set<Int>(), newTaken = Set<Int>()
        var both: [(old: Int, new: Int)] = []
        for c in candidates where !oldTaken.contains(c.old) && !newTaken.contains(c.new) {
            both.append((c.old, c.new))
            oldTaken.insert(c.old)
            newTaken.insert(c.new)
        }
        return (both, oldLeft.filter { !oldTaken.contains($0) }, newLeft.filter { !newTaken.contains($0) })
    }

    /// A finding named by its first words: 「業務端末使用管理簿に記録漏れ…」.
    static func label(_ f: Finding) -> String {
        let head = f.finding.prefix(16)
        return "「" + head + (head.count < f.finding.count ? "…" : "") + "」"
    }
}
