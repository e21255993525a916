import JukiRender
import XCTest

final class LayoutTests: XCTestCase {
    func testGroupsThousands() {
        XCTAssertEqual(Figures.grouped(0), "0")
        XCTAssertEqual(Figures.grouped(752), "752")
        XCTAssertEqual(Figures.grouped(1000), "1,000")
        XCTAssertEqual(Figures.grouped(1_352_771), "1,352,771")
        XCTAssertEqual(Figures.grouped(113_235), "113,235")
    }
}
