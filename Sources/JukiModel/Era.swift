/// The Japanese eras (元号) since the Gregorian calendar was adopted, with their first days.
///
/// Written by hand rather than taken from `Calendar(identifier: .japanese)`: five fixed rows are the whole
/// rule, they need neither a time zone nor ICU (so a build under `TZ=UTC` equals one under `Asia/Tokyo`),
/// and parsing with them can say exactly why 平成31年5月 or 令和4年13月 is not a date. A test checks the
/// table against Foundation's Japanese calendar for every day from 1873 (when Japan took the Gregorian calendar) to 2100.
public struct Era: Hashable, Sendable {
    public let name: String
    public let firstDay: Day

    public static let all: [Era] = [
        Era(name: "明治", firstDay: Day(year: 1868, month: 1, day: 25)!),
        Era(name: "大正", firstDay: Day(year: 1912, month: 7, day: 30)!),
        Era(name: "昭和", firstDay: Day(year: 1926, month: 12, day: 25)!),
        Era(name: "平成", firstDay: Day(year: 1989, month: 1, day: 8)!),
        Era(name: "令和", firstDay: Day(year: 2019, month: 5, day: 1)!),
    ]

    public static func named(_ name: String) -> Era? { all.first { $0.name == name } }

    /// The era after this one, if any.
    public var next: Era? {
        guard let i = Era.all.firstIndex(of: self), i + 1 < Era.all.count else { return nil }
        return Era.all[i + 1]
    }

    /// The last day of this era, if it has ended.
    public var lastDay: Day? {
        guard let next else { return nil }
        return next.firstDay.previous
    }

    /// The era in force on a day; nil before 明治.
    public static func of(_ day: Day) -> Era? { all.last { $0.firstDay <= day } }

    /// Gregorian year of this era's year `n` (元年 is 1).
    public func gregorianYear(_ n: Int) -> Int { firstDay.year + n - 1 }

    /// This era's year number for a Gregorian year.
    public func eraYear(_ gregorianYear: Int) -> Int { gregorianYear - firstDay.year + 1 }

    /// 元年 for the first year, else the number: 令和元年, 令和4年 (a 年度 adds 度: 令和元年度).
    public func yearText(_ gregorianYear: Int) -> String {
        name + Era.numeral(eraYear(gregorianYear)) + "年"
    }

    /// How an era year's number reads: 元 for the first, else the number. The one place that knows 元年,
    /// both ways (`number(numeral:)` reads it back).
    public static func numeral(_ n: Int) -> String { n == 1 ? "元" : String(n) }

    /// 1 for 元, else the number of 1 to 4 ASCII digits (令和1年 is 令和元年; 0 is read, and refused by the caller).
    public static func number<S: StringProtocol>(numeral text: S) -> Int? {
        text == "元" ? 1 : DateNotation.number(String(text))
    }
}

extension Day {
    var previous: Day {
        if day > 1 { return Day(year: year, month: month, day: day - 1)! }
        if month > 1 { return Day(year: year, month: month - 1, day: Day.daysIn(year: year, month: month - 1))! }
        return Day(year: year - 1, month: 12, day: 31)!
    }
}
