/// Reads the date notations that records may use. Pure functions over text: no locale, no time zone.
///
/// Accepted: 和暦 (令和4年6月, 令和元年5月, 令和1年5月, 平成16年2月1日) and ISO (2022-06, 2023-03-31),
/// with 全角 digits allowed (令和４年６月). A span is two of them joined by から (令和4年11月から令和5年1月,
/// 令和5年9月から10月); a printed まで or までの間 after it is accepted, so text copied from the
/// published report reads back.
public enum DateNotation {
    public enum Failure: Error, Hashable, Sendable {
        /// Not a date in any accepted notation.
        case unrecognized(String)
        /// A month outside 1...12.
        case noSuchMonth(Int)
        /// A day that the month does not have (2023-02-29).
        case noSuchDay(year: Int, month: Int, day: Int)
        /// 令和0年.
        case eraYearZero(era: String)
        /// 平成31年5月: the era had ended (or not begun) by then. `correct` is the same time in its own era.
        case outsideEra(written: String, correct: String)
        /// Before 明治.
        case tooEarly(String)
        /// A day where only a month belongs (時期 are months).
        case dayNotAllowed(String)
        /// The end of a span before its start.
        case reversedSpan(start: String, end: String)
        /// A month where a day belongs (開始日: 平成16年2月).
        case monthWithoutDay(String)
        /// Two months joined by ～ (or 〜, ~) instead of から; `suggested` is the span written with から.
        case spanSeparator(written: String, suggested: String)
        /// Not a 年度 (令和4年度, 2022年度, 2022).
        case notFiscalYear(String)
        /// 平成32年度: no such 年度 name. `correct` is the right name.
        case noSuchFiscalYear(written: String, correct: String)
        /// A date after 9999, or a 年度 after 9998 (its plan is for the next): the archive writes 4-digit years.
        case tooLate(String, lastYear: Int)
    }

    /// The last year a date may fall in, and the last 年度 an edition may report (its plan is for the next).
    public static let lastYear = 9999
    public static let lastFiscalYear = lastYear - 1

    // MARK: Public entry points

    /// A month: 令和4年6月, 2022-06.
    public static func month(_ text: String) -> Result<YearMonth, Failure> {
        switch parse(normalized(text)) {
        case .failure(let f): return .failure(f)
        case .success(.month(let m)): return .success(m)
        case .success(.day): return .failure(.dayNotAllowed(text))
        }
    }

    /// A day: 平成16年2月1日, 2004-02-01.
    public static func day(_ text: String) -> Result<Day, Failure> {
        if let day = plainEraDay(text) { return .success(day) }
        switch parse(normalized(text)) {
        case .failure(let f): return .failure(f)
        case .success(.day(let d)): return .success(d)
        case .success(.month): return .failure(.monthWithoutDay(text))
        }
    }

    /// A month or a span of months.
    public static func period(_ text: String) -> Result<Period, Failure> {
        var s = normalized(text)
        for suffix in ["までの間", "まで"] where s.hasSuffix(suffix) {
            s.removeLast(suffix.count)
            break
        }
        guard let range = s.firstRange(of: "から") else {
            // 令和4年11月～令和5年1月: a span joined the way tables often join them.
            for tilde: Character in ["～", "〜", "~"] {
                let parts = s.split(separator: tilde, omittingEmptySubsequences: false).map(String.init)
                if parts.count == 2, case .success = month(parts[0]) {
                    return .failure(.spanSeparator(written: text, suggested: parts[0] + "から" + parts[1]))
                }
            }
            return month(s).map(Period.init(month:))
        }
        let startText = String(s[..<range.lowerBound])
        let endText = String(s[range.upperBound...])
        let start: YearMonth
        switch month(startText) {
        case .failure(let f): return .failure(f)
        case .success(let m): start = m
        }
        let end: YearMonth
        if let m = Int(endText.dropLast()), endText.hasSuffix("月"), endText.allSatisfy({ $0.isASCII || $0 == "月" }) {
            // 令和5年9月から10月: the end month in the start's year.
            guard let ym = YearMonth(year: start.year, month: m) else { return .failure(.noSuchMonth(m)) }
            end = ym
        } else {
            switch month(endText) {
            case .failure(let f): return .failure(f)
            case .success(let m): end = m
            }
        }
        guard let p = Period(start: start, end: end) else {
            return .failure(.reversedSpan(start: startText, end: endText))
        }
        return .success(p)
    }

