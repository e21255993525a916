import Foundation

/// Runs the built `juki-report` as a user would, in its own process.
public struct CLIRun {
    public let status: Int32
    public let stdout: String
    public let stderr: String

    /// The binary beside the test bundle: JukiCLITests depends on the `juki-report` target, so `swift test`
    /// builds it into the same folder before the tests run. There is no fallback to another build folder
    /// (a stale binary there would be tested instead).
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
        return "juki-report-not-built-beside-the-tests"
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
        // Both pipes are drained at once: reading one to its end first would block for good once the
        // child fills the other pipe's buffer (64 KiB of messages on stderr).
        let errors = Drained()
        let drained = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            errors.data = err.fileHandleForReading.readDataToEndOfFile()
            drained.signal()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        let e = errors.data
        process.waitUntilExit()
        return CLIRun(status: process.terminationStatus,
                      stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}

/// What the stderr thread read; handed over through the semaphore, so never touched by two threads at once.
private final class Drained: @unchecked Sendable {
    var data = Data()
}

// MARK: issue 14 site
extension CLIRun {
    /// Standard error without the warnings and notes (`警告:`, `注記:`, each with its quoted line and caret when
    /// it has a place): what a test of something else compares, while the sample site.yaml and an edition
    /// without 別添 are warned about on every check (SiteWarningTests compares them whole).
    public var stderrWithoutWarnings: String { Self.withoutWarnings(stderr) }

    /// The text without the warnings and notes (what a terminal shows, under script(1)).
    public static func withoutWarnings(_ text: String) -> String {
        var out: [Substring] = []
        var skip = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if skip > 0 { skip -= 1; continue }
            if line.hasPrefix("警告: ") || line.hasPrefix("注記: ") { continue }
            if line.contains(": 警告: ") || line.contains(": 注記: ") { skip = 2; continue }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }
}
