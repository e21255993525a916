/// Formats dates in 和暦, as the report prints them. The one place that decides how a date reads.
public enum EraText {
    /// 令和4年6月. A month takes the era in force on its first day (1989-01 is 昭和64年1月).
    public static func month(_ m: YearMonth) -> String {
        guard let era = Era.of(m.firstDay) ?? Era.of(m.lastDay) else { return m.description }
        return era.yearText(m.year) + "\(m.month)月"
    }

    /// 令和5年3月31日, 令和元年5月1日.
    public static func day(_ d: Day) -> String {
        guard let era = Era.of(d) else { return d.description }
        return era.yearText(d.year) + "\(d.month)月\(d.day)日"
    }

    /// 令和4年度, 令和元年度 (see `FiscalYear` for the naming rule).
    public static func fiscalYear(_ fy: FiscalYear) -> String {
        guard let era = fy.era else { return "\(fy.startYear)年度" }
        return era.yearText(fy.startYear) + "度"
    }

    /// 令和4年11月から令和5年1月; within one era year the end drops it: 令和5年9月から10月.
    public static func period(_ p: Period) -> String {
        if p.isSingleMonth { return month(p.start) }
        let start = month(p.start)
        let end = month(p.end)
        let sameEraYear = Era.of(p.start.firstDay) == Era.of(p.end.firstDay) && p.start.year == p.end.year
        return start + "から" + (sameEraYear ? "\(p.end.month)月" : end)
    }
}
