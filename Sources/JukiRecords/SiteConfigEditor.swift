import JukiDiagnostics
import Yams

/// The one writer of site.yaml: `juki-report new` adds the new edition's 更新日 line (【要記入】), keeping
/// every other line as written. The key goes through the YAML writer's quoting (`YAMLLines.scalar`), and the
/// result must read back, with the normal reader, as well as the file did, with the new key in 更新日.
public enum SiteConfigEditor {
    /// site.yaml's text once `edition` is added, or why it cannot be added (nothing is written either way).
    public static func addUpdated(_ edition: String, path: String) -> Result<String, Diagnostics> {
        let file: SourceFile
        switch SiteConfigReader.load(path) {
        case .success(let f): file = f
        case .failure(let d): return .failure(d)
        }
        let text = addingUpdated(edition, to: file.text)
        let before = SiteConfigReader.read(file, editions: [])
        let after = SiteConfigReader.read(SourceFile(path: path, text: text), editions: [])
        let added = updatedEntries(in: text)?.contains { $0.key == edition && $0.value == Placeholder.marker } ?? false
        var broken = false
        if case .failure = after, case .success = before { broken = true }
        if added && !broken { return .success(text) }
        return .failure(Diagnostics([Diagnostic(.siteUpdatedNotAdded(edition: edition), at: updatedLocation(in: file))],
                                    sources: [path: file]))
    }

    /// `text` with `  <edition>: 【要記入】` after the last line of the 更新日 block (at that line's indent),
    /// or with a 更新日 block at the end when there is none. Line ends follow the file's (CRLF or LF).
    public static func addingUpdated(_ edition: String, to text: String) -> String {
        var lines = Self.lines(text)
        let crlf = lines.first?.unicodeScalars.last == "\r"
        let end = crlf ? "\r" : ""
        let entry = YAMLLines.scalar(edition) + ": " + Placeholder.marker + end
        guard let start = lines.firstIndex(where: { $0.hasPrefix(SiteKey.updated + ":") }) else {
            if lines.last == "" { lines.removeLast() }
            lines += [SiteKey.updated + ":" + end, "  " + entry, ""]
            return lines.joined(separator: "\n")
        }
        // The block ends before the next line that starts at the left edge (a key), or at the end.
        var next = start + 1
        var last = start
        while next < lines.count, lines[next].isEmpty || lines[next] == "\r" || lines[next].hasPrefix(" ") || lines[next].hasPrefix("#") {
            if lines[next].hasPrefix(" ") { last = next }
            next += 1
        }
        let indent = last > start ? String(lines[last].prefix { $0 == " " }) : "  "
        lines.insert(indent + entry, at: last + 1)
        if lines.last != "" { lines.append("") }
        return lines.joined(separator: "\n")
    }

    /// The 更新日 entries as YAML reads them (key, value), in order; nil when the text is not YAML or has
    /// no 更新日 mapping.
    public static func updatedEntries(in text: String) -> [(key: String, value: String)]? {
        guard case .success(let root) = YAMLDocument.compose(SourceFile(path: SiteConfigReader.fileName, text: text)),
              let updated = root.mapping?[SiteKey.updated]?.mapping else { return nil }
        return updated.map { ($0.key.scalar?.string ?? "", $0.value.scalar?.string ?? "") }
    }

    static func updatedLocation(in file: SourceFile) -> SourceLocation? {
        lines(file.text).firstIndex { $0.hasPrefix(SiteKey.updated + ":") }.map { SourceLocation(file: file.path, line: $0 + 1, column: 1) }
    }

    /// Split at LF only, by scalars (a String's CRLF is one Character, and would not split at "\n").
    static func lines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
    }
}
