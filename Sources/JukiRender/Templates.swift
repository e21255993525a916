import Foundation
import JukiDiagnostics
import Mustache

/// The templates of `templates/`, parsed once. Each `*.mustache` file is registered under its path
/// without the extension (`text/report`), so templates can include each other as partials by that name;
/// and with "." for "/" (`text.activity`), the name a parent takes in `{{<text.activity}}…{{/text.activity}}`
/// (swift-mustache reads a closing tag's name without "/").
public struct Templates: Sendable {
    let library: MustacheLibrary

    /// Reads and parses every template, or those of the subfolders `only` names (a command parses what it
    /// renders: `build` text/ and html/, a diff page diff/); a failure is a `Diagnostics` (a parse error at the
    /// template's line and column, with that line).
    public static func load(directory: String, only folders: [String]? = nil) throws(Diagnostics) -> Templates {
        let fm = FileManager.default
        guard let paths = fm.enumerator(atPath: directory)?.compactMap({ $0 as? String })
            .filter({ path in
                path.hasSuffix(".mustache") && (folders?.contains { path.hasPrefix($0 + "/") } ?? true)
            }).sorted(), !paths.isEmpty else {
            throw Diagnostics(.templateFolderEmpty(directory))
        }
        HTMLEscaping.register()
        var library = MustacheLibrary()
        for relative in paths {
            let path = directory + "/" + relative
            guard let data = fm.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw Diagnostics(.templateUnreadable(path))
            }
            do {
                let template = try MustacheTemplate(string: text), name = String(relative.dropLast(".mustache".count))
                library.register(template, named: name)
                if name.contains("/") { library.register(template, named: name.replacingOccurrences(of: "/", with: ".")) }
            } catch let error as MustacheTemplate.ParserError {
                let at = SourceLocation(file: path, line: error.context.lineNumber, column: error.context.columnNumber)
                throw Diagnostics([Diagnostic(.templateSyntax(fault(error.error)), at: at)],
                                  sources: [path: SourceFile(path: path, text: text)])
            } catch {
                throw Diagnostics(.templateInvalid(path: path, detail: "\(error)"))
            }
        }
        return Templates(library: library)
    }

    /// What swift-mustache's parse error is, for its message (`Problem.TemplateFault`).
    static func fault(_ error: Error) -> Problem.TemplateFault {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return .closingNameMismatch
        case .expectedSectionEnd?: return .sectionNotClosed
        case .unfinishedName?: return .unfinishedTag
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?: return .badConfiguration
        default: return .other("\(error)")
        }
    }

    /// Renders a template by name into a whole file, ending in exactly one line break whatever the template
    /// leaves (every output is a file: report.txt, the pages, the diff page). A name the folder lacks is an
    /// error, not an empty page.
    public func render(_ object: Any, template name: String) throws(Diagnostics) -> String {
        guard var out = library.render(object, withTemplate: name) else { throw Diagnostics(.templateMissing(name)) }
        while out.last == "\n" { out.removeLast() }
        return out + "\n"
    }
}
