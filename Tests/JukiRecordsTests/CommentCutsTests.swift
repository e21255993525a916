@testable import JukiRecords
import XCTest

/// The byte pass that decides whether report.yaml's tree is walked for values cut at ` #`: it must say yes for
/// every line that could cut a value (a false no would let a cut value through), and no for comment lines.
final class CommentCutsTests: XCTestCase {
    func testLinesThatMayCutAValue() {
        XCTAssertTrue(YAMLCommentCuts.mayCut("講師: 市町村課 #2班\n"))
        XCTAssertTrue(YAMLCommentCuts.mayCut("年度: 令和4年度\n  - 財務課\t# 2班"))
        XCTAssertTrue(YAMLCommentCuts.mayCut("a: b\r\nc: d #e\r\n"))
        XCTAssertTrue(YAMLCommentCuts.mayCut("a: \"b\" # 引用符の後"))   // walked; the walk allows it
        XCTAssertTrue(YAMLCommentCuts.mayCut("# 見出し\n講師: 市町村課 #2班"))
    }

    func testCommentLinesAndHashesInsideTextDoNot() {
        XCTAssertFalse(YAMLCommentCuts.mayCut(""))
        XCTAssertFalse(YAMLCommentCuts.mayCut("# 令和4年度: 35\n講師: 市町村課\n"))
        XCTAssertFalse(YAMLCommentCuts.mayCut("  # 字下げしたコメント\n\t# タブの後\n"))
        XCTAssertFalse(YAMLCommentCuts.mayCut("講師: 第2班#1\n"))
        XCTAssertFalse(YAMLCommentCuts.mayCut("#\n #\n"))
    }
}
