import CLibXML2

/// A parsed XML document: owns libxml2's `xmlDocPtr` and frees it. Parsing treats every document as
/// untrusted: no network (`XML_PARSE_NONET`), no DTD loading, no entity substitution, and a DOCTYPE is
/// refused as soon as the parser meets it, before any entity declaration is read.
final class XMLDocument {
    /// Why a document was not parsed: libxml2's problems (a DOCTYPE alone when there was one).
    struct Refusal: Error {
        var issues: [XMLIssue]
        init(_ issues: [XMLIssue]) { self.issues = issues }
    }

    let doc: xmlDocPtr

    private init(doc: xmlDocPtr) { self.doc = doc }

    deinit { xmlFreeDoc(doc) }

    static let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Parses UTF-8 bytes. On failure, the problems libxml2 reported (a DOCTYPE alone when there was one).
    static func parse(_ bytes: [UInt8], name: String) -> Result<XMLDocument, Refusal> {
        _ = LibXML.ready
        guard bytes.count < Int(Int32.max) else {
            return .failure(Refusal([XMLIssue(kind: .syntax, message: "document too large", line: 0, column: 0)]))
        }
        let collector = IssueCollector(kind: .syntax)
        let created: xmlParserCtxtPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCreateMemoryParserCtxt($0, Int32(buffer.count))
            }
        }
        guard let ctxt = created else {
            return .failure(Refusal([XMLIssue(kind: .syntax, message: "empty document", line: 1, column: 1)]))
        }
        defer { xmlFreeParserCtxt(ctxt) }
        _ = xmlCtxtUseOptions(ctxt, options)
        ctxt.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
        ctxt.pointee.sax.pointee.serror = { userData, error in
            guard let userData, let error else { return }
            let ctxt = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let own = ctxt.pointee._private else { return }
            Unmanaged<IssueCollector>.fromOpaque(own).takeUnretainedValue().add(error.pointee)
        }
        stopAtDoctype(ctxt)
        _ = withExtendedLifetime(collector) { xmlParseDocument(ctxt) }
        let doc = ctxt.pointee.myDoc
        ctxt.pointee.myDoc = nil
        if let line = collector.doctypeLine {
            if let doc { xmlFreeDoc(doc) }
            return .failure(Refusal([XMLIssue(kind: .doctype, message: "DOCTYPE", line: line, column: 1)]))
        }
        guard let doc, ctxt.pointee.wellFormed != 0, collector.issues.isEmpty else {
            if let doc { xmlFreeDoc(doc) }
            var issues = collector.issues
            if issues.isEmpty { issues = [XMLIssue(kind: .syntax, message: "not well-formed", line: 0, column: 0)] }
            return .failure(Refusal(issues))
        }
        return .success(XMLDocument(doc: doc))
    }

    /// The line of a DOCTYPE before the root element, if there is one, found by parsing only the prolog (the
    /// parser stops at the root's start tag or at the DOCTYPE, before any declaration in it is read): for a
    /// document that is then read as a stream (the same hook as `parse`'s, `stopAtDoctype`).
    static func doctypeLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        _ = LibXML.ready
        guard let base = bytes.baseAddress, bytes.count > 0, bytes.count < Int(Int32.max) else { return nil }
        let created = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            xmlCreateMemoryParserCtxt($0, Int32(bytes.count))
        }
        guard let ctxt = created else { return nil }
        defer {
            if let doc = ctxt.pointee.myDoc { xmlFreeDoc(doc) }
            ctxt.pointee.myDoc = nil
            xmlFreeParserCtxt(ctxt)
        }
        _ = xmlCtxtUseOptions(ctxt, options)
        let collector = IssueCollector(kind: .syntax)
        ctxt.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
        ctxt.pointee.sax.pointee.serror = nil
        stopAtDoctype(ctxt)
        ctxt.pointee.sax.pointee.startElementNs = { userData, _, _, _, _, _, _, _, _ in
            guard let userData else { return }
            xmlStopParser(userData.assumingMemoryBound(to: xmlParserCtxt.self))
        }
        _ = withExtendedLifetime(collector) { xmlParseDocument(ctxt) }
        return collector.doctypeLine
    }

    /// Stops the parser at a DOCTYPE, before any declaration in it is read, noting its line in the context's
    /// collector (`_private`, an `IssueCollector`).
    private static func stopAtDoctype(_ ctxt: xmlParserCtxtPtr) {
        ctxt.pointee.sax.pointee.internalSubset = { userData, _, _, _ in
            guard let userData else { return }
            let ctxt = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            if let own = ctxt.pointee._private {
                let line = ctxt.pointee.input.map { Int($0.pointee.line) } ?? 0
                Unmanaged<IssueCollector>.fromOpaque(own).takeUnretainedValue().doctypeLine = line
            }
            xmlStopParser(ctxt)
        }
    }

    /// The encoding the XML declaration names, if any.
    var declaredEncoding: String? { LibXML.string(doc.pointee.encoding) }

    /// The document as a tree of values, with each element's line.
    func tree() -> XMLElement? {
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        return XMLDocument.element(root)
    }

    private static func element(_ node: xmlNodePtr) -> XMLElement {
        var attributes: [String: String] = [:]
        var attr = node.pointee.properties
        while let a = attr {
            if let name = LibXML.string(a.pointee.name) {
                attributes[name] = LibXML.take(xmlNodeGetContent(UnsafeMutableRawPointer(a).assumingMemoryBound(to: xmlNode.self))) ?? ""
            }
            attr = a.pointee.next
        }
        var children: [XMLElement] = []
        var text = ""
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE: children.append(element(c))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: text += LibXML.string(c.pointee.content) ?? ""
            default: break
            }
            child = c.pointee.next
        }
        return XMLElement(name: LibXML.string(node.pointee.name) ?? "",
                          namespace: node.pointee.ns.flatMap { LibXML.string($0.pointee.href) },
                          attributes: attributes, children: children, text: text, line: Int(xmlGetLineNo(node)))
    }
}
