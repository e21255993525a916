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
    }

    var entries: [Entry] = []
    var replies: [String: Reply] = [:]
    /// What stops every page (the templates, the schema, site.yaml, no editions at all).
    var failure: Diagnostics?
    var templates: Templates?

    static let empty = PreviewState()

    static let html = "text/html; charset=utf-8"
    static let text = "text/plain; charset=utf-8"

    static func build(names: [String], read: [String: Result<EditionSet.Loaded, Diagnostics>],
                      input: String, templates folder: String, site sitePath: String) -> PreviewState {
        var state = PreviewState()
        let templates: Templates
        do {
            templates = try Templates.load(directory: folder, only: ["text", "html", "diff", "serve"])
            state.templates = templates
        } catch {
            state.failure = error
            return state
        }
        if names.isEmpty {
            state.failure = EditionSet.names(input: input, requested: []).failure ?? Diagnostics(.noEditions(input))
            return state
        }
        let schema: XMLSchema, site: SiteConfig
        do {
            schema = try XMLSchema.load(templates: folder)
            site = try SiteConfigReader.read(path: sitePath, editions: names).get()
        } catch {
            state.failure = error
            return state
        }
        let publication = Publication(templates: templates, schema: schema, site: site, output: "",
                                      fragments: false, windowsCopy: nil)
        let loaded = names.compactMap { try? read[$0]?.get() }
        // Rendered on every core, as build renders.
        var rendered: [String: Result<[Publication.File], Diagnostics>] = [:]
        InOrder.map(loaded, { item in Result { () throws(Diagnostics) in try publication.files(for: item) } },
                    take: { item, files in rendered[item.name] = files })
        var good: [EditionSet.Loaded] = []
        for name in names {
            switch (read[name], rendered[name]) {
            case (.success(let item)?, .success(let files)?):
                good.append(item)
                state.entries.append(Entry(name: name, loaded: item, problems: nil))
                for file in files { state.replies[file.path] = Reply(status: 200, contentType: contentType(file.path), body: file.bytes) }
            case (.failure(let d)?, _), (_, .failure(let d)?):
                state.entries.append(Entry(name: name, loaded: nil, problems: d))
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
            return ServePages.Status(name: e.name, errors: all.count - all.toFillCount, toFill: all.toFillCount)
        }
    }

    /// Every HTML page with the banner and the reload script; `/` and `/<ED>/` as names of the index pages.
    mutating func addBanners() {
        guard let templates else { return }
        var out = replies
        for (path, reply) in replies where reply.contentType == Self.html {
            let parts = path.split(separator: "/")
            let edition = parts.count > 1 ? String(parts[0]) : nil
            var served = reply
            served.body = page(reply.body, edition: edition, templates: templates)
            out[path] = served
            if path.hasSuffix("/" + HTMLIndex.fileName) { out[String(path.dropLast(HTMLIndex.fileName.count))] = served }
        }
        replies = out
    }

    func page(_ html: [UInt8], edition: String?, templates: Templates) -> [UInt8] {
        let banner = (try? ServePages.banner(statuses, current: edition, templates: templates)) ?? ""
        return LiveReload.inject(into: html, banner: banner)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
}
