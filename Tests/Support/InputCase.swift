import Foundation

/// A bad-input case: a known-good edition, changes to its files, and the exact message expected.
///
/// The file format (`Tests/BadInputs/*.txt`), line by line:
///
///     # What the case shows (any number of comment lines)
///     @@ report.yaml                 edit: the "-" lines, found once in the file, become the "+" lines
///     -    講師: 市町村課
///     +    講帥: 市町村課
///     @@ findings.csv (replace)      the file's whole text becomes the "+" lines
///     @@ findings.csv (delete)       the file is removed
///     @@ report.yaml (hex)           the file's bytes become the hex digits that follow
///     @@ certified-staff.csv (hex edit)   edit in bytes: the "-" hex digits, found once, become the "+" ones
///     @@ base Tests/Editions/NAME    start from another edition than input/R4
///     @@ refused                     (a case named *-accepted*) the changes above it alone are accepted;
///                                    the ones below it make the case refused
///     == expected
///     input/R4/report.yaml:13:5: エラー: …   (to the end of the file, or to the next section)
///     == expected report.txt (unchanged)    (with `@@ refused`) a build of the accepted changes alone writes
///                                           the base edition's published report.txt, byte for byte
///     == expected report.txt                … or that report.txt with the "-" lines, found once, made the "+" lines
///     -…
///     +…
///
/// Edits work on the file's bytes, so a BOM, CR line ends or CP932 text around them stay as they are.
public struct InputCase: Sendable {
    public enum Change: Sendable {
        case edit(file: String, old: [UInt8], new: [UInt8])
        case replace(file: String, text: String)
        case delete(file: String)
        case bytes(file: String, [UInt8])
    }

    /// The report.txt a build of the accepted changes alone must write, against the base edition's.
    public enum ExpectedReport: Equatable, Sendable {
        case unchanged
        case edited(old: String, new: String)
    }

    public let name: String
    public let base: String
    public let changes: [Change]
    public let expected: String
    /// How many of `changes` come before `@@ refused`: those alone make an edition that is accepted.
    public let acceptedChanges: Int?
    public let expectedReport: ExpectedReport?

    static let reportHeading = "== expected report.txt"

    public static func load(_ path: String) throws -> InputCase {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard let split = text.range(of: "\n== expected\n") else { throw CaseError("no '== expected' line in \(path)") }
        var base = "input/R4"
        var changes: [Change] = []
        var accepted: Int?
        var header: (file: String, mode: String)?
        var minus: [String] = [], plus: [String] = [], hex = ""
        func flush() {
            guard let h = header else { return }
            switch h.mode {
            case "replace": changes.append(.replace(file: h.file, text: plus.map { $0 + "\n" }.joined()))
            case "delete": changes.append(.delete(file: h.file))
            case "hex": changes.append(.bytes(file: h.file, bytes(hex)))
            case "hex edit": changes.append(.edit(file: h.file, old: bytes(minus.joined()), new: bytes(plus.joined())))
            default: changes.append(.edit(file: h.file, old: Array(minus.joined(separator: "\n").utf8),
                                          new: Array(plus.joined(separator: "\n").utf8)))
            }
            minus = []; plus = []; hex = ""; header = nil
        }
        for line in text[..<split.lowerBound].components(separatedBy: "\n") {
            if line.hasPrefix("#") && header == nil { continue }
            if line == "@@ refused" {
                flush()
                guard accepted == nil else { throw CaseError("two '@@ refused' lines in \(path)") }
                accepted = changes.count
            } else if line.hasPrefix("@@ base ") {
                flush()
                base = String(line.dropFirst(8))
            } else if line.hasPrefix("@@ ") {
                flush()
                var spec = String(line.dropFirst(3)), mode = "edit"
                if let open = spec.range(of: " (") {
                    mode = String(spec[open.upperBound...].dropLast())
                    spec = String(spec[..<open.lowerBound])
                }
                header = (spec, mode)
            } else if line.hasPrefix("-") {
                minus.append(String(line.dropFirst()))
            } else if line.hasPrefix("+") {
                plus.append(String(line.dropFirst()))
            } else if header?.mode == "hex" {
                hex += line
            }
        }
        flush()
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var expected = String(text[split.upperBound...]), report: ExpectedReport?
        if let heading = expected.range(of: "\n" + reportHeading) {
            report = try expectedReport(String(expected[expected.index(after: heading.lowerBound)...]), in: path)
            expected = String(expected[...heading.lowerBound])
        }
        guard (accepted == nil) == (report == nil) else {
            throw CaseError("\(path): '@@ refused' and '\(reportHeading)' go together")
        }
        return InputCase(name: name, base: base, changes: changes, expected: expected,
                         acceptedChanges: accepted, expectedReport: report)
    }

