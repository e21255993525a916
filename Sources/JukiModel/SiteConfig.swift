/// The frame the prefecture's website puts around each published page: the site's name (the
/// 「 - 神奈川県」 of every title), where the pages sit (the breadcrumb), whom to ask (問い合わせ先), and
/// when each edition's page was last updated. Read from `input/site.yaml`; never from code or the clock.
public struct SiteConfig: Hashable, Sendable {
    /// 神奈川県: the site header and the suffix of every <title>.
    public var siteName: String
    /// The site's top page, linked from the site name.
    public var siteURL: String
    /// The pages above the index of editions, outermost first (トップページ, …).
    public var breadcrumb: [SiteLink]
    /// The index page's name: 住民基本台帳ネットワークシステムのセキュリティ対策の措置状況等.
    public var indexTitle: String
    public var contact: Contact
    /// 更新日 of each edition's page, by edition name (R4).
    public var updated: [String: Day]
    /// 掲載日 of each edition's page, by edition name, where given (optional).
    public var published: [String: Day]

    public init(siteName: String, siteURL: String, breadcrumb: [SiteLink], indexTitle: String,
                contact: Contact, updated: [String: Day], published: [String: Day] = [:]) {
        self.siteName = siteName
        self.siteURL = siteURL
        self.breadcrumb = breadcrumb
        self.indexTitle = indexTitle
        self.contact = contact
        self.updated = updated
        self.published = published
    }
}

// MARK: issue 14 site
/// The dates a page carries under its title.
public enum PageDate: Hashable, Sendable, CaseIterable {
    /// 掲載日: when the page first went up.
    case published
    /// 更新日: when it last changed.
    case updated
}

extension SiteConfig {
    public func date(_ kind: PageDate, of edition: String) -> Day? {
        switch kind {
        case .published: return published[edition]
        case .updated: return updated[edition]
        }
    }

    /// The page's dates that come before the data it publishes can exist: an edition's figures are as of the
    /// end of its 年度 (令和6年3月31日現在), so its page cannot go up or change before that day
    /// (`R5: 令和5年6月1日` is last year's date left in place).
    public func datesBeforeData(of edition: String, fiscalYear: FiscalYear) -> [(kind: PageDate, day: Day)] {
        PageDate.allCases.compactMap { kind in
            date(kind, of: edition).flatMap { $0 < fiscalYear.lastDay ? (kind, $0) : nil }
        }
    }
}

/// A named link: a breadcrumb entry.
public struct SiteLink: Hashable, Sendable {
    public var name: String
    public var url: String

    public init(name: String, url: String) {
        self.name = name
        self.url = url
    }
}

/// このページに関するお問い合わせ先.
public struct Contact: Hashable, Sendable {
    /// 総務局 地域政策部 市町村課 …
    public var unit: String
    public var phone: String
    public var fax: String?
    /// A link to the prefecture's mail form (addresses are not published as text).
    public var mailForm: String?

    public init(unit: String, phone: String, fax: String?, mailForm: String?) {
        self.unit = unit
        self.phone = phone
        self.fax = fax
        self.mailForm = mailForm
    }
}

/// Which link targets a page may carry: http(s) addresses and paths. Anything else (`javascript:`,
/// `data:`) would run or embed content whatever the escaping does, so the records refuse it.
public enum LinkTarget {
    public static func isAllowed(_ url: String) -> Bool {
        let lower = url.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") { return url.count > 8 }
        guard let first = url.unicodeScalars.first, first != "\\" else { return false }
        // A path: nothing before the first "/" may look like a scheme ("x:").
        let head = url.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return !head.contains(":") && !url.contains("\\") && !url.unicodeScalars.contains { $0.value < 0x21 }
    }
}
