/// HTML escaping, the one place for it in the diff page. Values are escaped here, per Unicode scalar, before
/// the template places them with `{{{…}}}`: a `&` followed by a combining mark is one Character to Swift but
/// still an `&` to an HTML parser, so comparing Characters would let it through.
enum HTMLEscape {
    static func text(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.unicodeScalars.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
