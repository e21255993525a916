import Foundation
import JukiDiff
import JukiModel
@testable import JukiRender
import JukiTestSupport
import XCTest

/// Issue 14 §2 on the pages: 電話 and FAX as tel: links, 掲載日 and 更新日 under the h1, 「別添3」 in the 公表
/// sentence linking the 別添3 page, and the diff page's words for `--plan` (its title, the report's labels).
final class SitePageTests: XCTestCase {
    func testPhoneNumbersLinkTheirDigits() {
        XCTAssertEqual(PhoneView("045-210-0000").href, "tel:045-210-0000")
        XCTAssertEqual(PhoneView("０４５－２１０－３１７１（直通）").href, "tel:045-210-3171")
        XCTAssertEqual(PhoneView("045(210)3171").href, "tel:045-210-3171")
        XCTAssertEqual(PhoneView("+81 45 210 3171").href, "tel:+81-45-210-3171")
        XCTAssertNil(PhoneView("代表").href)
        XCTAssertEqual(PhoneView("０４５－２１０－３１７１（直通）").text, "０４５－２１０－３１７１（直通）")
    }

    func testTheFooterLinksPhoneAndFax() throws {
        let page = try HTMLReport.render(try HTMLFixture.edition(Paths.inRoot("input/R4")), name: "R4",
                                         site: try HTMLFixture.site(), templates: try HTMLFixture.templates())
        XCTAssertTrue(page.contains("<div><dt>電話</dt><dd><a href=\"tel:045-210-0000\">045-210-0000</a></dd></div>\n"
                                    + "<div><dt>FAX</dt><dd><a href=\"tel:045-210-0001\">045-210-0001</a></dd></div>\n"))
    }

    /// 掲載日 (when given) and 更新日 right under the h1 of the page; the CMS fragment carries neither.
    func testTheDatesStandUnderTheTitle() throws {
        var site = try HTMLFixture.site()
        site.published["R4"] = Day(year: 2023, month: 6, day: 1)!
        let r4 = try HTMLFixture.edition(Paths.inRoot("input/R4")), templates = try HTMLFixture.templates()
        let page = try HTMLReport.render(r4, name: "R4", site: site, templates: templates)
        XCTAssertTrue(page.contains("""
            <h1>令和4年度住民基本台帳ネットワークシステムの セキュリティ対策の措置状況等について</h1>
            <p class="page-dates"><span>掲載日：<time datetime="2023-06-01">令和5年6月1日</time></span> \
            <span>更新日：<time datetime="2023-06-30">令和5年6月30日</time></span></p>
            <section>
            """), page)
        let fragment = try HTMLReport.render(r4, name: "R4", site: site, templates: templates, fragment: true)
        XCTAssertFalse(fragment.contains("page-dates"))
        XCTAssertEqual(page.components(separatedBy: "更新日：").count, 2, "one 更新日 on the page")
    }

    /// With annex3.csv, 「別添3」 of the 公表 sentence is the link (no second link below it); without, plain text.
    func testThePublicationSentenceLinksAnnex3() throws {
        let templates = try HTMLFixture.templates(), site = try HTMLFixture.site(extraEditions: ["annexes"])
        let annexes = try HTMLReport.render(try HTMLFixture.edition(Paths.inRoot("Tests/Editions/annexes")), name: "annexes",
                                            site: site, templates: templates)
        XCTAssertTrue(annexes.contains("<p>住民基本台帳法施行条例第6条の規定に基づき、<a href=\"annex3.html\">別添3</a>のとおり公表する。</p>\n<h3>"))
        XCTAssertEqual(annexes.components(separatedBy: "href=\"annex3.html\"").count, 2)
        XCTAssertTrue(annexes.contains("（<a href=\"annex1.html\">別添1</a>参照）"))
        let r4 = try HTMLReport.render(try HTMLFixture.edition(Paths.inRoot("input/R4")), name: "R4", site: site, templates: templates)
        XCTAssertTrue(r4.contains("<p>住民基本台帳法施行条例第6条の規定に基づき、別添3のとおり公表する。</p>"))
        XCTAssertFalse(r4.contains(".html\">別添"), "no 別添 link without its table")
    }

    /// `diff --plan`: its own title, and each activity summarised under the report's label: 実施概要 for one held,
    /// 内容 for one planned (the diff page once said 内容 for both).
    func testThePlanDiffSpeaksTheReportsWords() throws {
        let r4 = try HTMLFixture.edition(Paths.inRoot("input/R4"))
        var planned = r4, held = r4
        planned.plan.activities[0].name = "計画だけの点検"
        held.results.activities.append(held.results.activities[0])
        held.results.activities[held.results.activities.count - 1].name = "計画になかった点検"
        let diff = EditionDiff.comparePlan(planned, held, oldName: "R4", newName: "R5")
        let page = try DiffHTML.render(diff, templates: try HTMLFixture.templates())
        XCTAssertTrue(page.contains("<title>令和4年度の計画と結果（R4 と R5）</title>"), page)
        let text = DiffText.render(diff)
        let added = try XCTUnwrap(text.components(separatedBy: "\n").first { $0.contains("計画になかった点検（") }, text)
        XCTAssertTrue(added.contains("実施概要：") && !added.contains("内容："), added)
        let removed = try XCTUnwrap(text.components(separatedBy: "\n").first { $0.contains("計画だけの点検（") }, text)
        XCTAssertTrue(removed.contains("内容：") && !removed.contains("実施概要："), removed)
        XCTAssertTrue(try DiffHTML.render(EditionDiff.compare(r4, r4, oldName: "R4", newName: "R5"),
                                          templates: try HTMLFixture.templates()).contains("<title>R4 と R5 の違い</title>"))
    }
}
