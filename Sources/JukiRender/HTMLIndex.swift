import JukiDiagnostics
import JukiModel

/// `<output>/index.html`: every edition built, newest 年度 first, each linking its page and its files.
public enum HTMLIndex {
    public static let fileName = "index.html"

    /// One edition on the index.
    public struct Entry: Sendable {
        /// The edition's folder name (R4), also its folder under the output.
        public var name: String
        public var fiscalYear: FiscalYear
        public var title: String
        /// Other files in the edition's output folder, by name (report.txt, report.xml), in the order listed.
        public var files: [String]

        /// An edition listed by what the index shows of it: an edition published before is read only that far
        /// (`XMLArchive.summary`), not whole.
        public init(name: String, fiscalYear: FiscalYear, title: String, files: [String]) {
            self.name = name
            self.fiscalYear = fiscalYear
            self.title = title
            self.files = files
        }

        public init(name: String, edition: Edition, files: [String]) {
            self.init(name: name, fiscalYear: edition.fiscalYear, title: edition.title, files: files)
        }
    }

    /// The index's 更新日 is the latest of the editions' (no clock: builds stay deterministic).
    public static func render(_ entries: [Entry], site: SiteConfig, templates: Templates) throws(Diagnostics) -> String {
        try templates.render(view(entries, site: site), template: TemplateRoots.htmlIndex)
    }

    /// The index's view: the entries newest first, in the site's frame.
    static func view(_ entries: [Entry], site: SiteConfig) -> IndexView {
        let sorted = entries.sorted { ($0.fiscalYear, $0.name) > ($1.fiscalYear, $1.name) }
        let views = sorted.map { entry in
            IndexEntryView(fiscalYear: EraText.fiscalYear(entry.fiscalYear), title: entry.title,
                           href: SitePaths.href([entry.name, HTMLReport.fileName]),
                           editionUpdated: site.updated[entry.name].map(UpdatedView.init),
                           files: entry.files.map { FileLinkView(label: label(for: $0), href: SitePaths.href([entry.name, $0])) })
        }
        let frame = PageFrame(site, trail: [], updated: entries.compactMap { site.updated[$0.name] }.max())
        return IndexView(pageTitle: site.indexTitle + " - " + site.siteName, title: site.indexTitle,
                         site: frame.site, breadcrumb: frame.breadcrumb, dates: frame.dates, editions: views)
    }

    /// テキスト形式（report.txt, …）: what a reader needs to choose a file.
    static func label(for file: String) -> String {
        let ext = file.split(separator: ".").last.map { $0.lowercased() } ?? ""
        let kind: String
        switch ext {
        case "txt": kind = "テキスト形式"
        case "xml": kind = "XML形式"
        case "html", "htm": kind = "HTML形式"
        case "csv": kind = "CSV形式"
        case "pdf": kind = "PDF形式"
        default: kind = "ファイル"
        }
        return "\(kind)（\(file)）"
    }
}
