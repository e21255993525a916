import Foundation
import JukiModel
import JukiRecords

/// The editions a command works on: those named, or every folder under `--input` holding `report.yaml`.
struct EditionSet {
    struct Loaded {
        let name: String
        let edition: Edition
    }

    /// Folder names that are safe as output names: no path separators, no `..`, nothing hidden.
    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\") && !name.contains("\0")
    }

    static func names(input: String, requested: [String]) -> Result<[String], Diagnostics> {
        if !requested.isEmpty {
            let bad = requested.filter { !isSafeName($0) }
            if let first = bad.first { return .failure(Diagnostics([Diagnostic(.unsafeEditionName(first), at: nil)])) }
            return .success(requested)
        }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: input) else {
            return .failure(Diagnostics([Diagnostic(.editionFolderMissing(input), at: nil)]))
        }
        let names = entries.filter { isSafeName($0) && FileManager.default.fileExists(atPath: "\(input)/\($0)/\(EditionReader.yamlFile)") }
            .sorted { $0.compare($1, options: .numeric) == .orderedAscending }
        return names.isEmpty ? .failure(Diagnostics([Diagnostic(.noEditions(input), at: nil)])) : .success(names)
    }

    /// Reads every edition, gathering the problems of all before failing.
    static func load(input: String, requested: [String]) -> Result<[Loaded], Diagnostics> {
        let names: [String]
        switch self.names(input: input, requested: requested) {
        case .success(let n): names = n
        case .failure(let d): return .failure(d)
        }
        var loaded: [Loaded] = []
        var problems = Diagnostics([])
        for name in names {
            let dir = input + "/" + name
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                problems = problems + Diagnostics([Diagnostic(.editionFolderMissing(dir), at: nil)])
                continue
            }
            switch EditionReader.read(directory: dir) {
            case .success(let e): loaded.append(Loaded(name: name, edition: e))
            case .failure(let d): problems = problems + d
            }
        }
        return problems.items.isEmpty ? .success(loaded) : .failure(problems)
    }
}
