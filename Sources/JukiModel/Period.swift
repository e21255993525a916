/// When something was done or is planned: one month, or a span of months (令和4年11月から令和5年1月).
public struct Period: Hashable, Sendable {
    public let start: YearMonth
    public let end: YearMonth

    /// Returns nil when the span runs backwards.
    public init?(start: YearMonth, end: YearMonth) {
        guard start <= end else { return nil }
        self.start = start
        self.end = end
    }

    public init(month: YearMonth) {
        start = month
        end = month
    }

    public var isSingleMonth: Bool { start == end }
}
