import Foundation

/// Where the package's files are, wherever `swift test` runs from.
public enum Paths {
    /// The package root (the folder holding Package.swift).
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    public static func inRoot(_ relative: String) -> String { root + "/" + relative }

    public static var templates: String { inRoot("templates") }

    /// A fresh empty folder under the system's temporary folder.
    public static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "juki-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Copies a folder's files (one level) into a new folder.
    public static func copyFolder(_ from: String, to: String) throws {
        try FileManager.default.createDirectory(atPath: to, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: from) {
            try FileManager.default.copyItem(atPath: from + "/" + name, toPath: to + "/" + name)
        }
    }

    /// A fresh folder holding `input/R4` and `input/site.yaml`, as a clerk's working copy: for CLI tests.
    public static func workspaceWithR4() throws -> String {
        let work = try temporaryFolder()
        try copyFolder(inRoot("input/R4"), to: work + "/input/R4")
        try FileManager.default.copyItem(atPath: inRoot("input/site.yaml"), toPath: work + "/input/site.yaml")
        return work
    }

    public static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }
}
