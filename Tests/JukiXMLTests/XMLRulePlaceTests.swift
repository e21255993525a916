import JukiModel
import JukiRecords
import JukiTestSupport
import JukiXML
import XCTest

/// The model's rules say where they are broken in the model's terms; the XML reader points each place at
/// its element (and a duplicate's first at the first's element).
final class XMLRulePlaceTests: XCTestCase {
    func testEveryRuleOfTheModelPointsAtItsElement() throws {
        var edition = try XMLTest.edition(Paths.inRoot("input/R4"))
        edition.results.trainings[1].period = Period(month: try XCTUnwrap(YearMonth(year: 2022, month: 3)))
        let first = edition.results.certification.rows[0]
        edition.results.certification.rows.append(first)
        edition.results.identityUse.statutory = UseCategory(availableAffairs: 3, basis: nil, usedAffairs: 4, cases: 5)
        edition.results.disclosure.since = try XCTUnwrap(Day(year: 2023, month: 4, day: 1))
        let withResult = try XCTUnwrap(edition.results.activities.firstIndex { $0.auditResult != nil })
        edition.results.activities[withResult].auditResult?.unitsWithFindings = 999
        edition.results.activities[0].auditResult = AuditResult(unitsWithFindings: 1, remark: nil)
        edition.results.activities[1].targets = .units(["甲課", "乙課", "甲課"])
        edition.plan.trainings[0].period = edition.results.trainings[0].period
        edition.plan.activities[0].targets = .units(["丙課", "丙課"])
        let bytes = Array(try XMLArchive.document(for: edition, schema: try XMLTest.schema()).utf8)
        guard case .failure(let d) = XMLArchive.read(bytes: bytes, path: "report.xml", schema: try XMLTest.schema()) else {
            return XCTFail("the document was accepted")
        }
        XCTAssertEqual(d.rendered, """
            report.xml:25:9: エラー: 時期「令和4年3月」が令和4年度（令和4年4月から令和5年3月まで）の外です。
                    <period>
                    ^
            report.xml:83:11: エラー: 所属「甲課」が2度あります。1度だけ書いてください。
                      <unit>甲課</unit>
                      ^
            report.xml:81:11: 注記: 最初はここにあります。
                      <unit>甲課</unit>
                      ^
            report.xml:129:11: エラー: 指摘があった所属（999）が対象の所属（15）より多くなっています。
                      <unitsWithFindings>999</unitsWithFindings>
                      ^
            report.xml:128:9: エラー: 「監査結果」は1つの「点検・監査」にだけ書けます。
                    <auditResult>
                    ^
            report.xml:67:9: 注記: 最初はここにあります。
                    <auditResult>
                    ^
            report.xml:137:9: エラー: 利用した事務（4）が利用できる事務（3）より多くなっています。
                    <usedAffairs>4</usedAffairs>
                    ^
            report.xml:261:9: エラー: 所属「NPO協働推進課」が2度あります。1度だけ書いてください。
                    <name>NPO協働推進課</name>
                    ^
            report.xml:149:9: 注記: 最初はここにあります。
                    <name>NPO協働推進課</name>
                    ^
            report.xml:267:7: エラー: 開示の開始日「令和5年4月1日」が令和4年度の終わりより後です。
                  <since>2023-04-01</since>
                  ^
            report.xml:297:9: エラー: 時期「令和4年6月」が令和5年度（令和5年4月から令和6年3月まで）の外です。
                    <period>
                    ^
            report.xml:322:11: エラー: 所属「丙課」が2度あります。1度だけ書いてください。
                      <unit>丙課</unit>
                      ^
            report.xml:321:11: 注記: 最初はここにあります。
                      <unit>丙課</unit>
                      ^

            """)
    }
}
