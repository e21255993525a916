import JukiModel

/// Writes records YAML line by line, as a clerk would lay it out: block style, two-space indent, comments.
/// Used by `EditionDraft`; the reader (Yams) is the judge of what it writes (a test reads every draft back).
struct YAMLLines {
    private(set) var text = ""

    mutating func comment(_ line: String, indent: Int = 0) {
        text += String(repeating: " ", count: indent) + "# " + line + "\n"
    }

    mutating func blank() { text += "\n" }

    /// `key: value`, the value quoted only where YAML would misread it.
    mutating func pair(_ key: String, _ value: String, indent: Int = 0, item: Bool = false) {
        text += prefix(indent, item) + key + ": " + Self.scalar(value) + "\n"
    }

    /// `key:` opening a nested block.
    mutating func open(_ key: String, indent: Int = 0, item: Bool = false) {
        text += prefix(indent, item) + key + ":\n"
    }

    /// `key: [a, b]` when every item stands plain in a flow list (as input/R4 writes 実施者), else a block list.
    mutating func list(_ key: String, _ items: [String], indent: Int) {
        let flowSafe = items.allSatisfy { item in
            Self.scalar(item) == item && !item.contains(where: { ",[]{}".contains($0) })
        }
        if flowSafe {
            text += String(repeating: " ", count: indent) + key + ": [" + items.joined(separator: ", ") + "]\n"
        } else {
            open(key, indent: indent)
            for item in items { self.item(item, indent: indent + 2) }
        }
    }

    /// `key: {}`: a mapping with nothing in it (a category whose 別添 table gives every figure, without 根拠).
    mutating func emptyMapping(_ key: String, indent: Int) {
        text += String(repeating: " ", count: indent) + key + ": {}\n"
    }

    /// `- value`.
    mutating func item(_ value: String, indent: Int) {
        text += String(repeating: " ", count: indent) + "- " + Self.scalar(value) + "\n"
    }

    private func prefix(_ indent: Int, _ item: Bool) -> String {
        item ? String(repeating: " ", count: indent) + "- " : String(repeating: " ", count: indent)
    }

    /// Plain when safe (all of the report's Japanese text), else double-quoted. Used for keys as well as
    /// values (site.yaml's 更新日 keys are written through it).
    static func scalar(_ s: String) -> String {
        let reserved: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", " "]
        // The reader takes every value as its raw text (751 stays "751"), so only what YAML reads as
        // structure, or as nothing (null, ~), or as a merge key (<<), needs quotes.
        let words: Set<String> = ["null", "~", "<<"]
        let plain = !s.isEmpty && !reserved.contains(s.first!) && s.last != " " && !s.contains(": ") && !s.contains(" #")
            && !s.hasSuffix(":") && !s.unicodeScalars.contains(where: { $0 == "\t" || EditionName.isInvisible($0) })
            && !words.contains(s.lowercased())
        if plain { return s }
        var quoted = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\\": quoted += "\\\\"
            case "\"": quoted += "\\\""
            case _ where c == "\t" || EditionName.isInvisible(c):
                let hex = String(c.value, radix: 16, uppercase: true)
                quoted += c.value > 0xFFFF ? "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                    : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: quoted.unicodeScalars.append(c)
            }
        }
        return quoted + "\""
    }
}
