/// UTF-8 at byte level, for the readers' and writers' hot paths: a sequence's length from its lead byte, its
/// scalar's value, and a literal search. With Foundation imported, `String.contains(_:)` of a string resolves to
/// Foundation's, which searches through NSString and compares by grapheme cluster: about 13,000 instructions a
/// call, 5.4 M of reading R4 (callgrind). What the readers look for (【要記入】, " - ", line breaks) are fixed texts,
/// for which a search of bytes gives the same answer (a line break is always a character of its own); over the
/// String's own bytes (not generic, which cost 7.3 M in the same build) this costs a few instructions a byte.
public enum UTF8Bytes {
    /// How many bytes the sequence that `lead` begins takes (the text is valid UTF-8: a String's).
    @inlinable
    public static func length(lead: UInt8) -> Int { lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }

    /// The scalar value of the `length` bytes at `i`.
    @inlinable
    public static func value<Bytes: RandomAccessCollection>(_ b: Bytes, at i: Int, length: Int) -> UInt32
        where Bytes.Element == UInt8, Bytes.Index == Int {
        var value = length == 1 ? UInt32(b[i]) : UInt32(b[i]) & (0xFF >> (length + 1))
        for k in 1..<length { value = value << 6 | UInt32(b[i + k] & 0x3F) }
        return value
    }

    /// Whether `needle` occurs in `hay` (an empty needle does).
    public static func contains(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard hay.count >= needle.count else { return false }
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < needle.count && hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}

extension String {
    /// Whether `other`'s UTF-8 bytes occur in these bytes.
    public func containsUTF8(_ other: String) -> Bool {
        var hay = self, needle = other
        return hay.withUTF8 { h in needle.withUTF8 { n in UTF8Bytes.contains(n, in: h) } }
    }

    /// Whether the text holds a line break (LF or CR).
    public var holdsLineBreak: Bool {
        var text = self
        return text.withUTF8 { b in b.contains { $0 == 0x0A || $0 == 0x0D } }
    }
}
