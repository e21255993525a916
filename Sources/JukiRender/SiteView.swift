import Foundation
import JukiModel

/// The site frame as display-ready strings: what `html/page` and `html/index` place around the content.
struct SiteView: Sendable {
    let name: String
    let url: String
    let contact: ContactView

    init(_ site: SiteConfig) {
        name = site.siteName
        url = site.siteURL
        contact = ContactView(unit: site.contact.unit, phone: site.contact.phone, fax: site.contact.fax,
                              mailForm: site.contact.mailForm)
    }
}

struct ContactView: Sendable {
    let unit: String
    let phone: String
    let fax: String?
    let mailForm: String?
}

/// One breadcrumb entry; the current page has no link.
struct CrumbView: Sendable {
    let name: String
    let href: String?
}

/// 更新日 in 和暦, with its ISO form for `<time datetime>`.
struct UpdatedView: Sendable {
    let text: String
    let iso: String

    init(_ day: Day) {
        text = EraText.day(day)
        iso = day.description
    }
}

/// An edition's page: the report, and the frame around it.
struct PageView: Sendable {
    /// 令和4年度住民基本台帳ネットワークシステムの セキュリティ対策の措置状況等について - 神奈川県
    let pageTitle: String
    let site: SiteView
    let breadcrumb: [CrumbView]
    let updated: UpdatedView
    let report: ReportView
}

/// The index of editions.
struct IndexView: Sendable {
    let pageTitle: String
    let title: String
    let site: SiteView
    let breadcrumb: [CrumbView]
    let updated: UpdatedView?
    let editions: [IndexEntryView]
}

struct IndexEntryView: Sendable {
    let fiscalYear: String
    let title: String
    let href: String
    /// Named apart from the index's own `updated`: a missing one must not show the index's.
    let editionUpdated: UpdatedView?
    let files: [FileLinkView]
}

struct FileLinkView: Sendable {
    let label: String
    let href: String
}

enum SitePaths {
    /// A relative link to a file: each path segment percent-encoded.
    static func href(_ segments: [String]) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/;?#")
        return segments.map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }.joined(separator: "/")
    }
}
