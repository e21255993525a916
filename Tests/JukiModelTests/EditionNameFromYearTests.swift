import JukiModel
import XCTest

/// `import` names an edition after its 年度 when --as is not given.
final class EditionNameFromYearTests: XCTestCase {
    func testTheNameIsTheErasInitialAndTheYear() {
        func name(_ text: String) throws -> String { EditionName.of(try DateNotation.fiscalYear(text).get()) }
        XCTAssertEqual(try name("令和4年度"), "R4")
        XCTAssertEqual(try name("平成30年度"), "H30")
        XCTAssertEqual(try name("令和元年度"), "R1")
        XCTAssertEqual(try name("平成31年度"), "R1")
        XCTAssertEqual(try name("昭和63年度"), "S63")
        XCTAssertEqual(try name("平成元年度"), "H1")
        for year in 1868...2100 { XCTAssertTrue(EditionName.isValid(EditionName.of(FiscalYear(startYear: year))), "\(year)") }
    }
}
