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

    /// The same, appended as UTF-8 to `out` (the template's buffer). Scalar by scalar over the text's own UTF-8
    /// (each decoded from its bytes; runs with nothing to escape copied whole): the same output as a loop over
    /// `unicodeScalars` appending each one's `utf8` (`escapedPerScalar`, which HTMLEscapingTests holds it to),
    /// at a fraction of the cost (that loop was 8.5 M instructions of a 20-edition build, callgrind).
    static func escape(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { b in
            var i = 0, copied = 0
            while i < b.count {
                let length = UTF8Bytes.length(lead: b[i])
                if let scalar = Unicode.Scalar(UTF8Bytes.value(b, at: i, length: length)),
                   let replacement = replacement(for: scalar) {
                    if i > copied { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<i])) }
                    out.append(contentsOf: replacement.utf8)
                    copied = i + length
                }
                i += length
            }
            if b.count > copied { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<b.count])) }
        }
    }

    /// What a scalar is written as, when not as itself.
    private static func replacement(for scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\"": "&quot;"
        case "'": "&#39;"
        default: isForbidden(scalar) ? "\u{FFFD}" : nil
        }
    }

    /// The definition: every scalar of the text, replaced or as itself.
    static func escapedPerScalar(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        for scalar in text.unicodeScalars { out.append(contentsOf: (replacement(for: scalar) ?? String(scalar)).utf8) }
        return out
    }

    static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        s != "\t" && s != "\n" && s != "\r" && TextRules.isForbidden(s)
    }
}
