import Foundation
import JukiDiagnostics
import JukiModel

/// The archive XML of an edition: the model written as `report.xml` through libxml2, defined by
/// `templates/xml/edition.xsd`, and read back into the same model.
///
/// Writing validates the document against the schema before handing it out; reading parses it as
/// untrusted input (no network, no DTD, no entities, DOCTYPE refused), validates it, then decodes it.
public enum XMLArchive {
    /// The namespace of every element of the format.
    public static let namespace = "urn:juki-report:edition:1"
    /// The format's version, in `<edition version="1">`; a reader reads this version only.
    public static let formatVersion = "1"
    /// The file's name beside report.txt, and in a folder that holds an edition as XML.
    public static let fileName = "report.xml"
    /// Larger than any edition; a file past it is refused before parsing.
    public static let sizeLimit = 64 * 1024 * 1024

    /// The edition as the archive XML: UTF-8, elements in the schema's order, two-space indent, ending in
    /// a line break; the same edition gives the same bytes. Validated against `schema` before it is
    /// returned: a failure is a bug in the writer or the schema, and there is nothing to write.
    public static func document(for edition: Edition, schema: XMLSchema) throws(Diagnostics) -> String {
        var text: String
        do {
            let writer = try XMLWriter()
            try EditionEncoder(w: writer).encode(edition)
            text = try writer.finish()
        } catch {
            throw Diagnostics(.xmlWriterFailed(step: error.step))
        }
        let issues = text.withUTF8 { schema.validate(bytes: $0) }
        if !issues.isEmpty {
            throw XMLIssue.diagnostics(issues, in: SourceFile(path: fileName, text: text), heading: .xmlWrittenInvalid)
        }
        return text
    }

    /// Reads an edition from an archive XML file.
    /// - Parameter path: the file, as the user named it (input/R4/report.xml); diagnostics point into it.
    public static func read(path: String, schema: XMLSchema) -> Result<Edition, Diagnostics> {
        switch InputFile.bytes(path, limit: sizeLimit) {
        case .success(let bytes): return read(bytes: bytes, path: path, schema: schema)
        case .failure(let d): return .failure(Diagnostics([d]))
        }
    }

    /// Reads an edition from the bytes of an archive XML file; `path` names it in diagnostics.
    public static func read(bytes: [UInt8], path: String, schema: XMLSchema) -> Result<Edition, Diagnostics> {
        XMLReader(path: path, schema: schema).read(bytes)
    }
}
