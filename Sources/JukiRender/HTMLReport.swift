import JukiDiagnostics
import JukiModel

/// `<output>/<edition>/index.html`: one edition as an accessible page for the prefecture's website
/// (JIS X 8341-3:2016 AA), or, as a fragment, only the report's content for pasting into the CMS.
///
/// Layout and wording are in `templates/html/` (`page`, `content`, `style`); the frame (site name,
/// breadcrumb, 問い合わせ先, 更新日) comes from `SiteConfig`. The stylesheet is inlined into `<style>`, so each
/// page stands alone in the site, the CMS and the archive.
public enum HTMLReport {
    /// The page's name inside the edition's output folder.
    public static let fileName = "index.html"

    /// - Parameters:
    ///   - name: the edition's folder name (R4): the key of its 更新日 in `site` (see `PageFrame`).
    ///   - fragment: only the report's content (no `<html>`, `<head>`, site frame, or styles).
    /// - Throws: when a template is missing.
    public static func render(_ edition: Edition, name: String, site: SiteConfig, templates: Templates,
                              fragment: Bool = false) throws(Diagnostics) -> String {
        if fragment { return try templates.render(ReportView(edition), template: TemplateRoots.htmlContent) }
        return try templates.render(page(edition, name: name, site: site), template: TemplateRoots.htmlPage)
    }

    /// The page's view: the report in the site's frame.
    static func page(_ edition: Edition, name: String, site: SiteConfig) -> PageView {
        let report = ReportView(edition)
        let pageName = report.fiscalYear + report.title
        let frame = PageFrame(site, trail: [CrumbView(name: pageName, href: nil)], edition: name)
        return PageView(pageTitle: pageName + " - " + site.siteName, site: frame.site, breadcrumb: frame.breadcrumb,
                        dates: frame.dates, report: report)
    }
}

/// What the CMS fragment (html/content alone) has of the page around it: no dates (the CMS places its own).
/// html/content is compiled inside it, as the page compiles it inside `PageView`: a name html/content or its
/// parts take from the page (`{{#dates}}` in html/page-dates) is declared here, empty, not left to chance.
struct FragmentPageView: Sendable {
    var dates: PageDatesView? { nil }
}

extension FragmentPageView: TemplateValue {
    static let templateFields: [(String, TemplateField<FragmentPageView>)] = [("dates", maybe { $0.dates })]
}
