import JukiDiagnostics
import JukiModel

/// The 別添 tables of an edition (annex1.html … annex3.html), each a page of its own beside the edition's
/// page (`templates/html/annex`), linked from where the report refers to it (（別添1参照）).
public enum HTMLAnnex {
    /// The edition's 別添 pages, by file name, in order; none when the edition carries no 別添 table.
    public static func render(_ edition: Edition, name: String, site: SiteConfig,
                              templates: Templates) throws(Diagnostics) -> [(fileName: String, html: String)] {
        var out: [(fileName: String, html: String)] = []
        for (file, view) in pages(edition, name: name, site: site) {
            out.append((file, try templates.render(view, template: TemplateRoots.htmlAnnex)))
        }
        return out
    }

    /// The 別添 pages' views, by file name, in order.
    static func pages(_ edition: Edition, name: String, site: SiteConfig) -> [(fileName: String, view: AnnexPageView)] {
        let report = ReportView(edition)
        let pageName = report.fiscalYear + report.title
        let annexes: [(String, String, AffairAnnexView?, PublicationAnnexView?)] = [
            (AnnexFiles.statutory, "別添1", report.statutoryAnnex, nil),
            (AnnexFiles.ordinance, "別添2", report.ordinanceAnnex, nil),
            (AnnexFiles.publication, "別添3", nil, report.publicationAnnex),
        ]
        var pages: [(fileName: String, view: AnnexPageView)] = []
        for (file, label, affair, publication) in annexes where affair != nil || publication != nil {
            let frame = PageFrame(site, trail: [CrumbView(name: pageName, href: HTMLReport.fileName), CrumbView(name: label, href: nil)],
                                  edition: name)
            let view = AnnexPageView(site: frame.site, breadcrumb: frame.breadcrumb, dates: frame.dates,
                                     fiscalYear: report.fiscalYear, reportTitle: report.title,
                                     isStatutory: file == AnnexFiles.statutory, isOrdinance: file == AnnexFiles.ordinance,
                                     isPublication: file == AnnexFiles.publication,
                                     affairAnnex: affair, publicationAnnex: publication)
            pages.append((file, view))
        }
        return pages
    }
}

struct AnnexPageView: Sendable {
    let site: SiteView
    let breadcrumb: [CrumbView]
    let dates: PageDatesView?
    let fiscalYear: String
    let reportTitle: String
    let isStatutory: Bool
    let isOrdinance: Bool
    let isPublication: Bool
    let affairAnnex: AffairAnnexView?
    let publicationAnnex: PublicationAnnexView?
}
