import JukiDiagnostics
import JukiModel

/// Reads one archive document in steps, each of which may refuse it: UTF-8 → safe parse (DOCTYPE refused)
/// → the root is this format and version → schema → model (derived figures checked) → the model's rules.
struct XMLReader {
    let path: String
    let schema: XMLSchema

    func read(_ bytes: [UInt8]) -> Result<Edition, Diagnostics> {
        let source = SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self))
        if let offset = XMLReader.firstInvalidUTF8(bytes) {
            let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
            return .failure(Diagnostics([Diagnostic(.xmlEncoding(declared: nil), at: SourceLocation(file: path, line: line, column: column))],
                                        sources: [path: source]))
        }
        func fail(_ items: [Diagnostic]) -> Result<Edition, Diagnostics> {
            .failure(Diagnostics(items, sources: [path: source]))
        }
        let locator = ElementLocator(source: source)

        let document: XMLDocument
        switch XMLDocument.parse(bytes, name: path) {
        case .success(let d): document = d
        case .failure(let refusal): return fail(refusal.issues.map { diagnostic($0, locator) })
        }
        if let encoding = document.declaredEncoding, encoding.uppercased() != "UTF-8" {
            return fail([Diagnostic(.xmlEncoding(declared: encoding), at: SourceLocation(file: path, line: 1, column: 1))])
        }
        guard let root = document.tree() else { return fail([Diagnostic(.xmlIncomplete, at: nil)]) }
        guard root.name == "edition", root.namespace == XMLArchive.namespace else {
            return fail([Diagnostic(.xmlNotAnEdition(root: root.name, namespace: root.namespace,
                                                     expectedNamespace: XMLArchive.namespace), at: locator.location(root))])
        }
        guard root.attributes["version"] == XMLArchive.formatVersion else {
            return fail([Diagnostic(.xmlFormatVersion(found: root.attributes["version"], supported: XMLArchive.formatVersion),
                                    at: locator.location(root))])
        }
        let issues = schema.validate(document)
        if !issues.isEmpty { return fail(issues.map { diagnostic($0, locator) }) }

        var decoder = EditionDecoder(source: source)
        let decoded = decoder.decode(root)
        if !decoder.problems.isEmpty { return fail(decoder.problems) }
        guard let edition = decoded else { return fail([Diagnostic(.xmlIncomplete, at: locator.location(root))]) }

        let places = decoder.places
        let violations = edition.ruleViolations(fold: .compatibility).map { v in
            Diagnostic(rule: v, at: places[v.place] ?? locator.location(root)) { places[$0] }
        }
        if !violations.isEmpty { return fail(violations) }
        return .success(edition)
    }

    /// A libxml2 problem at its line; the column is libxml2's when it gave one, else that of the element
    /// it names.
    private func diagnostic(_ issue: XMLIssue, _ locator: ElementLocator) -> Diagnostic {
        let problem: Problem
        switch issue.kind {
        case .doctype: problem = .xmlDoctype
        case .syntax: problem = .xmlSyntax(issue.message)
        case .schema: problem = .xmlSchema(issue.message)
        }
        guard issue.line > 0 else { return Diagnostic(problem, at: nil) }
        var column = issue.column
        if column == 0, let name = issue.nodeName { column = locator.column(of: name, line: issue.line) }
        return Diagnostic(problem, at: SourceLocation(file: path, line: issue.line, column: max(1, column)))
    }

    /// The offset of the first byte that is not UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
