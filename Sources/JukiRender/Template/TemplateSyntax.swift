import JukiDiagnostics

/// A template file as the parser leaves it: text and tags in order, sections holding their bodies. Each tag
/// keeps the byte offset of its `{{` in its file, so that the compiler can name the place of a name no view has.
indirect enum TemplateToken: Sendable {
    /// Text copied as it is (already cut by the standalone-line rules).
    case text([UInt8])
    /// `{{name}}`; `escaped` is false for `{{{name}}}` and `{{&name}}`.
    case variable(TemplateTag, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(TemplateTag, inverted: Bool, body: [TemplateToken])
    /// `{{> name}}`.
    case partial(TemplateTag, indentation: [UInt8]?)
    /// `{{<name}}{{$block}}…{{/block}}…{{/name}}`: a partial with blocks of its own.
    case parent(TemplateTag, indentation: [UInt8], blocks: [String: [TemplateToken]])
    /// `{{$name}}default{{/name}}` in a template that a parent includes.
    case block(TemplateTag, indentation: [UInt8], body: [TemplateToken])
    /// A block given inside `{{<…}}` (collected into `parent`'s blocks).
    case blockDefinition(TemplateTag, body: [TemplateToken])
    /// `{{%CONTENT_TYPE:…}}`.
    case contentType(TemplateContentType, TemplateTag)
}

/// How a template writes a value: HTML escapes each (`HTMLEscaping`, per Unicode scalar), text does not.
enum TemplateContentType: Sendable {
    case html, text

    /// The pragma's value: `HTML_SCALAR` (the name the templates use) or `HTML`, and `TEXT`.
    init?(pragma value: String) {
        switch value {
        case HTMLEscaping.contentTypeName, "HTML": self = .html
        case "TEXT": self = .text
        default: return nil
        }
    }
}

/// A tag's name (`conductors` in `{{^empty(conductors)}}`, empty in `{{^last()}}`), its transforms, and
/// where its `{{` is.
struct TemplateTag: Sendable {
    var name: String
    var transforms: [String]
    var offset: Int
    /// The tag as written, for messages.
    var source: String
}

/// A template file: its name (`text/report`), path, and bytes (for positions).
struct TemplateSource: Sendable {
    let name: String
    let path: String
    let bytes: [UInt8]

    /// The line and column of a byte offset as swift-mustache counted them (columns in Characters from the
    /// last "\n"), so that the syntax errors keep their places.
    func location(at offset: Int) -> SourceLocation {
        let before = String(decoding: bytes[0..<min(max(offset, 0), bytes.count)], as: UTF8.self)
        let line = before.reduce(0) { $1.isNewline ? $0 + 1 : $0 } + 1
        var column = 0
        for c in before.reversed() {
            if c == "\n" { break }
            column += 1
        }
        return SourceLocation(file: path, line: line, column: column + 1)
    }

    func diagnostics(_ problem: Problem, at offset: Int) -> Diagnostics {
        Diagnostics([Diagnostic(problem, at: location(at: offset))],
                    sources: [path: SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self))])
    }
}
