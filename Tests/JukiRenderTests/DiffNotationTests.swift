import JukiDiff
import JukiModel
import JukiRender
import XCTest

/// The diff's writers decide how its values read: counts grouped as in the report, dates in 和暦 (text and
/// HTML), ISO 8601 and plain numbers (JSON).
final class DiffNotationTests: XCTestCase {
    func diff(_ changes: [Change]) -> EditionDiff {
        EditionDiff(mode: .editions, old: .init(name: "a", fiscalYear: FiscalYear(startYear: 2022)),
                    new: .init(name: "b", fiscalYear: FiscalYear(startYear: 2023)),
                    sections: [DiffSection(id: "activities", title: "2 外部監査等", changes: changes)])
    }

    func testTextGroupsCountsAndWritesEraDates() throws {
        let may = try XCTUnwrap(YearMonth(year: 2019, month: 5)), march = try XCTUnwrap(YearMonth(year: 2020, month: 3))
        let d = diff([
            Change(["所属点検", "時期"], .date(old: .period(Period(month: may)), new: .period(try XCTUnwrap(Period(start: may, end: march))))),
            Change(["開示請求"], .figure(old: 999, new: 1_352_771, unit: "件")),
            Change(["所属点検", "対象"], .replaced(old: .targets(.units(["市町村課"])), new: .targets(.described("全所属", unitCount: 1200)))),
            Change(["(4) 照合情報認証"], .added(.certifiedUnit(CertifiedUnit(unit: "観光課", count: 12_345)))),
        ])
        XCTAssertEqual(DiffText.render(d), """
            --- 旧: a（令和4年度）
            +++ 新: b（令和5年度）

            ■ 2 外部監査等
              所属点検 時期: 令和元年5月 → 令和元年5月から令和2年3月
              開示請求: 999件 → 1,352,771件 (+1,351,772)
              所属点検 対象: {+全所属+}（{+計+}1[-所属）市町村課-]{+,200所属）+}
              (4) 照合情報認証: 追加 {+観光課 12,345人+}

            """)
        let json = DiffJSON.render(d)
        XCTAssertTrue(json.contains("\"new\" : \"2019-05/2020-03\""), json)
        XCTAssertTrue(json.contains("\"new\" : 1352771"), json)
        XCTAssertTrue(json.contains("\"count\" : 12345"), json)
        XCTAssertTrue(json.contains("\"unitCount\" : 1200"), json)
    }
}
