import CLibXML2
import Foundation
import JukiDiagnostics

/// The XML Schema that defines the archive format (`templates/xml/edition.xsd`), read and compiled once
/// from the templates folder.
///
/// Compiled once per process, not per document: compiling the 27 KB schema cost 6.8 M instructions, as much
/// as writing and validating a whole edition, so a build of 940 editions spent 6.4 G instructions compiling
/// the same schema again (callgrind). libxml2 only reads a compiled schema while validating, so one is
/// shared by every validation; it is freed with the last copy of this value.
public struct XMLSchema: Sendable {
    /// Where the schema sits inside the templates folder.
    public static let relativePath = "xml/edition.xsd"

    /// The schema file, as named (templates/xml/edition.xsd).
    public let path: String
    private let compiled: Compiled

    /// Owns the compiled schema. Immutable after `xmlSchemaParse`, so sharing it is safe.
    private final class Compiled: @unchecked Sendable {
        let schema: xmlSchemaPtr
        init(_ schema: xmlSchemaPtr) { self.schema = schema }
        deinit { xmlSchemaFree(schema) }
    }

    /// Reads and compiles the schema of `<templates>/xml/edition.xsd`.
    /// A schema that does not compile gives its messages at their lines of the schema.
    public static func load(templates directory: String) throws(Diagnostics) -> XMLSchema {
        let path = (directory.hasSuffix("/") ? String(directory.dropLast()) : directory) + "/" + relativePath
        guard FileManager.default.fileExists(atPath: path) else { throw Diagnostics(.schemaMissing(path)) }
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else {
            throw Diagnostics(.schemaUnreadable(path))
        }
        switch compile(text) {
        case .success(let schema): return XMLSchema(path: path, compiled: Compiled(schema))
        case .failure(let list):
            throw XMLIssue.diagnostics(list.issues, in: SourceFile(path: path, text: text), heading: .schemaInvalid(path))
        }
    }

    /// Every place where the document breaks the schema, in document order.
    func validate(_ document: XMLDocument) -> [XMLIssue] {
        withExtendedLifetime(compiled) {
            guard let valid = xmlSchemaNewValidCtxt(compiled.schema) else {
                return [XMLIssue(kind: .schema, message: "no validation context", line: 0, column: 0)]
            }
            defer { xmlSchemaFreeValidCtxt(valid) }
            let collector = IssueCollector(kind: .schema)
            let result = withExtendedLifetime(collector) {
                xmlSchemaSetValidStructuredErrors(valid, collectIssue, Unmanaged.passUnretained(collector).toOpaque())
                return xmlSchemaValidateDoc(valid, document.doc)
            }
            if result != 0 && collector.issues.isEmpty {
                return [XMLIssue(kind: .schema, message: "validation failed (libxml2 code \(result))", line: 0, column: 0)]
            }
            return collector.issues
        }
    }

    /// Every place where the document in `bytes` breaks the schema (or is not well-formed), checked as it is
    /// parsed, without building its tree: for a document this program wrote, whose tree it never needs. The
    /// tree of an edition with a 1,000,000-row table took about 1 GB; the stream, a few MB.
    func validate(bytes: UnsafeBufferPointer<UInt8>) -> [XMLIssue] {
        guard let base = bytes.baseAddress, bytes.count > 0, bytes.count <= Int(Int32.max) else {
            return [XMLIssue(kind: .syntax, message: "a document of \(bytes.count) bytes", line: 0, column: 0)]
        }
        return withExtendedLifetime(compiled) {
            guard let valid = xmlSchemaNewValidCtxt(compiled.schema) else {
                return [XMLIssue(kind: .schema, message: "no validation context", line: 0, column: 0)]
            }
            defer { xmlSchemaFreeValidCtxt(valid) }
            // A copy of the bytes, freed by xmlSchemaValidateStream with its parser. (libxml2 2.9.14's static
            // buffer, which would not copy them, misreads documents: `<item>` then reads as having content.)
            guard let input = base.withMemoryRebound(to: CChar.self, capacity: bytes.count, {
                xmlParserInputBufferCreateMem($0, Int32(bytes.count), XML_CHAR_ENCODING_UTF8)
            }) else {
                return [XMLIssue(kind: .schema, message: "no input buffer", line: 0, column: 0)]
            }
            let collector = IssueCollector(kind: .schema)
            let result = withExtendedLifetime(collector) {
                xmlSchemaSetValidStructuredErrors(valid, collectIssue, Unmanaged.passUnretained(collector).toOpaque())
                return xmlSchemaValidateStream(valid, input, XML_CHAR_ENCODING_UTF8, nil, nil)
            }
            if result != 0 && collector.issues.isEmpty {
                return [XMLIssue(kind: .schema, message: "validation failed (libxml2 code \(result))", line: 0, column: 0)]
            }
            return collector.issues
        }
    }

    /// Calls `body` with the compiled schema, kept alive for the call.
    func withCompiled<R>(_ body: (xmlSchemaPtr) -> R) -> R {
        withExtendedLifetime(compiled) { body(compiled.schema) }
    }

    /// The compiled schema, or the problems of compiling it.
    private static func compile(_ text: String) -> Result<xmlSchemaPtr, IssueList> {
        _ = LibXML.ready
        let collector = IssueCollector(kind: .schema)
        let bytes = Array(text.utf8)
        let compiled: xmlSchemaPtr? = withExtendedLifetime(collector) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    guard let parser = xmlSchemaNewMemParserCtxt(chars, Int32(buffer.count)) else { return nil }
                    defer { xmlSchemaFreeParserCtxt(parser) }
                    xmlSchemaSetParserStructuredErrors(parser, collectIssue, Unmanaged.passUnretained(collector).toOpaque())
                    return xmlSchemaParse(parser)
                }
            }
        }
        guard let compiled else {
            return .failure(IssueList(issues: collector.issues.isEmpty
                ? [XMLIssue(kind: .schema, message: "the schema does not compile", line: 0, column: 0)] : collector.issues))
        }
        return .success(compiled)
    }

    private struct IssueList: Error {
        let issues: [XMLIssue]
    }
}

extension XMLIssue {
    /// Failures outside the records (the schema itself, a document the writer made): the heading, then each
    /// of libxml2's messages at its line of `source` (at the line's first character when libxml2 gave no column).
    static func diagnostics(_ issues: [XMLIssue], in source: SourceFile, heading: Problem) -> Diagnostics {
        let items = issues.map { issue -> Diagnostic in
            guard issue.line > 0 else { return Diagnostic(.schemaIssue(issue.message), at: nil) }
            let indent = source.line(issue.line)?.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count ?? 0
            let column = issue.column > 0 ? issue.column : indent + 1
            return Diagnostic(.schemaIssue(issue.message), at: SourceLocation(file: source.path, line: issue.line, column: column))
        }
        return Diagnostics([Diagnostic(heading, at: nil)] + items, sources: [source.path: source])
    }
}
