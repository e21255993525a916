extension Notation {
    /// The numbers of an ISO 8601 date as the records and the archive write it: [year, month] for 2022-06,
    /// [year, month, day] for 2023-03-31. A 4-digit year, then fields of 1 to 4 ASCII digits; whether the month
    /// and the day exist is for the caller to say (`isoMonth`, `isoDay`, or `DateNotation`'s messages).
    public static func isoFields<S: StringProtocol>(_ text: S) -> [Int]? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4,
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return nil
        }
        return parts.compactMap { Int($0) }
    }

    /// 2022-06: a month that exists.
    public static func isoMonth<S: StringProtocol>(_ text: S) -> YearMonth? {
        guard let f = isoFields(text), f.count == 2 else { return nil }
        return YearMonth(year: f[0], month: f[1])
    }

    /// 2023-03-31: a day that exists.
    public static func isoDay<S: StringProtocol>(_ text: S) -> Day? {
        guard let f = isoFields(text), f.count == 3 else { return nil }
        return Day(year: f[0], month: f[1], day: f[2])
    }
}
