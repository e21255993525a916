import JukiModel

/// Collects the changes of one section; each helper adds nothing when both sides agree.
struct ChangeList {
    var items: [Change] = []
    /// Shared by every list of one comparison.
    let budget: Budget

    init(budget: Budget = Budget()) { self.budget = budget }

    mutating func add(_ place: [String], _ kind: Change.Kind) { items.append(Change(place, kind)) }

    mutating func figure(_ place: [String], _ old: Int, _ new: Int, unit: String) {
        if old != new { add(place, .figure(old: old, new: new, unit: unit)) }
    }

    mutating func text(_ place: [String], _ old: String, _ new: String) {
        if old != new { add(place, .text(TextDiff(old: old, new: new, budget: budget))) }
    }

    /// A text that either side may lack (備考): added, removed, or changed.
    mutating func text(_ place: [String], _ old: String?, _ new: String?) {
        switch (old, new) {
        case let (o?, n?): text(place, o, n)
        case let (nil, n?): add(place, .added(.text(n)))
        case let (o?, nil): add(place, .removed(.text(o)))
        case (nil, nil): break
        }
    }

    mutating func date(_ place: [String], _ old: DateValue, _ new: DateValue) {
        if old != new { add(place, .date(old: old, new: new)) }
    }

    /// 所属 lists compared by name: those only in the new list, those only in the old, and both counts.
    mutating func units(_ place: [String], _ old: [String], _ new: [String]) {
        let before = Set(old), after = Set(new)
        let added = new.filter { !before.contains($0) }, removed = old.filter { !after.contains($0) }
        if !added.isEmpty || !removed.isEmpty {
            add(place, .units(added: added, removed: removed, oldCount: old.count, newCount: new.count))
        } else if old != new {
            text(place, old.joined(separator: "、"), new.joined(separator: "、"))
        }
    }

    /// Texts paired by position (段落, 監査項目): changed, or added and removed past the shorter list.
    mutating func texts(_ place: [String], label: (Int) -> String, _ old: [String], _ new: [String]) {
        for k in 0..<max(old.count, new.count) {
            text(place + [label(k)], k < old.count ? old[k] : nil, k < new.count ? new[k] : nil)
        }
    }
}

extension Array where Element: Hashable {
    /// Pairs two keyed lists in O(n+m): the pairs in new order, then the keys only the old list has
    /// (in old order) and only the new list has (in new order). A key repeated in a list pairs in turn.
    func pairs(with new: [Element]) -> (both: [(old: Int, new: Int)], removed: [Int], added: [Int]) {
        // One dictionary from a key to its first unpaired position; later positions of the same key chain on.
        var first = [Element: Int](minimumCapacity: count)
        var next = [Int](repeating: -1, count: count)
        for i in indices.reversed() {
            if let later = first.updateValue(i, forKey: self[i]) { next[i] = later }
        }
        var taken = [Bool](repeating: false, count: count)
        var both: [(old: Int, new: Int)] = [], added: [Int] = []
        both.reserveCapacity(Swift.min(count, new.count))
        for (j, key) in new.enumerated() {
            guard let i = first[key] else { added.append(j); continue }
            both.append((i, j))
            taken[i] = true
            if next[i] >= 0 { first[key] = next[i] } else { first.removeValue(forKey: key) }
        }
        return (both, indices.filter { !taken[$0] }, added)
    }
}
