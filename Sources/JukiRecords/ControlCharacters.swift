/// Control characters have no place in the report's text: a tab would split a table cell, NUL and the
/// others are invisible in an editor yet break the outputs. They are found and named, never passed on.
enum ControlCharacters {
    /// The first control character in `text`: its offset in Unicode scalars and its name (U+0009).
    static func first(in text: String) -> (Int, String)? {
        for (i, s) in text.unicodeScalars.enumerated() where isControl(s) {
            let hex = String(s.value, radix: 16, uppercase: true)
            return (i, "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex)
        }
        return nil
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0x2028 || s.value == 0x2029
    }
}
