import JukiModel
import XCTest

final class DateNotationTests: XCTestCase {
    func month(_ s: String) -> YearMonth? { try? DateNotation.month(s).get() }

    func testReadsEraAndISOMonths() {
        XCTAssertEqual(month("令和4年6月"), YearMonth(year: 2022, month: 6))
        XCTAssertEqual(month("令和元年5月"), YearMonth(year: 2019, month: 5))
        XCTAssertEqual(month("令和1年5月"), YearMonth(year: 2019, month: 5))
        XCTAssertEqual(month("令和４年６月"), YearMonth(year: 2022, month: 6))
        XCTAssertEqual(month("2022-06"), YearMonth(year: 2022, month: 6))
        XCTAssertEqual(month("昭和64年1月"), YearMonth(year: 1989, month: 1))
        XCTAssertEqual(month("平成元年1月"), YearMonth(year: 1989, month: 1))
        XCTAssertEqual(month("平成31年4月"), YearMonth(year: 2019, month: 4))
    }

    func testReadsDays() {
        XCTAssertEqual(try DateNotation.day("平成16年2月1日").get(), Day(year: 2004, month: 2, day: 1))
        XCTAssertEqual(try DateNotation.day("2023-03-31").get(), Day(year: 2023, month: 3, day: 31))
        XCTAssertEqual(try DateNotation.day("令和元年5月1日").get(), Day(year: 2019, month: 5, day: 1))
    }

    func testRefusesImpossibleDates() {
        XCTAssertEqual(DateNotation.month("令和4年13月"), .failure(.noSuchMonth(13)))
        XCTAssertEqual(DateNotation.month("2022-00"), .failure(.noSuchMonth(0)))
        XCTAssertEqual(DateNotation.day("令和5年2月29日"), .failure(.noSuchDay(year: 2023, month: 2, day: 29)))
        XCTAssertEqual(DateNotation.month("令和0年5月"), .failure(.eraYearZero(era: "令和")))
        XCTAssertEqual(DateNotation.month("平成31年5月"), .failure(.outsideEra(written: "平成31年5月", correct: "令和元年5月")))
        XCTAssertEqual(DateNotation.month("令和元年4月"), .failure(.outsideEra(written: "令和元年4月", correct: "平成31年4月")))
        XCTAssertEqual(DateNotation.day("平成31年5月1日"), .failure(.outsideEra(written: "平成31年5月1日", correct: "令和元年5月1日")))
        XCTAssertEqual(DateNotation.month("令和4年6月15日"), .failure(.dayNotAllowed("令和4年6月15日")))
        XCTAssertEqual(DateNotation.month("来年の春"), .failure(.unrecognized("来年の春")))
        XCTAssertEqual(DateNotation.month("1800-01"), .failure(.tooEarly("1800-01")))
    }

    func testReadsSpans() throws {
        let p = try DateNotation.period("令和4年11月から令和5年1月").get()
        XCTAssertEqual(p.start, YearMonth(year: 2022, month: 11))
        XCTAssertEqual(p.end, YearMonth(year: 2023, month: 1))
        XCTAssertEqual(try DateNotation.period("令和5年9月から10月").get().end, YearMonth(year: 2023, month: 10))
        XCTAssertEqual(try DateNotation.period("令和5年12月から令和6年1月までの間").get().end, YearMonth(year: 2024, month: 1))
        XCTAssertEqual(DateNotation.period("令和5年10月から9月"), .failure(.reversedSpan(start: "令和5年10月", end: "9月")))
    }