    /// A 年度: 令和4年度, 令和元年度, 平成31年度, 2022年度, 2022.
    public static func fiscalYear(_ text: String) -> Result<FiscalYear, Failure> {
        var s = normalized(text)
        if s.hasSuffix("年度") { s.removeLast(2) } else if !s.allSatisfy(\.isASCII) {
            return .failure(.notFiscalYear(text))
        }
        if let y = Int(s), s.count == 4 {
            return y > lastFiscalYear ? .failure(.tooLate(text, lastYear: lastFiscalYear)) : .success(FiscalYear(startYear: y))
        }
        guard let (era, n, rest) = eraPrefix(s + "年"), rest.isEmpty else { return .failure(.notFiscalYear(text)) }
        guard n >= 1 else { return .failure(.eraYearZero(era: era.name)) }
        guard era.gregorianYear(n) <= lastFiscalYear else { return .failure(.tooLate(text, lastYear: lastFiscalYear)) }
        let fy = FiscalYear(startYear: era.gregorianYear(n))
        // The canonical name, or the era in force on the 年度's first day (平成31年度 for FY2019).
        if fy.era == era || Era.of(fy.firstDay) == era { return .success(fy) }
        return .failure(.noSuchFiscalYear(written: text, correct: EraText.fiscalYear(fy)))
    }

    // MARK: Implementation

    enum Parsed { case month(YearMonth), day(Day) }

    /// 全角 digits and hyphen to ASCII (２０２２－０６ is 2022-06); the blanks around it removed (`Notation`).
    static func normalized(_ text: String) -> String {
        var out = Notation.halfWidthDigits(Notation.trimmed(text))
        if out.unicodeScalars.contains("－") { out = out.replacing("－", with: "-") }
        return out
    }

    /// 令和5年6月30日 written plainly (an era's name, 元 or 1–4 ASCII digits, 年, 1–4 digits, 月, 1–4 digits, 日, nothing
    /// around it) that is a day of that era, read from its bytes; nil for anything else, which the general reading
    /// (`parse`) takes and words. The same day as that reading gives (DateNotationTests holds the two together):
    /// a site.yaml of 940 editions holds 940 such dates, and read by Characters (trimmed, prefixed, split) they
    /// cost 37,000 instructions each, 35 M of building one edition from that archive (callgrind).
    static func plainEraDay(_ text: String) -> Day? {
        var text = text
        return text.withUTF8 { b -> Day? in
            var i = 0
            func mark(_ m: [UInt8]) -> Bool {
                guard i + m.count <= b.count, b[i..<i + m.count].elementsEqual(m) else { return false }
                i += m.count
                return true
            }
            func digits() -> Int? {
                var n = 0, k = 0
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39, k <= 4 {
                    n = n * 10 + Int(b[i] - 0x30)
                    i += 1
                    k += 1
                }
                return (1...4).contains(k) ? n : nil
            }
            guard let era = Era.all.first(where: { mark(Array($0.name.utf8)) }) else { return nil }
            let n: Int
            if mark(Marks.gan) { n = 1 } else if let number = digits() { n = number } else { return nil }
            guard mark(Marks.nen), let m = digits(), mark(Marks.tsuki), let d = digits(), mark(Marks.hi), i == b.count,
                  n >= 1, era.gregorianYear(n) <= lastYear, (1...12).contains(m),
                  let day = Day(year: era.gregorianYear(n), month: m, day: d),
                  era.firstDay <= day, era.lastDay.map({ day <= $0 }) ?? true else { return nil }
            return day
        }
    }

    private enum Marks {
        static let gan = Array("元".utf8), nen = Array("年".utf8), tsuki = Array("月".utf8), hi = Array("日".utf8)
    }

