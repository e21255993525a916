import Foundation

/// Runs the built `juki-report` as a user would, in its own process.
public struct CLIRun {
    public let status: Int32
    public let stdout: String
    public let stderr: String

    /// The binary beside the test bundle (swift test builds every product into the same folder).
    public static var binary: String {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("juki-report").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir.deleteLastPathComponent()
        }
        for bundle in Bundle.allBundles {
            let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("juki-report").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return Paths.inRoot(".build/debug/juki-report")
    }

    @discardableResult
    public static func run(_ arguments: [String], in directory: String = Paths.root,
                           environment: [String: String]? = nil, executable: String? = nil) throws -> CLIRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Both pipes at once: a process that fills one (64 KiB) while the other is being read would wait forever.
        let e = Collected(), errors = err.fileHandleForReading, group = DispatchGroup()
        DispatchQueue.global().async(group: group) { e.data = errors.readDataToEndOfFile() }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CLIRun(status: process.terminationStatus,
                      stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e.data, as: UTF8.self))
    }
}

/// What the reading thread read, handed back after it finished.
private final class Collected: @unchecked Sendable {
    var data = Data()
}
