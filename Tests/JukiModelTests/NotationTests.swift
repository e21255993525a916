@testable import JukiModel
import XCTest

/// The notation rules each live once (`Notation`, `Era`): grouping, 全角 digits, blanks, ISO dates, 元年.
final class NotationTests: XCTestCase {
    func testDigitsInEitherWidth() {
        XCTAssertEqual((0...9).map { Notation.digit(Character(String($0))) }, Array(0...9))
        XCTAssertEqual("０１２３４５６７８９".map { Notation.digit($0) }, Array(0...9))
        XCTAssertNil(Notation.digit("a"))
        XCTAssertNil(Notation.digit("〇"))
        XCTAssertEqual(Notation.halfWidthDigits("令和４年６月"), "令和4年6月")
        XCTAssertEqual(Notation.halfWidthDigits("令和4年"), "令和4年")
    }

    func testBlanks() {
        XCTAssertTrue(Notation.isBlank(""))
        XCTAssertTrue(Notation.isBlank(" \t\u{3000}\u{00A0}"))
        XCTAssertFalse(Notation.isBlank("\n"))
        XCTAssertEqual(Notation.trimmed("\u{3000} 住基ネットの概要\u{3000}等\t\u{00A0}"), "住基ネットの概要\u{3000}等")
        XCTAssertEqual(Notation.trimmedXML("\n  2022-06\r\n"), "2022-06")
        XCTAssertEqual(Notation.blanks.map { Notation.isBlank(Character($0)) }, Notation.blanks.map { _ in true })
    }

    /// The byte shortcut says exactly what the rule says, for every blank at either end and for text without.
    func testBlankEndShortcutAgreesWithTheRule() {
        let samples = ["観光課", "a", "あ", "7", "、", "\u{3001}x", "x\u{3001}", "\u{00A9}", "\u{3000}"]
            + Notation.blanks.flatMap { b in ["\(b)観光課", "観光課\(b)", "\(b)", "観\(b)光"] }
        for s in samples {
            let rule = s.first.map(Notation.isBlank) == true || s.last.map(Notation.isBlank) == true
            XCTAssertEqual(Notation.hasBlankEnd(utf8: Array(s.utf8)), rule, s)
        }
    }

    func testISODates() {
        XCTAssertEqual(Notation.isoFields("2022-06"), [2022, 6])
        XCTAssertEqual(Notation.isoFields("2023-03-31"), [2023, 3, 31])
        XCTAssertNil(Notation.isoFields("22-06"))
        XCTAssertNil(Notation.isoFields("2022-+6"))
        XCTAssertNil(Notation.isoFields("2022-06-"))
        XCTAssertEqual(Notation.isoMonth("2022-06"), YearMonth(year: 2022, month: 6))
        XCTAssertNil(Notation.isoMonth("2022-13"))
        XCTAssertEqual(Notation.isoDay("2024-02-29"), Day(year: 2024, month: 2, day: 29))
        XCTAssertNil(Notation.isoDay("2023-02-29"))
        XCTAssertNil(Notation.isoDay("2023-02"))
    }

    /// 元年 written and read by one pair of functions: every year of an era reads back as itself.
    func testGannenBothWays() {
        XCTAssertEqual(Era.numeral(1), "元")
        XCTAssertEqual(Era.numeral(4), "4")
        for n in 1...64 { XCTAssertEqual(Era.number(numeral: Era.numeral(n)), n) }
        XCTAssertEqual(Era.number(numeral: "1"), 1)
        XCTAssertNil(Era.number(numeral: "元元"))
        let reiwa = Era.named("令和")!
        XCTAssertEqual(EraText.fiscalYear(FiscalYear(startYear: 2019)), "令和元年度")
        XCTAssertEqual(EraText.fiscalYear(FiscalYear(startYear: 2020)), "令和2年度")
        XCTAssertEqual(reiwa.yearText(2019), "令和元年")
    }
}
