import Foundation
import JukiDiagnostics
import JukiXML

/// The archive schema (templates/xml/edition.xsd), compiled when first asked for and at most once per process.
///
/// Only reading or writing a report.xml needs it: `check` of records and `diff` of two record folders never
/// compile it (compiling it is 6.8 M instructions, more than reading R4's records). Its failure (a missing
/// templates folder, a schema that does not compile) is kept too, so every edition that asks is told the same.
final class SchemaSource: @unchecked Sendable {
    private let templates: String
    private let lock = NSLock()
    private var compiled: Result<XMLSchema, Diagnostics>?

    init(templates: String) {
        self.templates = templates
    }

    /// A source holding a schema already compiled (`build`, which writes an archive for every edition).
    init(_ schema: XMLSchema) {
        templates = ""
        compiled = .success(schema)
    }

    func get() -> Result<XMLSchema, Diagnostics> {
        lock.lock()
        defer { lock.unlock() }
        if let compiled { return compiled }
        let result = Result { () throws(Diagnostics) in try XMLSchema.load(templates: templates) }
        compiled = result
        return result
    }
}
