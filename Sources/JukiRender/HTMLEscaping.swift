import JukiModel
import Mustache

/// All HTML escaping, in one place. Every HTML template starts with `{{%CONTENT_TYPE:HTML_SCALAR}}`
/// (partials too: swift-mustache resets a partial to its own HTML type), so every `{{value}}` passes here.
///
/// swift-mustache's own HTML type escapes per `Character`: `"` followed by U+0301 forms one grapheme
/// cluster that is not `"`, and passes unescaped, closing an attribute. This one works per Unicode scalar.
public enum HTMLEscaping {
    /// The name templates give in their pragma.
    public static let contentTypeName = "HTML_SCALAR"

    /// Makes the content type known to the template parser. The pragma is resolved while a template is
    /// parsed, so this runs before any template is (`Templates.load` calls it); calling it again is harmless.
    public static func register() {
        MustacheContentTypes.register(ScalarHTMLContentType(), named: contentTypeName)
    }

    /// Text for an element's content or a quoted attribute value: `& < > " '` become references; what the
    /// text rule refuses (`TextRules`: controls other than tab and line breaks, which HTML forbids in a
    /// document, as it does noncharacters; direction and zero-width characters) becomes U+FFFD, since no
    /// reference to them would be valid either. The readers refuse all of them first: this is the last guard.
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default: out.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return String(out)
    }

    static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        s != "\t" && s != "\n" && s != "\r" && TextRules.isForbidden(s)
    }
}

struct ScalarHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
}
