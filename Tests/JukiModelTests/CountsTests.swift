import JukiModel
import XCTest

/// The model counts 所属 and sums 件数 once; the views, the differ and the XML read these.
final class CountsTests: XCTestCase {
    func testAnActivityCountsItsUnits() {
        let period = Period(month: YearMonth(year: 2022, month: 6)!)
        XCTAssertEqual(Activity(name: "所属点検", period: period, targets: .units(["市町村課", "税務課"])).unitCount, 2)
        XCTAssertEqual(Activity(name: "外部監査", period: period, targets: .described("全利用所属", unitCount: 54)).unitCount, 54)
        XCTAssertEqual(Activity(name: "緊急時対応訓練", period: period).unitCount, 0)
    }

    func testTheAnnexTotalsAreTheCategoryCases() {
        let rows = [AffairUse(affair: "a", basis: "b", cases: 3), AffairUse(affair: "c", basis: "d", cases: 0)]
        XCTAssertEqual(UseCategory(basis: nil, annex: rows).cases, 3)
        let published = [PublishedUse(affair: "a", basis: "b", kind: .use, recipient: nil, cases: 5),
                         PublishedUse(affair: "a", basis: "b", kind: .provision, recipient: "県", cases: 7)]
        let stated = UseCategory(availableAffairs: 1, basis: nil, usedAffairs: 1, cases: 1)
        XCTAssertEqual(IdentityUse(statutory: stated, ordinance: stated, publication: "", publicationAnnex: published).publicationCases, 12)
        XCTAssertNil(IdentityUse(statutory: stated, ordinance: stated, publication: "").publicationCases)
    }
}
