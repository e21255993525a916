import JukiModel
import JukiRender
import XCTest

final class LayoutTests: XCTestCase {
    func testGroupsThousands() {
        XCTAssertEqual(Notation.grouped(0), "0")
        XCTAssertEqual(Notation.grouped(752), "752")
        XCTAssertEqual(Notation.grouped(1000), "1,000")
        XCTAssertEqual(Notation.grouped(1_352_771), "1,352,771")
        XCTAssertEqual(Notation.grouped(113_235), "113,235")
    }
}
