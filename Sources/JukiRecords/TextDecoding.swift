import Foundation
import JukiModel

/// Turns the bytes of a records file into text, as Excel and editors save it: UTF-8 with or without a
/// BOM, or CP932 (Excel's "CSV" on Japanese Windows). Line breaks are kept as they are (CRLF or LF).
public enum TextDecoding {
    public enum Failure: Error, Equatable {
        /// Neither UTF-8 nor CP932; the offset (0-based) and 1-based line of the first byte UTF-8 refused.
        case undecodable(byteOffset: Int, line: Int)
        case utf16
    }

    public static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .failure(.utf16) }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
        if let s = String(validating: body, as: UTF8.self) { return .success(s) }
        if looksLikeUTF16(body) { return .failure(.utf16) }
        // Foundation's .shiftJIS decodes CP932 here (①㈱髙, ～) and returns nil on bytes CP932 lacks
        // (measured in LIBRARIES.md); a file with a UTF-8 BOM is UTF-8 and nothing else.
        if body.startIndex == 0, let s = String(data: Data(body), encoding: .shiftJIS) { return .success(s) }
        if decodesAsUTF16(body) { return .failure(.utf16) }
        // Name the byte where the reading that got furthest stopped: a CP932 file with one bad byte is
        // not reported at its first 漢字 (where UTF-8 stopped).
        let utf8 = firstInvalidUTF8(body)
        let cp932 = body.startIndex == 0 ? firstInvalidCP932(body) : body.startIndex
        let offset = cp932 < body.endIndex ? max(utf8, cp932) : utf8
        let line = body[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        return .failure(.undecodable(byteOffset: offset, line: line))
    }

    /// Many NUL bytes at odd or even places: UTF-16 without a BOM.
    static func looksLikeUTF16(_ b: ArraySlice<UInt8>) -> Bool {
        let sample = b.prefix(200)
        guard sample.count >= 4 else { return false }
        let zeros = sample.filter { $0 == 0 }.count
        return zeros * 3 >= sample.count
    }

    /// UTF-16 without a BOM and with few ASCII characters (Japanese text has no NUL bytes to count):
    /// decodes as UTF-16 to lines of text without control characters.
    static func decodesAsUTF16(_ b: ArraySlice<UInt8>) -> Bool {
        guard b.count >= 4, b.count % 2 == 0 else { return false }
        for encoding in [String.Encoding.utf16LittleEndian, .utf16BigEndian] {
            guard let s = String(data: Data(b), encoding: encoding), s.unicodeScalars.contains("\n") else { continue }
            if !s.unicodeScalars.contains(where: { TextRules.kind(of: $0) == .control && !["\t", "\r", "\n"].contains($0) }) {
                return true
            }
        }
        return false
    }

    /// The offset of the first byte that breaks the shape of CP932 (a lead byte without its trail byte,
    /// or a byte CP932 never uses); the end if the shape holds.
    static func firstInvalidCP932(_ b: ArraySlice<UInt8>) -> Int {
        var i = b.startIndex
        while i < b.endIndex {
            switch b[i] {
            case 0x00...0x7F, 0xA1...0xDF:
                i += 1
            case 0x81...0x9F, 0xE0...0xFC:
                guard i + 1 < b.endIndex, (0x40...0x7E).contains(b[i + 1]) || (0x80...0xFC).contains(b[i + 1]) else { return i }
                i += 2
            default:
                return i
            }
        }
        return b.endIndex
    }

    /// The offset of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(_ b: ArraySlice<UInt8>) -> Int {
        var i = b.startIndex
        while i < b.endIndex {
            let lead = b[i]
            let n: Int
            switch lead {
            case 0x00...0x7F: n = 1
            case 0xC2...0xDF: n = 2
            case 0xE0...0xEF: n = 3
            case 0xF0...0xF4: n = 4
            default: return i
            }
            guard i + n <= b.endIndex else { return i }
            if n > 1, String(validating: b[i..<(i + n)], as: UTF8.self) == nil { return i }
            i += n
        }
        return b.endIndex
    }
}
