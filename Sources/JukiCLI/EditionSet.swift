import Foundation
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

    /// Folder names that are safe as output names: no path separators, no `..`, nothing hidden.
    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\") && !name.contains("\0")
    }

    static func isFile(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue
    }

    static func isFolder(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// The edition folders under `input`, in name order (R2 before R10).
    static func names(input: String, requested: [String]) -> Result<[String], Diagnostics> {
        if !requested.isEmpty {
            let bad = requested.filter { !isSafeName($0) }
            if let first = bad.first { return .failure(Diagnostics([Diagnostic(.unsafeEditionName(first), at: nil)])) }
            return .success(requested)
        }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: input) else {
            return .failure(Diagnostics([Diagnostic(.editionFolderMissing(input), at: nil)]))
        }
        let names = entries.filter { name in
            isSafeName(name) && [EditionReader.yamlFile, XMLArchive.fileName].contains { isFile("\(input)/\(name)/\($0)") }
        }.sorted { $0.compare($1, options: .numeric) == .orderedAscending }
        return names.isEmpty ? .failure(Diagnostics([Diagnostic(.noEditions(input), at: nil)])) : .success(names)
    }

    /// Reads every edition, gathering the problems of all before failing.
    static func load(input: String, requested: [String], schema: XMLSchema) -> Result<[Loaded], Diagnostics> {
        if input.hasSuffix(".xml"), isFile(input) {
            // One archived edition, named after its folder (archive/R4/report.xml is R4).
            let folder = ((input as NSString).deletingLastPathComponent as NSString).lastPathComponent
            let name = isSafeName(folder) ? folder : ((input as NSString).lastPathComponent as NSString).deletingPathExtension
            return XMLArchive.read(path: input, schema: schema).map { [Loaded(name: name, edition: $0)] }
        }
        let names: [String]
        switch self.names(input: input, requested: requested) {
        case .success(let n): names = n
        case .failure(let d): return .failure(d)
        }
        var loaded: [Loaded] = []
        var problems = Diagnostics([])
        for name in names {
            let dir = input + "/" + name
            let read: Result<Edition, Diagnostics>
            if !isFolder(dir) {
                read = .failure(Diagnostics([Diagnostic(.editionFolderMissing(dir), at: nil)]))
            } else if !isFile(dir + "/" + EditionReader.yamlFile) && isFile(dir + "/" + XMLArchive.fileName) {
                read = XMLArchive.read(path: dir + "/" + XMLArchive.fileName, schema: schema)
            } else {
                read = EditionReader.read(directory: dir)
            }
            switch read {
            case .success(let e): loaded.append(Loaded(name: name, edition: e))
            case .failure(let d): problems = problems + d
            }
        }
        return problems.count == 0 ? .success(loaded) : .failure(problems)
    }
}
