import Foundation
import JukiModel
import XCTest

/// The hand-written era table agrees with Foundation's Japanese calendar on every day from 1873 (the first Gregorian year in Japan) to 2100.
final class EraTableTests: XCTestCase {
    func testAgreesWithFoundationsJapaneseCalendar() throws {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        var japanese = Calendar(identifier: .japanese)
        japanese.timeZone = gregorian.timeZone
        let formatter = DateFormatter()
        formatter.calendar = japanese
        formatter.locale = Locale(identifier: "ja_JP")
        formatter.timeZone = gregorian.timeZone
        formatter.dateFormat = "Gy年M月d日"
        var day = DateComponents(calendar: gregorian, year: 1873, month: 1, day: 1).date!
        let end = DateComponents(calendar: gregorian, year: 2101, month: 1, day: 1).date!
        var checked = 0
        while day < end {
            let c = gregorian.dateComponents([.year, .month, .day], from: day)
            let ours = EraText.day(Day(year: c.year!, month: c.month!, day: c.day!)!)
            XCTAssertEqual(ours, formatter.string(from: day), "\(c)")
            if ours != formatter.string(from: day) { return }
            day = gregorian.date(byAdding: .day, value: 1, to: day)!
            checked += 1
        }
        XCTAssertGreaterThan(checked, 83_000)
    }
}
