import CLibXML2
import Foundation
import Synchronization

/// libxml2's process-wide set-up, done once before any parse: the parser initialised, and every external
/// entity or DTD refused (the loader returns nothing, so no file or URL is ever opened on a document's behalf).
enum LibXML {
    static let ready: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader { _, _, _ in
            LibXML.loadRequests.add(1, ordering: .relaxed)
            return nil
        }
    }()

    private static let loadRequests = Atomic<Int>(0)

    /// How often libxml2 asked for an external entity or DTD (and got nothing), for tests.
    static var externalLoadRequests: Int { loadRequests.load(ordering: .relaxed) }

    /// Calls `body` with the string as libxml2's `const xmlChar *`.
    static func withChars<R>(_ s: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        s.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }

    /// A libxml2 string, or nil for NULL.
    static func string(_ p: UnsafePointer<xmlChar>?) -> String? {
        p.map { String(cString: $0) }
    }

    /// Takes ownership of a string libxml2 allocated, and frees it.
    static func take(_ p: UnsafeMutablePointer<xmlChar>?) -> String? {
        guard let p else { return nil }
        defer { juki_xmlFree(p) }
        return String(cString: p)
    }
}

/// One error or warning libxml2 reported: the message as it wrote it (in English), with the line.
struct XMLIssue: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// Not well-formed XML.
        case syntax
        /// A DOCTYPE: refused before its declarations are read.
        case doctype
        /// Well-formed, but not what the schema allows.
        case schema
    }

    var kind: Kind
    var message: String
    /// 1-based; 0 when libxml2 knew no line.
    var line: Int
    /// 1-based; 0 when libxml2 gave none (schema errors in 2.9.14 never do).
    var column: Int
    /// The element or attribute the schema error is about, to place the column.
    var nodeName: String?
}

/// Gathers libxml2's structured errors; passed to C callbacks through `Unmanaged`.
final class IssueCollector {
    let kind: XMLIssue.Kind
    var issues: [XMLIssue] = []
    /// Set by the DOCTYPE callback: the line of the DOCTYPE.
    var doctypeLine: Int?

    init(kind: XMLIssue.Kind) { self.kind = kind }

    func add(_ e: xmlError) {
        guard e.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = (e.message.map { String(cString: $0) } ?? "")
        while message.last?.isWhitespace == true { message.removeLast() }
        message = message.replacingOccurrences(of: "{\(XMLArchive.namespace)}", with: "")
        var line = Int(e.line)
        var name: String?
        if let node = e.node?.assumingMemoryBound(to: xmlNode.self) {
            name = LibXML.string(node.pointee.name)
            if line <= 0 { line = Int(xmlGetLineNo(node)) }
            if line <= 0, let parent = node.pointee.parent { line = Int(xmlGetLineNo(parent)) }
        }
        issues.append(XMLIssue(kind: kind, message: message, line: max(0, line), column: max(0, Int(e.int2)),
                               nodeName: name))
    }
}

/// The C callback for structured errors; `userData` is an `IssueCollector`.
let collectIssue: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    Unmanaged<IssueCollector>.fromOpaque(userData).takeUnretainedValue().add(error.pointee)
}
