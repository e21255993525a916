@testable import JukiModel
import XCTest

/// The byte reading of a plainly written era day gives what the general reading gives, and leaves to it (nil)
/// every text it would refuse or read otherwise, so that messages are the general reading's own.
final class PlainEraDayTests: XCTestCase {
    func general(_ text: String) -> Day? {
        if case .success(.day(let d)) = DateNotation.parse(DateNotation.normalized(text)) { return d }
        return nil
    }

    func testTheSameDayAsTheGeneralReading() {
        for text in ["令和5年6月30日", "令和元年5月1日", "令和1年5月1日", "平成31年4月30日", "平成元年1月8日", "昭和64年1月7日",
                     "明治45年7月29日", "大正元年7月30日", "令和05年06月09日", "令和4年12月31日", "令和6年2月29日",
                     "令和7981年12月31日"] {
            XCTAssertNotNil(DateNotation.plainEraDay(text), text)
            XCTAssertEqual(DateNotation.plainEraDay(text), general(text), text)
        }
    }

    func testLeavesEverythingElseToTheGeneralReading() {
        for text in ["令和0年6月1日", "令和5年13月1日", "令和5年2月30日", "令和5年6月0日", "令和元年4月30日", "平成31年5月1日",
                     "昭和64年1月8日", "令和7982年1月1日", "令和12345年1月1日", "令和5年6月", "令和5年6月30日 ", " 令和5年6月30日",
                     "令和５年６月３０日", "令和5年6月30", "令和5年6月30日まで", "2023-06-30", "西暦5年6月30日", "令和年6月30日",
                     "令和5年00006月1日", ""] {
            XCTAssertNil(DateNotation.plainEraDay(text), text)
        }
        // Those that are days all the same are read by the general reading, to the same day.
        XCTAssertEqual(try DateNotation.day("令和５年６月３０日").get(), Day(year: 2023, month: 6, day: 30))
        XCTAssertEqual(try DateNotation.day(" 令和5年6月30日").get(), Day(year: 2023, month: 6, day: 30))
    }
}
