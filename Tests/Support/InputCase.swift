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
///     @@ base Tests/Editions/NAME    start from another edition than input/R4
///     == expected
///     input/R4/report.yaml:13:5: エラー: …   (to the end of the file)
public struct InputCase {
    public enum Change {
        case edit(file: String, old: String, new: String)
        case replace(file: String, text: String)
        case delete(file: String)
        case bytes(file: String, [UInt8])
    }

    public let name: String
    public let base: String
    public let changes: [Change]
    public let expected: String

    public static func load(_ path: String) throws -> InputCase {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard let split = text.range(of: "\n== expected\n") else { throw CaseError("no '== expected' line in \(path)") }
        var base = "input/R4"
        var changes: [Change] = []
        var header: (file: String, mode: String)?
        var minus: [String] = [], plus: [String] = [], hex = ""
        func flush() {
            guard let h = header else { return }
            switch h.mode {
            case "replace": changes.append(.replace(file: h.file, text: plus.map { $0 + "\n" }.joined()))
            case "delete": changes.append(.delete(file: h.file))
            case "hex": changes.append(.bytes(file: h.file, bytes(hex)))
            default: changes.append(.edit(file: h.file, old: minus.joined(separator: "\n"), new: plus.joined(separator: "\n")))
            }
            minus = []; plus = []; hex = ""; header = nil
        }
        for line in text[..<split.lowerBound].components(separatedBy: "\n") {
            if line.hasPrefix("#") && header == nil { continue }
            if line.hasPrefix("@@ base ") {
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
        return InputCase(name: name, base: base, changes: changes, expected: String(text[split.upperBound...]))
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
                let path = dir + "/" + file
                let text = try String(contentsOfFile: path, encoding: .utf8)
                let parts = text.components(separatedBy: old)
                guard parts.count == 2 else { throw CaseError("\(name): '\(old)' is in \(file) \(parts.count - 1) times, not once") }
                try parts.joined(separator: new).write(toFile: path, atomically: true, encoding: .utf8)
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

    public static func all(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
            .map { folder + "/" + $0 }
    }
}

public struct CaseError: Error, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}