    /// Reads the section `== expected report.txt (unchanged)`, or `== expected report.txt` and its "-" and "+" lines.
    static func expectedReport(_ section: String, in path: String) throws -> ExpectedReport {
        let lines = section.components(separatedBy: "\n").dropLast(section.hasSuffix("\n") ? 1 : 0)
        if lines.first == reportHeading + " (unchanged)" && lines.count == 1 { return .unchanged }
        let body = lines.dropFirst()
        guard lines.first == reportHeading, !body.isEmpty, body.allSatisfy({ $0.hasPrefix("-") || $0.hasPrefix("+") }) else {
            throw CaseError("\(path): '\(reportHeading)' is followed by neither ' (unchanged)' nor '-' and '+' lines")
        }
        return .edited(old: body.filter { $0.hasPrefix("-") }.map { String($0.dropFirst()) }.joined(separator: "\n"),
                       new: body.filter { $0.hasPrefix("+") }.map { String($0.dropFirst()) }.joined(separator: "\n"))
    }

    /// `text` (a case file) with the expected message replaced by `message`, the other sections kept.
    public static func replacingExpected(in text: String, with message: String) -> String {
        let parts = text.components(separatedBy: "\n== expected\n")
        let rest = parts.dropFirst().joined(separator: "\n== expected\n")
        let tail = rest.range(of: "\n" + reportHeading).map { String(rest[rest.index(after: $0.lowerBound)...]) } ?? ""
        return parts[0] + "\n== expected\n" + message + tail
    }

    /// The case with only the changes above `@@ refused`: an edition that must be accepted.
    public var acceptedAlone: InputCase? {
        acceptedChanges.map {
            InputCase(name: name + " (above @@ refused)", base: base, changes: Array(changes.prefix($0)), expected: "",
                      acceptedChanges: nil, expectedReport: nil)
        }
    }

    /// The base edition's published report.txt: output/NAME/report.txt for input/NAME, else its expected/report.txt.
    public var baseReportPath: String {
        let edition = (base as NSString).lastPathComponent
        return base.hasPrefix("input/") ? Paths.inRoot("output/\(edition)/report.txt")
                                        : Paths.inRoot(base + "/expected/report.txt")
    }

    /// The report.txt the accepted changes alone must give (nil for a case without `@@ refused`).
    public func expectedReportText() throws -> String? {
        guard let expectedReport else { return nil }
        let published = try Paths.read(baseReportPath)
        switch expectedReport {
        case .unchanged: return published
        case .edited(let old, let new):
            let parts = published.components(separatedBy: old)
            guard parts.count == 2 else { throw CaseError("\(name): '\(old)' is in report.txt \(parts.count - 1) times, not once") }
            return parts.joined(separator: new)
        }
    }

    static func bytes(_ hex: String) -> [UInt8] {
        let digits = Array(hex.filter { $0.isHexDigit })
        return stride(from: 0, to: digits.count - 1, by: 2).map { UInt8(String(digits[$0...$0 + 1]), radix: 16)! }
    }

    /// Lays the changed edition out as `<root>/input/<edition>` and returns that folder.
    public func materialize(in root: String) throws -> String {
        let edition = (base as NSString).lastPathComponent
        let dir = root + "/input/" + edition
        try Paths.copyFolder(Paths.inRoot(base), to: dir)
        for change in changes {
            switch change {
            case .edit(let file, let old, let new):
                let url = URL(fileURLWithPath: dir + "/" + file)
                let data = [UInt8](try Data(contentsOf: url))
                let found = Self.occurrences(of: old, in: data)
                guard found.count == 1, let at = found.first else {
                    throw CaseError("\(name): '\(String(decoding: old, as: UTF8.self))' is in \(file) \(found.count) times, not once")
                }
                try Data(data[..<at] + new + data[(at + old.count)...]).write(to: url)
            case .replace(let file, let text):
                try text.write(toFile: dir + "/" + file, atomically: true, encoding: .utf8)
            case .delete(let file):
                try FileManager.default.removeItem(atPath: dir + "/" + file)
            case .bytes(let file, let bytes):
                try Data(bytes).write(to: URL(fileURLWithPath: dir + "/" + file))
            }
        }
        return dir
    }

    /// Where `needle` starts in `data` (non-overlapping; an empty needle is nowhere).
    static func occurrences(of needle: [UInt8], in data: [UInt8]) -> [Int] {
        guard !needle.isEmpty, needle.count <= data.count else { return [] }
        var found: [Int] = [], i = 0
        while i <= data.count - needle.count {
            if data[i] == needle[0] && data[i..<(i + needle.count)].elementsEqual(needle) {
                found.append(i)
                i += needle.count
            } else {
                i += 1
            }
        }
        return found
    }

    public static func all(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
            .map { folder + "/" + $0 }
    }
}

public struct CaseError: Error, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}
