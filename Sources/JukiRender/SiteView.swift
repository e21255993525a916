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
        contact = ContactView(unit: site.contact.unit, phone: PhoneView(site.contact.phone), fax: site.contact.fax.map(PhoneView.init),
                              mailForm: site.contact.mailForm)
    }
}

struct ContactView: Sendable {
    let unit: String
    let phone: PhoneView
    let fax: PhoneView?
    let mailForm: String?
}

// MARK: issue 14 site
/// A number as written in site.yaml, and its `tel:` link (a phone taps it to call; RFC 3966 uses tel: for FAX
/// numbers too): the digits and hyphens of the number's leading part, 全角 digits made 半角, so that
/// 「045-210-3171（直通）」 links tel:045-210-3171. No link when that part holds fewer than 3 digits.
struct PhoneView: Sendable {
    let text: String
    let href: String?

    init(_ text: String) {
        self.text = text
        var number = String.UnicodeScalarView()
        var digits = 0
        for s in Notation.trimmed(text).unicodeScalars {
            if let d = Notation.halfWidthDigit(s) {
                number.append(d)
                digits += 1
            } else if s == "+" && number.isEmpty {
                number.append(s)
            } else if "-－‐‑–ー()（） ".unicodeScalars.contains(s) {
                if let last = number.last, last != "-", last != "+" { number.append("-") }
            } else {
                break
            }
        }
        while number.last == "-" { number.removeLast() }
        href = digits >= 3 ? "tel:" + String(number) : nil
    }
}

/// 掲載日 (when site.yaml gives it) and 更新日, placed under the page's title.
struct PageDatesView: Sendable {
    let published: UpdatedView?
    let updated: UpdatedView
}

/// The frame of every page of the site (an edition's page, its 別添 pages, the index): the site, the
/// breadcrumb down to the page, and the page's 掲載日 and 更新日. Built here only.
struct PageFrame: Sendable {
    let site: SiteView
    let breadcrumb: [CrumbView]
    let dates: PageDatesView?

    /// - Parameters:
    ///   - trail: the pages below the index down to this one (the last, unlinked); empty for the index itself.
    ///     Links are relative to an edition's folder (`../index.html` is the index).
    ///   - updated: nil places no dates: that a published edition has its 更新日 is site.yaml's rule, checked
    ///     where it is read (`SiteConfigReader`), not the renderer's.
    ///   - published: 掲載日, where site.yaml gives one.
    init(_ site: SiteConfig, trail: [CrumbView], updated: Day?, published: Day? = nil) {
        self.site = SiteView(site)
        let index = CrumbView(name: site.indexTitle, href: trail.isEmpty ? nil : "../" + HTMLIndex.fileName)
        breadcrumb = site.breadcrumb.map { CrumbView(name: $0.name, href: $0.url) } + [index] + trail
        dates = updated.map { PageDatesView(published: published.map(UpdatedView.init), updated: UpdatedView($0)) }
    }

    /// An edition's page or one of its 別添 pages: the edition's 掲載日 and 更新日.
    init(_ site: SiteConfig, trail: [CrumbView], edition name: String) {
        self.init(site, trail: trail, updated: site.updated[name], published: site.published[name])
    }
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
    let dates: PageDatesView?
    let report: ReportView
}

/// The index of editions.
struct IndexView: Sendable {
    let pageTitle: String
    let title: String
    let site: SiteView
    let breadcrumb: [CrumbView]
    let dates: PageDatesView?
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
    /// A relative link to a file below the page: `./` first, so that no segment can be read as a scheme
    /// (`javascript:`), and every byte outside RFC 3986's unreserved set (letters, digits, `-._~`)
    /// percent-encoded in each segment. Edition names are checked (`EditionName`); this holds even if not.
    static func href(_ segments: [String]) -> String {
        "./" + segments.map(encode).joined(separator: "/")
    }

    static func encode(_ segment: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for b in segment.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(b)
            default:
                out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
