import JukiDiagnostics
import XCTest

/// The closing lines state their counts as every other message does: grouped from 1,000 (`Notation.grouped`),
/// unchanged below.
final class CountMessageTests: XCTestCase {
    func testClosingCountsAreGrouped() {
        XCTAssertEqual(Problem.summary(toFill: 1_200, errors: 1_352_771, nothingWritten: true).message,
                       "記入が残っているところが1,200件あります。1,352,771件の誤りがありました。何も書いていません。")
        XCTAssertEqual(Problem.summary(toFill: 0, errors: 999, nothingWritten: true).message, "999件の誤りがありました。何も書いていません。")
        // check writes nothing, and says nothing of writing.
        XCTAssertEqual(Problem.summary(toFill: 2, errors: 1, nothingWritten: false).message, "記入が残っているところが2件あります。1件の誤りがありました。")
        XCTAssertEqual(Problem.notCompared(folder: "R4", count: 12_345).message,
                       "版「R4」に12,345件の誤りがあり、比べられませんでした。")
        XCTAssertEqual(Problem.notCompared(folder: "R4", count: 3).message, "版「R4」に3件の誤りがあり、比べられませんでした。")
    }
}
