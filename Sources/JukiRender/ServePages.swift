import JukiDiagnostics

/// The pages only `serve` shows (templates/serve/): the preview banner over every served page (each
/// edition's status, with links to its check, diff and plan), and the page of an edition's problems. Built
/// pages never carry them: `serve` adds the banner to a page as it sends it.
public enum ServePages {

    /// One edition as the preview sees it.
    public struct Status: Sendable {
        public var name: String
        /// Problems found reading or rendering it (its 【要記入】 marks among them).
        public var errors: Int
        public var toFill: Int
        /// check's warnings against the year before: the banner shows 警告 N件.
        public var warnings: Int?

        public init(name: String, errors: Int, toFill: Int, warnings: Int? = nil) {
            self.name = name
            self.errors = errors
            self.toFill = toFill
            self.warnings = warnings
        }

        /// 誤りなし, 2件の誤り, 【要記入】 3件, 警告 1件, joined with 「・」.
        public var label: String {
            var parts: [String] = []
            if errors > 0 { parts.append("\(errors)件の誤り") }
            if toFill > 0 { parts.append("【要記入】 \(toFill)件") }
            if let warnings, warnings > 0 { parts.append("警告 \(warnings)件") }
            return parts.isEmpty ? "誤りなし" : parts.joined(separator: "・")
        }

        public var ok: Bool { errors == 0 && toFill == 0 }
    }

    /// The banner: every edition with its status (the same over every page of one state of the site).
    public static func banner(_ editions: [Status], templates: Templates) throws(Diagnostics) -> String {
        let view = BannerView(editions: editions.map { s in
            BannerEditionView(name: s.name, status: s.label, ok: s.ok,
                              page: "/\(s.name)/", check: "/\(s.name)/check", diff: "/\(s.name)/diff", plan: "/\(s.name)/plan")
        })
        return try templates.render(view, template: TemplateRoots.serveBanner)
    }

    /// A page of problems: `check`'s report (DiagnosticRenderer's text, file:line:column and the quoted
    /// line) under a heading; `problems` nil for a page that has none to show (誤りはありません).
    public static func problems(title: String, summary: String, problems: Diagnostics?,
                                templates: Templates) throws(Diagnostics) -> String {
        let view = ProblemsView(title: title, summary: summary,
                                report: problems.map { DiagnosticRenderer.render($0) })
        return try templates.render(view, template: TemplateRoots.serveProblems)
    }
}

struct BannerView: Sendable {
    let editions: [BannerEditionView]
}

struct BannerEditionView: Sendable {
    let name: String
    let status: String
    let ok: Bool
    let page: String
    let check: String
    let diff: String
    let plan: String
}

struct ProblemsView: Sendable {
    let title: String
    let summary: String
    let report: String?
}
