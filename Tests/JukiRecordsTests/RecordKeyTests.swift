import Foundation
import JukiDiagnostics
import JukiTestSupport
import XCTest

/// Each key of report.yaml and site.yaml (and each CSV file name) is spelled once, in RecordKey.swift: the
/// readers, the `new` draft and the messages of JukiRecords and JukiDiagnostics name keys only through
/// `RecordKey` and `SiteKey`. A key written again as a string literal (`"備考"`, or `"「備考」"` inside a
/// message) fails here.
final class RecordKeyTests: XCTestCase {
    static let keyFile = "Sources/JukiDiagnostics/RecordKey.swift"
    static let scanned = ["Sources/JukiRecords", "Sources/JukiDiagnostics"]
    /// Literals another item of issue 12 owns (the CSV headers of TableReader), until they move to RecordKey.
    static let pending: Set<String> = ["TableReader+Annexes.swift: 根拠"]

    func testEveryKeyIsSpelledOnceInRecordKey() throws {
        let keys = try Self.keys()
        XCTAssertTrue(keys.contains(RecordKey.title) && keys.contains(SiteKey.updated), "the key list was not read")
        XCTAssertGreaterThan(keys.count, 50)
        let repeated = Dictionary(grouping: keys, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        XCTAssertEqual(repeated, [], "spelled twice in RecordKey.swift")
    }

    func testNoSourceFileSpellsARecordKey() throws {
        let keys = Set(try Self.keys())
        var found: [String] = []
        for folder in Self.scanned {
            let dir = Paths.inRoot(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() where name.hasSuffix(".swift") {
                let path = folder + "/" + name
                guard path != Self.keyFile else { continue }
                for (n, line) in try Paths.read(Paths.inRoot(path)).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    for key in Self.spelledKeys(in: String(line), keys: keys) where !Self.pending.contains("\(name): \(key)") {
                        found.append("\(path):\(n + 1): \(key)")
                    }
                }
            }
        }
        XCTAssertEqual(found, [], "use RecordKey / SiteKey instead of the literal")
    }

    func testTheScanFindsALiteralKeyAndAKeyInBrackets() {
        let keys: Set<String> = ["備考", "開示"]
        XCTAssertEqual(Self.spelledKeys(in: #"let r = f.optionalText("備考")"#, keys: keys), ["備考"])
        XCTAssertEqual(Self.spelledKeys(in: #"place: "「開示」の\(n)番目""#, keys: keys), ["開示"])
        XCTAssertEqual(Self.spelledKeys(in: #"f.text(RecordKey.remarks), "備考欄""#, keys: keys), [])
        XCTAssertEqual(Self.spelledKeys(in: #"    // "備考" in a comment"#, keys: keys), [])
    }

    /// Every value of RecordKey and SiteKey, as RecordKey.swift spells them.
    static func keys() throws -> [String] {
        let text = try Paths.read(Paths.inRoot(keyFile))
        let pattern = try NSRegularExpression(pattern: #"static let \w+ = "([^"\\]*)""#)
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// The keys a line of Swift spells: a string literal equal to a key, or a key in 「」 inside one.
    /// Comment lines are skipped.
    static func spelledKeys(in line: String, keys: Set<String>) -> [String] {
        let trimmed = line.drop { $0 == " " }
        if trimmed.hasPrefix("//") { return [] }
        var found: [String] = []
        var literal: String?
        var escaped = false
        for c in line {
            guard var text = literal else {
                if c == "\"" { literal = "" }
                continue
            }
            if escaped { text.append(c); escaped = false; literal = text; continue }
            switch c {
            case "\\": text.append(c); escaped = true; literal = text
            case "\"": found += keysIn(literal: text, keys: keys); literal = nil
            default: text.append(c); literal = text
            }
        }
        return found
    }

    static func keysIn(literal: String, keys: Set<String>) -> [String] {
        if keys.contains(literal) { return [literal] }
        return literal.split(separator: "「", omittingEmptySubsequences: false).dropFirst().compactMap { part in
            part.split(separator: "」", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
        }.filter { keys.contains($0) }
    }
}
