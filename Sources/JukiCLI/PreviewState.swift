import Foundation
import JukiDiagnostics
import JukiDiff
import JukiModel
import JukiRecords
import JukiRender
import JukiServe
import JukiXML

/// One state of the preview: every reply by path, rendered when the state is built (diff and plan when
/// asked), and what each edition's status is.
struct PreviewState: Sendable {
    /// An edition as read: its values, or what stopped it (reading, or rendering its files).
    struct Entry: Sendable {
        let name: String
        let loaded: EditionSet.Loaded?
        let problems: Diagnostics?
        /// check's warnings against the year before (`YearComparison`), for an edition that reads.
        var warnings = Diagnostics([])
        /// Its 年度: read, or from report.yaml's 年度 line when it does not read (nil when that does not tell).
        var fiscalYear: FiscalYear?
    }

    var entries: [Entry] = []
    var replies: [String: Reply] = [:]
    /// What stops every page (the templates, the schema, site.yaml, no editions at all).
    var failure: Diagnostics?
    var templates: Templates?
    /// The preview banner of this state, rendered once for all its pages.
    var banner = ""

    static let empty = PreviewState()

    static let html = "text/html; charset=utf-8"
    static let text = "text/plain; charset=utf-8"

    /// The state for `names`, as read (`read`), rendered with `frame`; `rendered` keeps each edition's files
    /// between states: only the editions missing from it are rendered (the caller empties it when the frame changed).
    static func build(names: [String], read: [String: Result<EditionSet.Loaded, Diagnostics>], frame: PreviewFrame,
                      rendered: inout [String: Result<[Publication.File], Diagnostics>], input: String,
                      templatesFolder: String) -> PreviewState {
        var state = PreviewState()
        state.templates = try? frame.templates.get()
        let publication: Publication
        switch frame.publication {
        case .success(let p): publication = p
        case .failure(let d):
            state.failure = d
            return state
        }
        let loaded = names.compactMap { try? read[$0]?.get() }.filter { rendered[$0.name] == nil }
        // Rendered on every core, as build renders.
        InOrder.map(loaded, { item in Result { () throws(Diagnostics) in try publication.files(for: item) } },
                    take: { item, files in rendered[item.name] = files })
        var good: [EditionSet.Loaded] = []
        for name in names {
            switch (read[name], rendered[name]) {
            case (.success(let item)?, .success(let files)?):
                good.append(item)
                // The warnings check prints, by the same comparison (the year before under --input).
                let warnings = YearComparison(input: input, templates: templatesFolder, previous: nil).warnings(for: [item])
                state.entries.append(Entry(name: name, loaded: item, problems: nil, warnings: warnings,
                                           fiscalYear: item.edition.fiscalYear))
                for file in files { state.replies[file.path] = Reply(status: 200, contentType: contentType(file.path), body: file.bytes) }
            case (.failure(let d)?, _), (_, .failure(let d)?):
                state.entries.append(Entry(name: name, loaded: nil, problems: d,
                                           fiscalYear: EditionReader.statedFiscalYear(directory: input + "/" + name)))
            default:
                state.entries.append(Entry(name: name, loaded: nil, problems: Diagnostics(.editionFolderMissing(input + "/" + name))))
            }
        }
        do {
            let index = try publication.index(listing: publication.entries(of: good))
            state.replies[index.path] = Reply(status: 200, contentType: html, body: index.bytes)
        } catch {
            state.failure = error
        }
        state.addBanners()
        return state
    }

    static func contentType(_ path: String) -> String {
        if path.hasSuffix(".html") { return html }
        if path.hasSuffix(".xml") { return "application/xml; charset=utf-8" }
        return text
    }

    var statuses: [ServePages.Status] {
        entries.map { e in
            let all = (e.problems ?? Diagnostics([])) + (failure ?? Diagnostics([]))
            return ServePages.Status(name: e.name, errors: all.count - all.toFillCount, toFill: all.toFillCount,
                                     warnings: e.warnings.warningCount)
        }
    }

    /// Every HTML page with the banner and the reload script; `/` and `/<ED>/` as names of the index pages.
    mutating func addBanners() {
        guard let templates else { return }
        banner = (try? ServePages.banner(statuses, templates: templates)) ?? ""
        var out = replies
        for (path, reply) in replies where reply.contentType == Self.html {
            var served = reply
            served.body = page(reply.body)
            out[path] = served
            if path.hasSuffix("/" + HTMLIndex.fileName) { out[String(path.dropLast(HTMLIndex.fileName.count))] = served }
        }
        replies = out
    }

    func page(_ html: [UInt8]) -> [UInt8] {
        LiveReload.inject(into: html, banner: banner)
    }
}

/// What every edition is rendered with: the templates, the schema and the site frame, read once and kept until
/// one of them changes (or the editions do, for the 更新日 of site.yaml).
struct PreviewFrame {
    let names: [String]
    let templates: Result<Templates, Diagnostics>
    let publication: Result<Publication, Diagnostics>

    static func load(names: [String], input: String, templates folder: String, site sitePath: String) -> PreviewFrame {
        let templates = Result { () throws(Diagnostics) in
            try Templates.load(directory: folder, only: ["text", "html", "diff", "serve"])
        }
        let publication = templates.flatMap { templates -> Result<Publication, Diagnostics> in
            if names.isEmpty {
                return .failure(EditionSet.names(input: input, requested: []).failure ?? Diagnostics(.noEditions(input)))
            }
            return Result { () throws(Diagnostics) in
                let schema = try XMLSchema.load(templates: folder)
                let site = try SiteConfigReader.read(path: sitePath, editions: names).get()
                return Publication(templates: templates, schema: schema, site: site, output: "", fragments: false, windowsCopy: nil)
            }
        }
        return PreviewFrame(names: names, templates: templates, publication: publication)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
}
