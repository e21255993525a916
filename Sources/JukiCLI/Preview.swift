import Foundation
import JukiDiagnostics
import JukiModel
import JukiRecords
import JukiRender
import JukiServe
import JukiXML

/// The site `serve` shows: every edition under --input read and rendered in memory by build's own pipeline
/// (`EditionSet`, `Publication`), so a page is build's bytes; an edition that does not read shows its
/// problems instead. Rebuilt in part when files change (`update`), the rest kept.
final class Preview: ServedSite, @unchecked Sendable {
    let input: String
    let templatesFolder: String
    let sitePath: String

    private let lock = NSLock()
    private var state = PreviewState.empty
    /// What each edition read to, kept between rebuilds: only the editions whose files changed are read again.
    /// Touched only by `update`, which one task calls at a time (the watcher's); so are `frame` and `rendered`.
    private var read: [String: Result<EditionSet.Loaded, Diagnostics>] = [:]
    private var frame: PreviewFrame?
    /// Each edition's files as last rendered: an edition whose records did not change is not rendered again.
    private var rendered: [String: Result<[Publication.File], Diagnostics>] = [:]

    init(input: String, templates: String, site: String) {
        self.input = input
        templatesFolder = templates
        sitePath = site
    }

    /// Builds the whole site (at start).
    func buildAll() { _ = update(changed: nil) }

    /// Rebuilds after `changed` paths changed (nil: everything); returns the editions rebuilt, for the
    /// reload event ([] when every edition was rendered again). Records are read again only for the editions whose folder holds a changed path; a
    /// change to the site frame or the templates renders every edition again from what was read.
    @discardableResult
    func update(changed: Set<String>?) -> [String] {
        let names = (try? EditionSet.names(input: input, requested: []).get()) ?? []
        let reread: [String] = changed.map { paths in names.filter { name in
            let folder = input + "/" + name + "/"
            return paths.contains { $0.hasPrefix(folder) || $0 + "/" == folder }
        } } ?? names
        // A change outside the editions' folders (site.yaml, a template) may change every page.
        let inEditions = changed?.allSatisfy { path in names.contains { path.hasPrefix(input + "/" + $0 + "/") } } ?? false
        if !inEditions || frame?.names != names {
            frame = PreviewFrame.load(names: names, input: input, templates: templatesFolder, site: sitePath)
            rendered = [:]
        }
        for name in reread {
            read[name] = Self.readEdition(input: input, name: name, templates: templatesFolder)
            rendered[name] = nil
        }
        for name in read.keys where !names.contains(name) { read[name] = nil }
        guard let frame else { return [] }
        let next = PreviewState.build(names: names, read: read, frame: frame, rendered: &rendered, input: input,
                                         templatesFolder: templatesFolder)
        lock.lock()
        state = next
        lock.unlock()
        // Every edition rendered again: [] says so.
        return inEditions ? reread : []
    }

    /// One edition read as `build` reads it, unless a file of its folder links outside --input.
    static func readEdition(input: String, name: String, templates: String) -> Result<EditionSet.Loaded, Diagnostics> {
        if let outside = PreviewLinks.outside(folder: input + "/" + name, root: input) {
            return .failure(Diagnostics(.serveLinkOutsideInput(outside)))
        }
        // The schema is compiled only when the edition is an archived report.xml (as check reads).
        let schema = SchemaSource(templates: templates)
        return EditionSet.load(input: input, requested: [name], schema: schema).map { $0.first }.flatMap { loaded in
            loaded.map { .success($0) } ?? .failure(Diagnostics(.editionFolderMissing(input + "/" + name)))
        }
    }

    var current: PreviewState {
        lock.lock()
        defer { lock.unlock() }
        return state
    }

    func reply(for path: String) -> Reply? { current.reply(for: path) }
    func notFound(_ path: String) -> Reply { current.notFound(path) }
}

/// Links out of --input: a file of an edition that is a symbolic link to a place outside it is never read
/// (its lines would be quoted on the check page).
enum PreviewLinks {
    static func outside(folder: String, root: String) -> String? {
        let base = URL(fileURLWithPath: root).resolvingSymlinksInPath().path + "/"
        let fm = FileManager.default
        var paths = [folder]
        paths += ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { folder + "/" + $0 }
        for path in paths {
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            if !(resolved + "/").hasPrefix(base) { return path }
        }
        return nil
    }
}
