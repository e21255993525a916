import CLibXML2

/// libxml2's `xmlTextWriter` into a memory buffer, UTF-8, indented by two spaces. Owns the writer and
/// the buffer. Escaping is libxml2's; nothing here builds markup from strings.
final class XMLWriter {
    struct Failure: Error {
        let step: String
    }

    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    init() throws(Failure) {
        _ = LibXML.ready
        guard let buffer = xmlBufferCreate() else { throw Failure(step: "xmlBufferCreate") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw Failure(step: "xmlNewTextWriterMemory")
        }
        self.buffer = buffer
        self.writer = writer
        try check(xmlTextWriterSetIndent(writer, 1), "xmlTextWriterSetIndent")
        try check(LibXML.withChars("  ") { xmlTextWriterSetIndentString(writer, $0) }, "xmlTextWriterSetIndentString")
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens the root element with its default namespace, declared first.
    func startRoot(_ name: String, namespace: String) throws(Failure) {
        try start(name)
        try attribute("xmlns", namespace)
    }

    func start(_ name: String) throws(Failure) {
        try check(LibXML.withChars(name) { xmlTextWriterStartElement(writer, $0) }, "start <\(name)>")
    }

    func end() throws(Failure) {
        try check(xmlTextWriterEndElement(writer), "end element")
    }

    func attribute(_ name: String, _ value: String) throws(Failure) {
        try check(LibXML.withChars(name) { n in
            LibXML.withChars(value) { v in xmlTextWriterWriteAttribute(writer, n, v) }
        }, "attribute \(name)")
    }

    /// `<name>text</name>`, the text escaped by libxml2.
    func element(_ name: String, _ text: String) throws(Failure) {
        try check(LibXML.withChars(name) { n in
            LibXML.withChars(text) { t in xmlTextWriterWriteElement(writer, n, t) }
        }, "element <\(name)>")
    }

    /// `<name derived="true">text</name>`: a figure computed from the rest of the document.
    func derived(_ name: String, _ text: String) throws(Failure) {
        try start(name)
        try attribute("derived", "true")
        try check(LibXML.withChars(text) { xmlTextWriterWriteString(writer, $0) }, "text of <\(name)>")
        try end()
    }

    /// Closes every open element and returns the document.
    func finish() throws(Failure) -> String {
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        guard let content = xmlBufferContent(buffer) else { throw Failure(step: "xmlBufferContent") }
        return String(decoding: UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))), as: UTF8.self)
    }

    private func check(_ result: Int32, _ step: String) throws(Failure) {
        if result < 0 { throw Failure(step: step) }
    }
}
