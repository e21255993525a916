import Foundation
import JukiModel
import JukiRecords
import JukiRender
import JukiXML

/// Everything one build publishes, rendered an edition at a time (the build stages each edition's files
/// before rendering the next, and puts them in place only when all are rendered: AtomicFile):
/// `<output>/<edition>/report.txt`, `report.xml`, `index.html` (and `fragment.html` on request), and the
/// index `<output>/index.html` of every edition in the output folder.
struct Publication {
    struct File {
        let path: String
        let text: String
    }

    /// What the index links beside each edition's page.
    static let listedFiles = ["report.txt", XMLArchive.fileName]
    static let fragmentFile = "fragment.html"

    let templates: Templates
    let schema: XMLSchema
    let site: SiteConfig
    let output: String
    let fragments: Bool

    enum Failure: Error, CustomStringConvertible {
        case template(Templates.LoadError)
        case xml(XMLArchive.Failure)

        var description: String {
            switch self {
            case .template(let e): return e.description
            case .xml(let e): return e.description
            }
        }
    }

    /// One edition's files.
    func files(for item: EditionSet.Loaded) throws(Failure) -> [File] {
        var out: [File] = []
        let dir = "\(output)/\(item.name)/"
        do {
            out.append(File(path: dir + "report.txt", text: try TextReport.render(item.edition, templates: templates)))
            out.append(File(path: dir + HTMLReport.fileName,
                            text: try HTMLReport.render(item.edition, name: item.name, site: site, templates: templates)))
            if fragments {
                out.append(File(path: dir + Self.fragmentFile,
                                text: try HTMLReport.render(item.edition, name: item.name, site: site,
                                                            templates: templates, fragment: true)))
            }
        } catch {
            throw .template(error)
        }
        do {
            out.append(File(path: dir + XMLArchive.fileName, text: try XMLArchive.document(for: item.edition, schema: schema)))
        } catch {
            throw .xml(error)
        }
        return out
    }

    /// `<output>/index.html`, listing `editions` and those built before.
    func index(for editions: [EditionSet.Loaded]) throws(Failure) -> File {
        do {
            let text = try HTMLIndex.render(indexEntries(adding: editions), site: site, templates: templates)
            return File(path: "\(output)/\(HTMLIndex.fileName)", text: text)
        } catch {
            throw .template(error)
        }
    }

    /// The editions of this build, and those built before whose archive is in the output folder: the
    /// index lists every edition published, not only the ones named this time. An archive that no longer
    /// reads is left off (its folder stays as it was).
    func indexEntries(adding editions: [EditionSet.Loaded]) -> [HTMLIndex.Entry] {
        var entries = editions.map { HTMLIndex.Entry(name: $0.name, edition: $0.edition, files: Self.listedFiles) }
        let built = Set(editions.map(\.name))
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        for name in existing.sorted() where !built.contains(name) && EditionSet.isSafeName(name) {
            let archive = "\(output)/\(name)/\(XMLArchive.fileName)"
            guard EditionSet.isFile(archive), case .success(let edition) = XMLArchive.read(path: archive, schema: schema) else { continue }
            entries.append(HTMLIndex.Entry(name: name, edition: edition, files: Self.listedFiles))
        }
        return entries
    }
}
