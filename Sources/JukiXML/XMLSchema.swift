import CLibXML2
import Foundation

/// The XML Schema that defines the archive format (`templates/xml/edition.xsd`), read once from the
/// templates folder. A value (the schema's text): each validation compiles it afresh, so no libxml2 pointer
/// outlives the function that made it.
public struct XMLSchema: Sendable {
    /// Where the schema sits inside the templates folder.
    public static let relativePath = "xml/edition.xsd"

    /// The schema file, as named (templates/xml/edition.xsd).
    public let path: String
    let text: String

    /// Reads and compiles the schema of `<templates>/xml/edition.xsd`.
    public static func load(templates directory: String) throws(XMLArchive.Failure) -> XMLSchema {
        let path = (directory.hasSuffix("/") ? String(directory.dropLast()) : directory) + "/" + relativePath
        guard FileManager.default.fileExists(atPath: path) else { throw .schemaMissing(path) }
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else {
            throw .schemaUnreadable(path)
        }
        let schema = XMLSchema(path: path, text: text)
        let issues = schema.withCompiled { _ in [XMLIssue]() }
        if !issues.isEmpty { throw .schemaInvalid(path, issues.map(\.located)) }
        return schema
    }

    /// Every place where the document breaks the schema, in document order.
    func validate(_ document: XMLDocument) -> [XMLIssue] {
        withCompiled { schema in
            guard let valid = xmlSchemaNewValidCtxt(schema) else {
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

    /// Compiles the schema for `body`; the problems of compiling it when it does not compile.
    private func withCompiled(_ body: (xmlSchemaPtr) -> [XMLIssue]) -> [XMLIssue] {
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
            return collector.issues.isEmpty
                ? [XMLIssue(kind: .schema, message: "the schema does not compile", line: 0, column: 0)] : collector.issues
        }
        defer { xmlSchemaFree(compiled) }
        return body(compiled)
    }
}

extension XMLIssue {
    /// `12: message`, for failures outside the records (the schema itself, a written document).
    var located: String { line > 0 ? "\(line)行目: \(message)" : message }
}
