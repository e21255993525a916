/// An element of a parsed document as a plain value: the syntax tree the decoder reads, each element
/// with the line it starts on (libxml2's), so that problems found in the model can point into the file.
struct XMLElement: Hashable, Sendable {
    var name: String
    var namespace: String?
    var attributes: [String: String]
    var children: [XMLElement]
    /// The element's own text (its text and CDATA children joined); whitespace between child elements too.
    var text: String
    var line: Int

    /// The first child of that name.
    func child(_ name: String) -> XMLElement? { children.first { $0.name == name } }

    func children(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }
}
