import Foundation
import JukiDiagnostics
import JukiModel
import JukiRecords
import JukiXML

/// The editions a command works on: those named, or every folder under `--input` holding `report.yaml`
/// (records) or `report.xml` (an archived edition). `--input` may also name one `report.xml` file.
struct EditionSet {
    struct Loaded {
        let name: String
        let edition: Edition
    }

    static func isFile(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue
    }

    static func isFolder(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// The edition folders under `input`, in name order (R2 before R10): the names requested, or every
    /// folder holding `report.yaml` or `report.xml`. Every name is an `EditionName`; one that is not is
    /// refused (all of them, named), never skipped. Hidden folders (.git, a copy set aside) are not editions.
    static func names(input: String, requested: [String]) -> Result<[String], Diagnostics> {
        if !requested.isEmpty {
            let bad = requested.filter { !EditionName.isValid($0) }
            if !bad.isEmpty { return .failure(Diagnostics(bad.map { Diagnostic(.unsafeEditionName($0), at: nil) })) }
            return .success(requested)
        }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: input) else {
            return .failure(Diagnostics([Diagnostic(.editionFolderMissing(input), at: nil)]))
        }
        let folders = entries.filter { name in
            !name.hasPrefix(".") && [EditionReader.yamlFile, XMLArchive.fileName].contains { isFile("\(input)/\(name)/\($0)") }
        }.sorted { $0.compare($1, options: .numeric) == .orderedAscending }
        let bad = folders.filter { !EditionName.isValid($0) }
        if !bad.isEmpty { return .failure(Diagnostics(bad.map { Diagnostic(.editionFolderName(input + "/" + $0), at: nil) })) }
        return folders.isEmpty ? .failure(Diagnostics([Diagnostic(.noEditions(input), at: nil)])) : .success(folders)
    }

    /// Reads every edition, gathering the problems of all before failing.
    static func load(input: String, requested: [String], schema: SchemaSource) -> Result<[Loaded], Diagnostics> {
        if input.hasSuffix(".xml"), isFile(input) {
            // One archived edition, named after its folder (archive/R4/report.xml is R4) or itself (R5.xml is R5).
            let name = EditionName.ofArchive(path: input)
            guard EditionName.isValid(name) else {
                return .failure(Diagnostics([Diagnostic(.archiveEditionName(path: input, name: name), at: nil)]))
            }
            return schema.get().flatMap { XMLArchive.read(path: input, schema: $0) }.map { [Loaded(name: name, edition: $0)] }
        }
        let names: [String]
        switch self.names(input: input, requested: requested) {
        case .success(let n): names = n
        case .failure(let d): return .failure(d)
        }
        var loaded: [Loaded] = []
        var problems = Diagnostics([])
        // Read on every core; gathered in the editions' order, so the problems come out as one after another.
        InOrder.map(names, { name -> Result<Edition, Diagnostics> in
            let dir = input + "/" + name
            if !isFolder(dir) {
                return .failure(Diagnostics([Diagnostic(.editionFolderMissing(dir), at: nil)]))
            } else if isArchive(dir) {
                return schema.get().flatMap { XMLArchive.read(path: dir + "/" + XMLArchive.fileName, schema: $0) }
            }
            return EditionReader.read(directory: dir)
        }, take: { name, read in
            switch read {
            case .success(let e): loaded.append(Loaded(name: name, edition: e))
            case .failure(let d): problems = problems + d
            }
        })
        return problems.count == 0 ? .success(loaded) : .failure(problems)
    }

    /// A folder read as an archived edition: report.xml without report.yaml.
    static func isArchive(_ dir: String) -> Bool {
        !isFile(dir + "/" + EditionReader.yamlFile) && isFile(dir + "/" + XMLArchive.fileName)
    }

    /// Whether reading these editions reads an archived report.xml (and so needs the schema). When the names
    /// do not resolve, false: `load` reports that.
    static func readsArchive(input: String, requested: [String]) -> Bool {
        if input.hasSuffix(".xml"), isFile(input) { return true }
        guard case .success(let names) = self.names(input: input, requested: requested) else { return false }
        return names.contains { isArchive(input + "/" + $0) }
    }
}
