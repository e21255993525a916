import Foundation
import JukiDiagnostics

/// The templates of `templates/`, compiled once. Each `*.mustache` file is known by its path without the
/// extension (`text/report`); templates include each other by that name (`{{> html/frame-top}}`), and a parent
/// by the same name with "." for "/" (`{{<text.activity}}…{{/text.activity}}`).
///
/// Why a compiler of our own (Template/): with swift-mustache 2.1.1, `build R4` cost 185.0 M instructions
/// (callgrind, release), of which 67.0 M loading the templates (its parser measures the rest of the file at
/// every tag, so a file costs the square of its tags) and 39 M rendering (a dynamic cast per name per level
/// of the context stack, or a whole `Mirror` of the view without the lookups it needed). Parsing and rendering
/// report.txt alone costs 27.0 M with swift-mustache, 171.4 M with Stencil 0.15.1, 25.1 M with LeafKit
/// 1.14.3 (Tests/Benchmark/Templates): each half of the 50 M that issue 13 allows the whole build. Here a
/// template is parsed in one pass and every name is resolved once, at load, against the view type its root
/// is bound to (`TemplateRoots`): a name no view in scope has is an error with its line and column, not an
/// empty string; rendering calls the closures found and appends bytes to one buffer. `build R4`: 185.0 M ->
/// 111.6 M then (loading 28.1 M). The compiled form is not generic over the context stack (TemplateScope.swift
/// says why): at cf108c2 `build R4` cost 145.3 M, loading 31.2 M of it; now 121.1 M, loading 8.3 M (parsing
/// 2.9 M, resolving and assembling 3.9 M) and rendering 2.4 M; 20 editions 600.9 M -> 558.0 M
/// (docs/BENCHMARK.md).
public struct Templates: Sendable {
    var textReport: CompiledTemplate<ReportView>?
    var htmlContent: CompiledTemplate<ReportView>?
    var htmlPage: CompiledTemplate<PageView>?
    var htmlAnnex: CompiledTemplate<AnnexPageView>?
    var htmlIndex: CompiledTemplate<IndexView>?
    var diffPage: CompiledTemplate<DiffPageView>?
    var serveBanner: CompiledTemplate<BannerView>?
    var serveProblems: CompiledTemplate<ProblemsView>?

    /// Reads, parses and compiles every template, or those of the subfolders `only` names (a command loads
    /// what it renders: `build` text/ and html/, a diff page diff/); a failure is a `Diagnostics` (a syntax
    /// error, or a name no view has, at the template's line and column, with that line).
    public static func load(directory: String, only folders: [String]? = nil) throws(Diagnostics) -> Templates {
        let fm = FileManager.default
        let paths = files(under: directory).filter { path in
            path.hasSuffix(".mustache") && (folders?.contains { path.hasPrefix($0 + "/") } ?? true)
        }.sorted()
        guard !paths.isEmpty else { throw Diagnostics(.templateFolderEmpty(directory)) }
        var parsed: [String: (source: TemplateSource, tokens: [TemplateToken])] = [:]
        for relative in paths {
            let path = directory + "/" + relative
            guard let data = fm.contents(atPath: path), String(data: data, encoding: .utf8) != nil else {
                throw Diagnostics(.templateUnreadable(path))
            }
            let name = String(relative.dropLast(".mustache".count))
            let source = TemplateSource(name: name, path: path, bytes: [UInt8](data))
            parsed[name] = (source, try TemplateParser.parse(source))
        }
        let compiler = TemplateCompiler(parsed: parsed)
        var templates = Templates()
        for root in TemplateRoots.all where folders?.contains(where: { root.name.hasPrefix($0 + "/") }) ?? true {
            try root.compile(into: &templates, with: compiler)
        }
        return templates
    }

    /// Every entry under `directory`, as a path relative to it, descending into folders (not into links to
    /// folders), as `FileManager.enumerator(atPath:)` lists them; that enumerator cost 4.2 M instructions for
    /// the 35 entries of templates/ (an `NSString` and a dynamic cast each), this 0.2 M. Unlike it, `directory`
    /// itself may be a link to the folder (the enumerator listed nothing there, and `--templates` naming a link
    /// failed as an empty folder: TemplatesLinkTests).
    static func files(under directory: String) -> [String] {
        var found: [String] = []
        var folders = [""]
        while let folder = folders.popLast() {
            let path = folder.isEmpty ? directory : directory + "/" + folder
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { continue }
            for name in names {
                let relative = folder.isEmpty ? name : folder + "/" + name
                found.append(relative)
                var info = stat()
                if lstat(directory + "/" + relative, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { folders.append(relative) }
            }
        }
        return found
    }

    /// Renders a root template into a whole file, ending in exactly one line break whatever the template
    /// leaves (every output is a file: report.txt, the pages, the diff page). A root the folder lacks is an
    /// error, not an empty page.
    func render<V: TemplateValue>(_ view: V, template root: TemplateRoot<V>) throws(Diagnostics) -> String {
        guard let compiled = root.get(self) else { throw Diagnostics(.templateMissing(root.name)) }
        var out = TemplateOutput(capacity: 1 << 16)
        compiled.render(view, &out)
        while out.bytes.last == 0x0A { out.bytes.removeLast() }
        out.bytes.append(0x0A)
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