    static func parse(_ s: String) -> Result<Parsed, Failure> {
        if let first = s.first, first.isASCII, first.isNumber { return parseISO(s) }
        return parseEra(s)
    }

    static func parseISO(_ s: String) -> Result<Parsed, Failure> {
        guard let f = Notation.isoFields(s) else { return .failure(.unrecognized(s)) }
        guard (1...12).contains(f[1]) else { return .failure(.noSuchMonth(f[1])) }
        if f.count == 2 {
            return checkEraRange(.month(YearMonth(year: f[0], month: f[1])!), written: s)
        }
        guard let day = Day(year: f[0], month: f[1], day: f[2]) else {
            return .failure(.noSuchDay(year: f[0], month: f[1], day: f[2]))
        }
        return checkEraRange(.day(day), written: s)
    }

    static func parseEra(_ s: String) -> Result<Parsed, Failure> {
        guard let (era, n, rest) = eraPrefix(s) else { return .failure(.unrecognized(s)) }
        guard n >= 1 else { return .failure(.eraYearZero(era: era.name)) }
        guard rest.hasSuffix("月") || rest.hasSuffix("日") else { return .failure(.unrecognized(s)) }
        let y = era.gregorianYear(n)
        guard y <= lastYear else { return .failure(.tooLate(s, lastYear: lastYear)) }
        let fields = rest.split(whereSeparator: { $0 == "月" || $0 == "日" }).map(String.init)
        let shapeIsDay = rest.hasSuffix("日") && fields.count == 2 && rest.firstIndex(of: "月")! < rest.firstIndex(of: "日")!
        let shapeIsMonth = rest.hasSuffix("月") && fields.count == 1 && rest.filter({ $0 == "月" }).count == 1
        guard shapeIsDay || shapeIsMonth, let m = number(fields[0]) else { return .failure(.unrecognized(s)) }
        guard (1...12).contains(m) else { return .failure(.noSuchMonth(m)) }
        let parsed: Parsed
        if shapeIsDay {
            guard let d = number(fields[1]) else { return .failure(.unrecognized(s)) }
            guard let day = Day(year: y, month: m, day: d) else { return .failure(.noSuchDay(year: y, month: m, day: d)) }
            parsed = .day(day)
        } else {
            parsed = .month(YearMonth(year: y, month: m)!)
        }
        // The written era must have been in force at that time (昭和64年1月 and 平成元年1月 both exist).
        let first: Day, last: Day
        switch parsed {
        case .day(let d): (first, last) = (d, d)
        case .month(let m): (first, last) = (m.firstDay, m.lastDay)
        }
        let inForce = era.firstDay <= last && (era.lastDay.map { first <= $0 } ?? true)
        guard inForce else {
            return .failure(.outsideEra(written: s, correct: correctText(parsed)))
        }
        return .success(parsed)
    }

    static func checkEraRange(_ p: Parsed, written: String) -> Result<Parsed, Failure> {
        let first: Day
        switch p {
        case .day(let d): first = d
        case .month(let m): first = m.lastDay
        }
        return Era.of(first) == nil ? .failure(.tooEarly(written)) : .success(p)
    }

    static func correctText(_ p: Parsed) -> String {
        switch p {
        case .day(let d): return EraText.day(d)
        case .month(let m): return EraText.month(m)
        }
    }

    /// Splits 令和4年… into (令和, 4, "…"); 元 is 1.
    static func eraPrefix(_ s: String) -> (Era, Int, Substring)? {
        guard let era = Era.all.first(where: { s.hasPrefix($0.name) }) else { return nil }
        let afterEra = s.dropFirst(era.name.count)
        guard let nen = afterEra.firstIndex(of: "年") else { return nil }
        guard let n = Era.number(numeral: afterEra[..<nen]) else { return nil }
        return (era, n, afterEra[afterEra.index(after: nen)...])
    }

    /// 1 to 4 ASCII digits: a year, a month or a day as the notations write it.
    static func number(_ s: String) -> Int? {
        guard !s.isEmpty, s.count <= 4, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(s)
    }
}