    /// FY2019 is 令和元年度 (the era that began in its starting year); 平成31年度 is read as the same year.
    func testFiscalYearNamesAcrossTheEraChange() throws {
        XCTAssertEqual(EraText.fiscalYear(FiscalYear(startYear: 2019)), "令和元年度")
        XCTAssertEqual(EraText.fiscalYear(FiscalYear(startYear: 2018)), "平成30年度")
        XCTAssertEqual(EraText.fiscalYear(FiscalYear(startYear: 2020)), "令和2年度")
        XCTAssertEqual(EraText.fiscalYear(FiscalYear(startYear: 1988)), "昭和63年度")
        XCTAssertEqual(EraText.fiscalYear(FiscalYear(startYear: 1989)), "平成元年度")
        XCTAssertEqual(try DateNotation.fiscalYear("平成31年度").get(), FiscalYear(startYear: 2019))
        XCTAssertEqual(try DateNotation.fiscalYear("令和元年度").get(), FiscalYear(startYear: 2019))
        XCTAssertEqual(try DateNotation.fiscalYear("2022").get(), FiscalYear(startYear: 2022))
        XCTAssertEqual(try DateNotation.fiscalYear("２０２２年度").get(), FiscalYear(startYear: 2022))
        XCTAssertEqual(DateNotation.fiscalYear("平成32年度"), .failure(.noSuchFiscalYear(written: "平成32年度", correct: "令和2年度")))
        XCTAssertEqual(DateNotation.fiscalYear("昭和64年度"), .failure(.noSuchFiscalYear(written: "昭和64年度", correct: "平成元年度")))
    }

    func testFiscalYearArithmetic() {
        let fy = FiscalYear(startYear: 2022)
        XCTAssertEqual(EraText.day(fy.lastDay), "令和5年3月31日")
        XCTAssertEqual(EraText.fiscalYear(fy.next), "令和5年度")
        XCTAssertTrue(fy.contains(YearMonth(year: 2023, month: 3)!))
        XCTAssertFalse(fy.contains(YearMonth(year: 2023, month: 4)!))
        XCTAssertFalse(fy.contains(YearMonth(year: 2022, month: 3)!))
    }

    func testFormatsEraDates() {
        XCTAssertEqual(EraText.month(YearMonth(year: 2019, month: 5)!), "令和元年5月")
        XCTAssertEqual(EraText.month(YearMonth(year: 2019, month: 4)!), "平成31年4月")
        XCTAssertEqual(EraText.month(YearMonth(year: 1989, month: 1)!), "昭和64年1月")
        XCTAssertEqual(EraText.day(Day(year: 1989, month: 1, day: 8)!), "平成元年1月8日")
        XCTAssertEqual(EraText.day(Day(year: 1989, month: 1, day: 7)!), "昭和64年1月7日")
        XCTAssertEqual(EraText.period(Period(start: YearMonth(year: 2022, month: 11)!, end: YearMonth(year: 2023, month: 1)!)!),
                       "令和4年11月から令和5年1月")
        XCTAssertEqual(EraText.period(Period(start: YearMonth(year: 2023, month: 9)!, end: YearMonth(year: 2023, month: 10)!)!),
                       "令和5年9月から10月")
        // Across the era change within one calendar year, the end keeps its era.
        XCTAssertEqual(EraText.period(Period(start: YearMonth(year: 2019, month: 4)!, end: YearMonth(year: 2019, month: 6)!)!),
                       "平成31年4月から令和元年6月")
    }

    /// Every written form reads back to the month it came from.
    func testEveryMonthRoundTripsThroughItsEraText() throws {
        for year in 1900...2100 {
            for m in 1...12 {
                let ym = YearMonth(year: year, month: m)!
                XCTAssertEqual(try DateNotation.month(EraText.month(ym)).get(), ym)
            }
        }
    }
}

/// The archive's schema writes years with four digits: a date after 9999 or a 年度 whose next 年度 (the plan's)
/// would pass 9999 is refused when read, so that `check` never passes what `build` cannot write.
final class DateNotationYearLimitTests: XCTestCase {
    func testYearsAfter9999AreRefused() {
        XCTAssertEqual(try DateNotation.month("9999-12").get(), YearMonth(year: 9999, month: 12))
        XCTAssertEqual(DateNotation.month("令和7982年1月"), .failure(.tooLate("令和7982年1月", lastYear: 9999)))
        XCTAssertEqual(DateNotation.day("令和7982年1月1日"), .failure(.tooLate("令和7982年1月1日", lastYear: 9999)))
        XCTAssertEqual(try DateNotation.fiscalYear("9998").get(), FiscalYear(startYear: 9998))
        XCTAssertEqual(DateNotation.fiscalYear("9999"), .failure(.tooLate("9999", lastYear: 9998)))
        XCTAssertEqual(DateNotation.fiscalYear("令和7981年度"), .failure(.tooLate("令和7981年度", lastYear: 9998)))
    }
}
