/// A Japanese fiscal year (年度): April of `startYear` to March of the next year.
///
/// Naming rule (decided here, tested in `DateNotationTests.testFiscalYearNamesAcrossTheEraChange`): a 年度 takes the latest era that began in its
/// starting calendar year or before. FY2019 (2019-04-01 to 2020-03-31) is therefore 令和元年度, as the
/// national government and most prefectures wrote it after 2019-05-01, not 平成31年度; FY1988 is 昭和63年度.
/// Records may still write 平成31年度: it is read as FY2019 and printed as 令和元年度.
public struct FiscalYear: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let startYear: Int

    public init(startYear: Int) { self.startYear = startYear }

    public var next: FiscalYear { FiscalYear(startYear: startYear + 1) }
    public var previous: FiscalYear { FiscalYear(startYear: startYear - 1) }

    public var firstDay: Day { Day(year: startYear, month: 4, day: 1)! }
    /// 「令和5年3月31日現在」 in the report of FY2022.
    public var lastDay: Day { Day(year: startYear + 1, month: 3, day: 31)! }
    public var firstMonth: YearMonth { firstDay.yearMonth }
    public var lastMonth: YearMonth { lastDay.yearMonth }

    public func contains(_ month: YearMonth) -> Bool { firstMonth <= month && month <= lastMonth }
    public func contains(_ period: Period) -> Bool { contains(period.start) && contains(period.end) }

    /// The era the 年度 is named in (see the type's note); nil before 明治.
    public var era: Era? { Era.all.last { $0.firstDay.year <= startYear } }

    public static func < (a: FiscalYear, b: FiscalYear) -> Bool { a.startYear < b.startYear }

    /// The Gregorian year, as in XML: 2022.
    public var description: String { String(startYear) }
}
