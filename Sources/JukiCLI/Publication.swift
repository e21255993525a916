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

    /// One edition's files.
    func files(for item: EditionSet.Loaded) throws(Diagnostics) -> [File] {
        var out: [File] = []
        let dir = "\(output)/\(item.name)/"
        let text = try TextReport.render(item.edition, templates: templates)
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
        out.append(File(path: dir + XMLArchive.fileName, text: try XMLArchive.document(for: item.edition, schema: schema),
                        edition: item.name))
        if let copy = windowsCopy {
            switch WindowsText.encode(text, cp932: copy.cp932, crlf: copy.crlf) {
            case .success(let bytes): out.append(File(path: dir + copy.fileName, bytes: bytes, edition: item.name))
            case .failure(let f):
                throw Diagnostics(.cp932Unencodable(edition: item.name, file: copy.fileName, f.characters))
            }
        }
        return out
    }

    /// `<output>/index.html`, listing `editions` and those built before.
    func index(for editions: [EditionSet.Loaded]) throws(Diagnostics) -> File {
        try index(listing: indexEntries(adding: editions))
    }

    /// `<output>/index.html` listing exactly `entries` (serve lists the editions it serves, reading no output folder).
    func index(listing entries: [HTMLIndex.Entry]) throws(Diagnostics) -> File {
        let text = try HTMLIndex.render(entries, site: site, templates: templates)
        return File(path: "\(output)/\(HTMLIndex.fileName)", text: text, edition: nil)
    }

    /// The index's entries for editions of this run, each with the files listed beside its page.
    func entries(of editions: [EditionSet.Loaded]) -> [HTMLIndex.Entry] {
        let listed = Self.listedFiles + (windowsCopy.map { [$0.fileName] } ?? [])
        return editions.map { HTMLIndex.Entry(name: $0.name, edition: $0.edition, files: listed) }
    }

    /// The editions of this build, and those built before whose archive is in the output folder: the
    /// index lists every edition published, not only the ones named this time. An archive that no longer
    /// reads stops the build (`unreadableArchives`): left off, its pages would stay published unlinked.
    /// A folder holding an archive whose name is not an `EditionName` stops the build (it would be linked
    /// from the index); hidden folders are not editions.
    func indexEntries(adding editions: [EditionSet.Loaded]) throws(Diagnostics) -> [HTMLIndex.Entry] {
        var entries = self.entries(of: editions)
        let built = Set(editions.map(\.name))
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        var unreadable = Diagnostics([])
        for name in existing.sorted() where !built.contains(name) && !name.hasPrefix(".") {
            guard InputFile.exists("\(output)/\(name)/\(XMLArchive.fileName)") else { continue }
            guard EditionName.isValid(name) else { throw Diagnostics(.outputEditionFolderName("\(output)/\(name)")) }
            switch publishedEdition(name) {
            case nil: continue
            case .success(let summary)?:
                entries.append(HTMLIndex.Entry(name: name, fiscalYear: summary.fiscalYear, title: summary.title,
                                               files: Self.listedFiles))
            case .failure(let problems)?:
                let path = "\(output)/\(name)/\(XMLArchive.fileName)"
                unreadable = unreadable + problems + Diagnostics(.unreadableArchive(
                    edition: name, path: path, index: "\(output)/\(HTMLIndex.fileName)", folder: "\(output)/\(name)"))
            }
        }
        if !unreadable.items.isEmpty { throw unreadable }
        return entries
    }

    /// The edition published before in `<output>/<name>/`, read from its report.xml; nil when the folder
    /// holds no report.xml (it is not an edition's folder).
    /// Read as a stream, only as far as the index needs it, while the schema checks the whole document: an
    /// edition with a 1,000,000-row table (a 113 MB report.xml) is listed as any other.
    func publishedEdition(_ name: String) -> Result<XMLArchive.Summary, Diagnostics>? {
        let archive = "\(output)/\(name)/\(XMLArchive.fileName)"
        guard InputFile.exists(archive) else { return nil }
        return XMLArchive.summary(path: archive, schema: schema)
    }
}
