import Foundation
import JukiDiagnostics
import JukiModel
import JukiRecords
import JukiRender
import JukiXML

/// Everything one build publishes, rendered an edition at a time (the build stages each edition's files
/// before rendering the next, and puts them in place only when all are rendered: AtomicFile):
/// `<output>/<edition>/report.txt`, `report.xml`, `index.html`, the 別添 pages `annex1.html`–`annex3.html` when
/// the edition carries those tables (and `fragment.html`, a Windows copy of report.txt, on request), and the
/// index `<output>/index.html` of every edition in the output folder.
struct Publication {
    struct File {
        let path: String
        let bytes: [UInt8]
        /// The edition it belongs to (nil for the index), for progress lines.
        let edition: String?

        init(path: String, text: String, edition: String?) {
            self.init(path: path, bytes: Array(text.utf8), edition: edition)
        }

        init(path: String, bytes: [UInt8], edition: String?) {
            self.path = path
            self.bytes = bytes
            self.edition = edition
        }
    }

    /// The Windows copy of report.txt, when asked for (--text-encoding cp932, --newline crlf).
    struct WindowsCopy {
        let cp932: Bool
        let crlf: Bool
        var fileName: String { WindowsText.fileName(cp932: cp932, crlf: crlf) }
    }

    /// What the index links beside each edition's page.
    static let listedFiles = ["report.txt", XMLArchive.fileName]
    static let fragmentFile = "fragment.html"

    let templates: Templates
    let schema: XMLSchema
    let site: SiteConfig
    let output: String
    let fragments: Bool
    let windowsCopy: WindowsCopy?

    enum Failure: Error, CustomStringConvertible {
        case template(Templates.LoadError)
        case xml(XMLArchive.Failure)
        case windowsText(edition: String, file: String, WindowsText.Failure)
        /// A folder in the output holding an archive, whose name is not an edition's.
        case editionFolderName(String)
        /// Editions published before whose report.xml no longer reads: each with the file and why.
        case unreadableArchives(output: String, [(edition: String, path: String, problems: Diagnostics)])

        var description: String {
            switch self {
            case .template(let e): return e.description
            case .xml(let e): return e.description
            case .editionFolderName(let path): return "エラー: " + Problem.editionFolderName(path).message
            case .windowsText(let edition, let file, let failure):
                let list = failure.characters.map { "\($0.line)行\($0.column)列の「\($0.character)」（\($0.scalars)）" }
                return "エラー: 版「\(edition)」の \(file) を CP932 で書けません。CP932 にない文字: "
                    + list.joined(separator: "、") + "。記録の文字を CP932 にある文字に直すか（〜 なら ～）、"
                    + "--text-encoding utf8 にしてください（行と列は report.txt のものです）。"
            case .unreadableArchives(let output, let archives):
                return archives.map { archive in
                    archive.problems.rendered + "エラー: 出力先の版「\(archive.edition)」の \(archive.path) を読めません（上の誤り）。"
                        + "このままでは一覧（\(output)/\(HTMLIndex.fileName)）からこの版が消えます。記録から作り直す"
                        + "（build \(archive.edition)）か、要らない版ならフォルダ「\(output)/\(archive.edition)」を消してください。"
                }.joined(separator: "\n") + "何も書いていません。"
            }
        }

        /// Characters the records hold are the records' to change (exit 1); the rest is trouble (exit 2).
        var isRecordsProblem: Bool {
            if case .windowsText = self { return true }
            return false
        }
    }

    /// One edition's files.
    func files(for item: EditionSet.Loaded) throws(Failure) -> [File] {
        var out: [File] = []
        let dir = "\(output)/\(item.name)/"
        let text: String
        do {
            text = try TextReport.render(item.edition, templates: templates)
            out.append(File(path: dir + "report.txt", text: text, edition: item.name))
            out.append(File(path: dir + HTMLReport.fileName,
                            text: try HTMLReport.render(item.edition, name: item.name, site: site, templates: templates),
                            edition: item.name))
            for annex in try HTMLAnnex.render(item.edition, name: item.name, site: site, templates: templates) {
                out.append(File(path: dir + annex.fileName, text: annex.html, edition: item.name))
            }
            if fragments {
                out.append(File(path: dir + Self.fragmentFile,
                                text: try HTMLReport.render(item.edition, name: item.name, site: site,
                                                            templates: templates, fragment: true),
                                edition: item.name))
            }
        } catch {
            throw .template(error)
        }
        do {
            out.append(File(path: dir + XMLArchive.fileName, text: try XMLArchive.document(for: item.edition, schema: schema),
                            edition: item.name))
        } catch {
            throw .xml(error)
        }
        if let copy = windowsCopy {
            switch WindowsText.encode(text, cp932: copy.cp932, crlf: copy.crlf) {
            case .success(let bytes): out.append(File(path: dir + copy.fileName, bytes: bytes, edition: item.name))
            case .failure(let f): throw .windowsText(edition: item.name, file: copy.fileName, f)
            }
        }
        return out
    }

    /// `<output>/index.html`, listing `editions` and those built before.
    func index(for editions: [EditionSet.Loaded]) throws(Failure) -> File {
        let entries = try indexEntries(adding: editions)
        do {
            let text = try HTMLIndex.render(entries, site: site, templates: templates)
            return File(path: "\(output)/\(HTMLIndex.fileName)", text: text, edition: nil)
        } catch {
            throw .template(error)
        }
    }

    /// The editions of this build, and those built before whose archive is in the output folder: the
    /// index lists every edition published, not only the ones named this time. An archive that no longer
    /// reads stops the build (`unreadableArchives`): left off, its pages would stay published unlinked.
    /// A folder holding an archive whose name is not an `EditionName` stops the build (it would be linked
    /// from the index); hidden folders are not editions.
    func indexEntries(adding editions: [EditionSet.Loaded]) throws(Failure) -> [HTMLIndex.Entry] {
        let listed = Self.listedFiles + (windowsCopy.map { [$0.fileName] } ?? [])
        var entries = editions.map { HTMLIndex.Entry(name: $0.name, edition: $0.edition, files: listed) }
        let built = Set(editions.map(\.name))
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        var unreadable: [(edition: String, path: String, problems: Diagnostics)] = []
        for name in existing.sorted() where !built.contains(name) && !name.hasPrefix(".") {
            guard InputFile.exists("\(output)/\(name)/\(XMLArchive.fileName)") else { continue }
            guard EditionName.isValid(name) else { throw .editionFolderName("\(output)/\(name)") }
            switch publishedEdition(name) {
            case nil: continue
            case .success(let edition)?: entries.append(HTMLIndex.Entry(name: name, edition: edition, files: Self.listedFiles))
            case .failure(let problems)?: unreadable.append((name, "\(output)/\(name)/\(XMLArchive.fileName)", problems))
            }
        }
        if !unreadable.isEmpty { throw .unreadableArchives(output: output, unreadable) }
        return entries
    }

    /// The edition published before in `<output>/<name>/`, read from its report.xml; nil when the folder
    /// holds no report.xml (it is not an edition's folder).
    func publishedEdition(_ name: String) -> Result<Edition, Diagnostics>? {
        let archive = "\(output)/\(name)/\(XMLArchive.fileName)"
        guard InputFile.exists(archive) else { return nil }
        return XMLArchive.read(path: archive, schema: schema)
    }
}
