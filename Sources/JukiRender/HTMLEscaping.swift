import JukiModel

/// All HTML escaping, in one place. Every HTML template starts with `{{%CONTENT_TYPE:HTML_SCALAR}}` (a
/// template without the pragma is HTML too), and the template compiler writes every `{{value}}` of an HTML
/// template through here; `{{{value}}}` and `{{&value}}` do not load in HTML (`Templates.load`), so no value
/// reaches a page unescaped.
///
/// Escaping per `Character` is not enough: `"` followed by U+0301 forms one grapheme cluster that is not `"`,
/// and would pass unescaped, closing an attribute (swift-mustache's HTML type did that). This works per
/// Unicode scalar.
public enum HTMLEscaping {
    /// The name templates give in their pragma.
    public static let contentTypeName = "HTML_SCALAR"

    /// Text for an element's content or a quoted attribute value: `& < > " '` become references; what the
    /// text rule refuses (`TextRules`: controls other than tab and line breaks, which HTML forbids in a
    /// document, as it does noncharacters; direction and zero-width characters) becomes U+FFFD, since no
    /// reference to them would be valid either. The readers refuse all of them first: this is the last guard.
    public static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        escape(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The same, appended as UTF-8 to `out` (the template's buffer).
    static func escape(_ text: String, into out: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".utf8)
            case "<": out.append(contentsOf: "&lt;".utf8)
            case ">": out.append(contentsOf: "&gt;".utf8)
            case "\"": out.append(contentsOf: "&quot;".utf8)
            case "'": out.append(contentsOf: "&#39;".utf8)
            default: out.append(contentsOf: (isForbidden(scalar) ? "\u{FFFD}" : scalar).utf8)
            }
        }
    }

    static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        s != "\t" && s != "\n" && s != "\r" && TextRules.isForbidden(s)
    }
}
