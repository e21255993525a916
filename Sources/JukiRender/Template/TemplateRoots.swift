import JukiDiagnostics

/// A template that a renderer starts from, bound to the view it renders; its partials and parents are
/// compiled in its scopes. `Templates` keeps each compiled root in a field of its type (no lookup by name,
/// no cast, at render).
struct TemplateRoot<V>: Sendable {
    let name: String
    let get: @Sendable (Templates) -> CompiledTemplate<V>?
    /// Compiles the root into its field of `Templates`; made where `V` is known, so that the names of the
    /// root's own view are looked up in code specialised for it.
    let compile: @Sendable (inout Templates, TemplateCompiler) throws(Diagnostics) -> Void
}

extension TemplateRoot where V: TemplateValue {
    /// `output`: what it writes (`.html` pages escape every value, and no part of them may say `TEXT`).
    init(name: String, output: TemplateContentType = .html, get: @escaping @Sendable (Templates) -> CompiledTemplate<V>?,
         set: @escaping @Sendable (inout Templates, CompiledTemplate<V>) -> Void) {
        self.init(name: name, get: get) { templates, compiler throws(Diagnostics) in
            if let compiled = try compiler.compileRoot(name, as: V.self, output: output) { set(&templates, compiled) }
        }
    }

    /// A root that a page includes, compiled inside the page's view `within` (`compileRoot(_:as:within:output:)`).
    init<O: TemplateValue>(name: String, output: TemplateContentType = .html, within: O,
                           get: @escaping @Sendable (Templates) -> CompiledTemplate<V>?,
                           set: @escaping @Sendable (inout Templates, CompiledTemplate<V>) -> Void) {
        self.init(name: name, get: get) { templates, compiler throws(Diagnostics) in
            if let compiled = try compiler.compileRoot(name, as: V.self, within: within, output: output) {
                set(&templates, compiled)
            }
        }
    }
}

/// A root of any view type, for `Templates.load`.
protocol AnyTemplateRoot: Sendable {
    var name: String { get }
    func compile(into templates: inout Templates, with compiler: TemplateCompiler) throws(Diagnostics)
}

extension TemplateRoot: AnyTemplateRoot {
    func compile(into templates: inout Templates, with compiler: TemplateCompiler) throws(Diagnostics) {
        try compile(&templates, compiler)
    }
}

/// Every root: text/report and html/content → the report's view; html/page → the page (the report inside);
/// html/annex → a 別添 page; html/index → the index; diff/page → the diff page; serve/banner and
/// serve/problems → the preview's banner and problems page (only `serve` loads serve/).
enum TemplateRoots {
    static let textReport = TemplateRoot<ReportView>(name: "text/report", output: .text, get: { $0.textReport },
                                                     set: { $0.textReport = $1 })
    static let htmlContent = TemplateRoot<ReportView>(name: "html/content", within: FragmentPageView(),
                                                      get: { $0.htmlContent }, set: { $0.htmlContent = $1 })
    static let htmlPage = TemplateRoot<PageView>(name: "html/page", get: { $0.htmlPage }, set: { $0.htmlPage = $1 })
    static let htmlAnnex = TemplateRoot<AnnexPageView>(name: "html/annex", get: { $0.htmlAnnex }, set: { $0.htmlAnnex = $1 })
    static let htmlIndex = TemplateRoot<IndexView>(name: "html/index", get: { $0.htmlIndex }, set: { $0.htmlIndex = $1 })
    static let diffPage = TemplateRoot<DiffPageView>(name: "diff/page", get: { $0.diffPage }, set: { $0.diffPage = $1 })

    static let serveBanner = TemplateRoot<BannerView>(name: "serve/banner", get: { $0.serveBanner },
                                                      set: { $0.serveBanner = $1 })
    static let serveProblems = TemplateRoot<ProblemsView>(name: "serve/problems", get: { $0.serveProblems },
                                                          set: { $0.serveProblems = $1 })

    static let all: [any AnyTemplateRoot] = [textReport, htmlContent, htmlPage, htmlAnnex, htmlIndex, diffPage,
                                            serveBanner, serveProblems]
}
