import CLibXML2
import JukiDiagnostics
import JukiModel

extension XMLArchive {
    /// What the archive index lists of an edition published before: its 年度 and its title.
    public struct Summary: Sendable, Equatable {
        public let fiscalYear: FiscalYear
        public let title: String
    }

    /// Larger than any report.xml that `build` writes (a table of 10,000,000 rows, the tables' limit, writes
    /// about 1.2 GB): libxml2 takes a document's size as an `int`.
    public static let summarySizeLimit = Int(Int32.max)

    /// The 年度 and title of the archive at `path`, read by libxml2's streaming reader (`xmlTextReader`) while
    /// the schema validates the whole document, without building its tree.
    ///
    /// `read(path:schema:)` builds the tree (about ten bytes of memory per byte of XML) and is bounded by
    /// `sizeLimit`; the index of a build must list every edition the build published, including one with a
    /// 1,000,000-row table (a 113 MB report.xml). Untrusted as every input: no network, a DOCTYPE refused
    /// before its declarations are used, entities never expanded; the root must be this format and version.
    public static func summary(path: String, schema: XMLSchema) -> Result<Summary, Diagnostics> {
        switch InputFile.bytes(path, limit: summarySizeLimit) {
        case .failure(let d): return .failure(Diagnostics([d]))
        case .success(let bytes): return summary(bytes: bytes, path: path, schema: schema)
        }
    }

    /// Three passes, none of which builds the tree: the prolog alone (a DOCTYPE is refused before any of
    /// its declarations is read), the schema over the whole document as a stream, then the reader up to
    /// the title (the schema puts 年度 and title first).
    static func summary(bytes: [UInt8], path: String, schema: XMLSchema) -> Result<Summary, Diagnostics> {
        _ = LibXML.ready
        func fail(_ items: [Diagnostic]) -> Result<Summary, Diagnostics> {
            // The quoted lines need the text; made only for a document that failed.
            .failure(Diagnostics(items, sources: [path: SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self))]))
        }
        func at(_ line: Int, _ column: Int) -> SourceLocation? {
            line > 0 ? SourceLocation(file: path, line: line, column: max(1, column)) : nil
        }
        if let line = bytes.withUnsafeBufferPointer(XMLDocument.doctypeLine) {
            return fail([Diagnostic(.xmlDoctype, at: at(line, 1))])
        }
        let scan = SummaryScan()
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                let options = Int32(bitPattern: XML_PARSE_NONET.rawValue)
                guard let reader = xmlReaderForMemory(chars, Int32(buffer.count), path, "UTF-8", options) else { return }
                defer { xmlFreeTextReader(reader) }
                withExtendedLifetime(scan.collector) {
                    xmlTextReaderSetStructuredErrorHandler(reader, collectIssue, Unmanaged.passUnretained(scan.collector).toOpaque())
                    scan.run(reader)
                }
            }
        }
        if let (problem, line) = scan.refusal { return fail([Diagnostic(problem, at: at(line, 1))]) }
        let issues = bytes.withUnsafeBufferPointer { schema.validate(bytes: $0) }
        if !issues.isEmpty {
            return fail(issues.map { issue in
                Diagnostic(issue.kind == .schema ? .xmlSchema(issue.message) : .xmlSyntax(issue.message), at: at(issue.line, issue.column))
            })
        }
        guard let year = scan.fiscalYear.flatMap({ Int($0) }), let title = scan.title else {
            return fail([Diagnostic(.xmlIncomplete, at: nil)])
        }
        if let bad = TextRules.firstForbidden(in: title) {
            return fail([Diagnostic(.forbiddenCharacter(key: "<title>", bad.character), at: at(scan.titleLine, 1))])
        }
        return .success(Summary(fiscalYear: FiscalYear(startYear: year), title: title))
    }
}

/// The reader's pass: the root checked (this format, this version), then 年度 and title taken; it stops there.
private final class SummaryScan {
    let collector = IssueCollector(kind: .syntax)
    var refusal: (Problem, line: Int)?
    var fiscalYear: String?
    var title: String?
    var titleLine = 0

    func run(_ reader: xmlTextReaderPtr) {
        while title == nil, xmlTextReaderRead(reader) == 1 {
            guard xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue) else { continue }
            let name = LibXML.string(xmlTextReaderConstLocalName(reader)) ?? ""
            let line = xmlTextReaderCurrentNode(reader).map { Int(xmlGetLineNo($0)) } ?? 0
            switch xmlTextReaderDepth(reader) {
            case 0:
                let namespace = LibXML.string(xmlTextReaderConstNamespaceUri(reader))
                guard name == "edition", namespace == XMLArchive.namespace else {
                    refusal = (.xmlNotAnEdition(root: name, namespace: namespace, expectedNamespace: XMLArchive.namespace), line)
                    return
                }
                let version = LibXML.withChars("version") { LibXML.take(xmlTextReaderGetAttribute(reader, $0)) }
                guard version == XMLArchive.formatVersion else {
                    refusal = (.xmlFormatVersion(found: version, supported: XMLArchive.formatVersion), line)
                    return
                }
            case 1 where name == "fiscalYear":
                fiscalYear = LibXML.take(xmlTextReaderReadString(reader))
            case 1 where name == "title":
                titleLine = line
                title = LibXML.take(xmlTextReaderReadString(reader))
            default: break
            }
        }
    }
}
