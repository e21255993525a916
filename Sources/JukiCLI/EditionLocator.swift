import Foundation
import JukiDiagnostics
import JukiImport
import JukiModel
import JukiRecords
import JukiXML

/// Finds the edition a `diff` argument names: an edition under `--input` (R4), an edition folder (records or
/// an archived report.xml), an archived edition's XML file, or a published text (a .txt file, read back in
/// memory as `import` reads it). A word that is none of these and is not an `EditionName` is refused as a name.
struct EditionLocator {
    struct Located {
        /// The folder read (input/R4).
        let folder: String
        let edition: Edition

        /// The edition's name as a build names its output folder: the folder's name (input/R4 is R4), an
        /// archive's as `--input x.xml` takes it (archive/R5.xml is R5, output/R4/report.xml is R4).
        var name: String { EditionName.ofArchive(path: archive ?? folder + "/" + XMLArchive.fileName) }
        /// The XML file read, when the edition was an archive.
        var archive: String? = nil
        /// The published text read, when the edition was a .txt: `--format unified` labels it by its own path.
        var text: String? = nil
    }

    let input: String
    /// Compiled only for an archived side, once for both.
    let schema: SchemaSource

    init(input: String, templates: String) {
        self.input = input
        schema = SchemaSource(templates: templates)
    }

    func read(_ argument: String) -> Result<Located, Diagnostics> {
        if argument.lowercased().hasSuffix(".txt"), EditionSet.isFile(argument) {
            switch PublishedText.read(path: argument) {
            case .success(let e):
                return .success(Located(folder: (argument as NSString).deletingLastPathComponent, edition: e, text: argument))
            case .failure(let d): return .failure(Self.notCompared(argument, d))
            }
        }
        if argument.lowercased().hasSuffix(".xml"), EditionSet.isFile(argument) {
            return readArchive(argument, label: (argument as NSString).deletingLastPathComponent)
        }
        let folder: String
        if EditionName.isValid(argument), isDirectory(input + "/" + argument) {
            folder = input + "/" + argument
        } else if isDirectory(argument) {
            folder = argument.hasSuffix("/") && argument.count > 1 ? String(argument.dropLast()) : argument
        } else if !argument.contains("/"), !EditionName.isValid(argument) {
            // Neither a folder nor a path: meant as an edition name, and not one.
            return .failure(Diagnostics(.unsafeEditionName(argument)))
        } else {
            return .failure(Diagnostics(.editionNotFound(argument, input: input)))
        }
        guard FileManager.default.fileExists(atPath: folder + "/" + EditionReader.yamlFile) else {
            if EditionSet.isFile(folder + "/" + XMLArchive.fileName) {
                return readArchive(folder + "/" + XMLArchive.fileName, label: folder)
            }
            return .failure(Diagnostics(.notAnEdition(folder: folder, files: [EditionReader.yamlFile, XMLArchive.fileName])))
        }
        switch EditionReader.read(directory: folder) {
        case .success(let e): return .success(Located(folder: folder, edition: e))
        case .failure(let d): return .failure(Self.notCompared(folder, d))
        }
    }

    private func readArchive(_ path: String, label: String) -> Result<Located, Diagnostics> {
        let schema: XMLSchema
        switch self.schema.get() {
        case .success(let s): schema = s
        case .failure(let d): return .failure(d)
        }
        switch XMLArchive.read(path: path, schema: schema) {
        case .success(let e): return .success(Located(folder: label.isEmpty ? "." : label, edition: e, archive: path))
        case .failure(let d): return .failure(Self.notCompared(path, d))
        }
    }

    /// An edition that does not read: its problems, and that it was not compared.
    private static func notCompared(_ folder: String, _ d: Diagnostics) -> Diagnostics {
        var d = d
        d.closing = .notCompared(folder: folder, count: d.count)
        return d
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}
