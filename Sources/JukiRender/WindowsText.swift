import Foundation
import JukiDiagnostics

/// A copy of `report.txt` for readers on Windows: CP932 (Shift_JIS as Windows has it) and/or CRLF.
///
/// A character CP932 cannot hold is an error that names it and where it stands, never a silent `?`:
/// each character is encoded and decoded back, and one that does not come back unchanged is refused
/// (this also catches 〜 U+301C, which CP932 only has as ～ U+FF5E).
public enum WindowsText {
    /// Every character the copy cannot hold (the caller names the edition: `Problem.cp932Unencodable`).
    public struct Failure: Error, Hashable, Sendable {
        public let characters: [UnencodableCharacter]
    }

    /// The file name of the copy: report.cp932.txt, report.crlf.txt or report.cp932.crlf.txt.
    public static func fileName(cp932: Bool, crlf: Bool) -> String {
        "report" + (cp932 ? ".cp932" : "") + (crlf ? ".crlf" : "") + ".txt"
    }

    public static func encode(_ text: String, cp932: Bool, crlf: Bool) -> Result<[UInt8], Failure> {
        let body = crlf ? text.replacing("\n", with: "\r\n") : text
        guard cp932 else { return .success(Array(body.utf8)) }
        if let data = body.data(using: .shiftJIS, allowLossyConversion: false),
           String(data: data, encoding: .shiftJIS) == body {
            return .success([UInt8](data))
        }
        return .failure(Failure(characters: unencodable(in: text)))
    }

    /// Every distinct character CP932 cannot hold, at its first place (1-based line and column).
    static func unencodable(in text: String) -> [UnencodableCharacter] {
        var found: [UnencodableCharacter] = []
        var seen: Set<Character> = []
        var line = 1, column = 0
        for c in text {
            column += 1
            if c == "\n" { line += 1; column = 0; continue }
            guard !seen.contains(c) else { continue }
            let s = String(c)
            if let d = s.data(using: .shiftJIS, allowLossyConversion: false), String(data: d, encoding: .shiftJIS) == s { continue }
            seen.insert(c)
            let names = c.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(4) }
            found.append(UnencodableCharacter(character: s, scalars: names.joined(separator: " "), line: line, column: column))
        }
        return found
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
