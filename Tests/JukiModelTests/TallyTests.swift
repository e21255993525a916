import JukiModel
import XCTest

/// Sums of counts never trap (issue 11, item 2): a sum past Int.max is held there, above `Tally.maximum`.
final class TallyTests: XCTestCase {
    func testSumsNearIntMaxDoNotTrap() {
        let rows = Array(repeating: CertifiedUnit(unit: "市町村課", count: Int.max / 2), count: 3)
        XCTAssertEqual(Certification(rows: rows).total, Int.max)
        XCTAssertGreaterThan(Certification(rows: rows).total, Tally.maximum)
        let annex = UseCategory(basis: nil, annex: [AffairUse(affair: "a", basis: "b", cases: Int.max),
                                                    AffairUse(affair: "c", basis: "d", cases: 1)])
        XCTAssertEqual(annex.cases, Int.max)
        XCTAssertEqual(Tally.sum([Int.max - 1, 1]), Int.max)
        XCTAssertEqual(Tally.sum([751, 10, 59]), 820)
    }

    func testGrouped() {
        XCTAssertEqual(Notation.grouped(1_352_771), "1,352,771")
        XCTAssertEqual(Notation.grouped(999), "999")
        XCTAssertEqual(Notation.grouped(-1000), "-1,000")
    }
}
