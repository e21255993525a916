import Foundation
import JukiTestSupport

/// Shapes of a CLI test's working copy, shared by the fault tests.
enum Workspace {
    /// Copies `input/R4` of `work` into `count - 1` more editions (R4-1 …) with their 更新日 in site.yaml,
    /// so that a build takes long enough to be interrupted during it.
    static func addCopiesOfR4(in work: String, input: String = "input", count: Int) throws {
        for i in 1..<count {
            try Paths.copyFolder(work + "/\(input)/R4", to: work + "/\(input)/R4-\(i)")
        }
        var site = try Paths.read(work + "/\(input)/site.yaml")
        site += (1..<count).map { "  R4-\($0): 令和5年6月30日\n" }.joined()
        try site.write(toFile: work + "/\(input)/site.yaml", atomically: true, encoding: .utf8)
    }

    /// Every file under `dir` whose name ends in `.tmp` (a build's temporaries), by relative path.
    static func temporaries(under dir: String) -> [String] {
        (FileManager.default.enumerator(atPath: dir)?.compactMap { $0 as? String } ?? [])
            .filter { ($0 as NSString).lastPathComponent.hasSuffix(".tmp") }.sorted()
    }

    /// Every entry under `dir` whose name starts with a dot, by relative path.
    static func hiddenEntries(under dir: String) -> [String] {
        (FileManager.default.enumerator(atPath: dir)?.compactMap { $0 as? String } ?? [])
            .filter { ($0 as NSString).lastPathComponent.hasPrefix(".") }.sorted()
    }

    /// The environment of a test run without Swift's crash backtraces (a crash is a failure either way).
    static var quietCrashes: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "enable=no"
        return env
    }
}
