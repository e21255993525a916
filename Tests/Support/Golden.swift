import Foundation
import XCTest

/// Golden files: the expected output lives in a file beside the test and is compared whole.
/// `JUKI_RECORD=1 swift test` rewrites the files from the current output and fails every test that recorded
/// ("recorded a new baseline"), as swift-argument-parser's assertSnapshot does: recording never makes a run green.
/// Review the diff, then run the tests again without the variable. `.ci/run` refuses the variable.
public enum Golden {
    public static var recording: Bool { ProcessInfo.processInfo.environment["JUKI_RECORD"] == "1" }

    /// Writes `text` as the new baseline at `path` and fails the calling test, saying so (or why it could not write).
    public static func record(_ text: String, to path: String, file: StaticString = #filePath, line: UInt = #line) {
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            XCTFail("recorded a new baseline: \(path) (review the diff, then run without JUKI_RECORD)",
                    file: file, line: line)
        } catch {
            XCTFail("could not record a new baseline at \(path): \(error)", file: file, line: line)
        }
    }

    public static func assertEqual(_ actual: String, file path: String,
                                   file: StaticString = #filePath, line: UInt = #line) {
        if recording {
            record(actual, to: path, file: file, line: line)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            XCTFail("golden file missing: \(path) (JUKI_RECORD=1 writes it)", file: file, line: line)
            return
        }
        if actual != expected {
            XCTFail("output differs from \(path):\n\(firstDifference(expected, actual))", file: file, line: line)
        }
    }

    /// Compares `actual` with the golden file at `path` and never records it: for outputs of another process or
    /// stage that must equal a golden file some other test owns (and records).
    public static func assertMatches(_ actual: String, file path: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            return XCTFail("golden file missing: \(path)", file: file, line: line)
        }
        if actual != expected {
            XCTFail("output differs from \(path):\n\(firstDifference(expected, actual))", file: file, line: line)
        }
    }

    /// The first differing line, for a readable failure.
    public static func firstDifference(_ expected: String, _ actual: String) -> String {
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        for i in 0..<max(e.count, a.count) {
            let x = i < e.count ? e[i] : "<end>", y = i < a.count ? a[i] : "<end>"
            if x != y { return "line \(i + 1):\n  expected: \(x.debugDescription)\n  actual:   \(y.debugDescription)" }
        }
        return "(same lines; differs in line endings)"
    }
}
