import JukiModel

/// A count as clerks type it: 751, ７５１ (全角), 1,352,771; its text without the blanks around it (the readers
/// ask through `RecordValue.count`, which drops them).
enum Count {
    enum Failure: Error { case notACount, negative, tooLarge }

    /// Larger than any count this report can hold (and far from overflow): the archive's maximum.
    static let limit = Tally.maximum

    static func parse(_ raw: String, kind: CountKind) -> Result<Int, Failure> {
        switch parse(raw) {
        case .success(let n) where n > kind.maximum: return .failure(.tooLarge)
        case let other: return other
        }
    }

    /// Any count up to `limit`.
    private static func parse(_ raw: String) -> Result<Int, Failure> {
        // Plain ASCII digits (the usual case, as in every CSV row): no Characters, no new strings.
        if let n = CellShortcuts.asciiCount(raw) { return .success(n) }
        return parseNotation(raw)
    }

    /// Any count up to `limit`, in every notation the records accept (the rule `CellShortcuts.asciiCount` shortens).
    static func parseNotation(_ raw: String) -> Result<Int, Failure> {
        var digits = ""
        var sawDigit = false
        let text = Substring(raw)
        if text.first == "-" || text.first == "－" || text.first == "−" {
            return text.dropFirst().allSatisfy({ Notation.digit($0) != nil || $0 == "," }) && text.count > 1
                ? .failure(.negative) : .failure(.notACount)
        }
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "，", omittingEmptySubsequences: false) }
        if groups.count > 1 {
            // 1,352,771: every group after the first has three digits.
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }), (1...3).contains(groups[0].count) else {
                return .failure(.notACount)
            }
        }
        for group in groups {
            for c in group {
                guard let d = Notation.digit(c) else { return .failure(.notACount) }
                digits.append(Character(Unicode.Scalar(UInt8(0x30 + d))))
                sawDigit = true
            }
        }
        guard sawDigit else { return .failure(.notACount) }
        let trimmed = digits.drop(while: { $0 == "0" })
        guard trimmed.count <= 12, let n = Int(digits), n <= limit else { return .failure(.tooLarge) }
        return .success(n)
    }
}

/// The allowed key nearest to a mistyped one, if it is near enough to be the one meant: within a third of
/// the shorter's length (at least 1). Keys and command names share the rule; a command's typo is often two
/// letters swapped (biuld), counted as one edit where `transpositions` is set.
public enum KeySuggestion {
    public static func closest(to key: String, in allowed: [String], transpositions: Bool = false) -> String? {
        let k = Array(key)
        var best: (String, Int)?
        for candidate in allowed {
            let d = distance(k, Array(candidate), transpositions: transpositions)
            if d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        guard let (name, d) = best else { return nil }
        return d <= max(1, min(k.count, name.count) / 3) ? name : nil
    }

    static func distance(_ a: [Character], _ b: [Character], transpositions: Bool = false) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = Array(0...b.count)
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var row = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if transpositions, i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    row[j] = min(row[j], before[j - 2] + 1)
                }
            }
            before = prev
            prev = row
        }
        return prev[b.count]
    }
}
