@testable import JukiRender
import JukiTestSupport
import XCTest

/// The escaper reads bytes; its output is the per-scalar definition's for every text (seeded random texts of the
/// characters that matter: the five escaped, tab and line breaks, refused controls and noncharacters, direction
/// and zero-width characters, kana and kanji, a combining mark after each, 4-byte scalars, plain ASCII).
final class HTMLEscapingBytesTests: XCTestCase {
    static let alphabet: [Unicode.Scalar] = [
        "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{0}", "\u{7}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}",
        "\u{301}", "\u{61C}", "\u{200B}", "\u{200E}", "\u{2028}", "\u{202E}", "\u{2066}", "\u{FEFF}",
        "\u{FFFD}", "\u{1F600}", "\u{20BB7}", "a", "Z", " ", "#", ";", "あ", "髙", "①", "ｶ", "ﾞ", "、",
    ] + [0xFDD0, 0xFFFE, 0xFFFF, 0x2FFFE, 0x10FFFF].map { Unicode.Scalar($0)! }

    func testBytesGiveTheDefinitionsOutput() {
        var random = SplitMix(seed: 20261201)
        for _ in 0..<2_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...24, using: &random) {
                text.append(Self.alphabet[Int.random(in: 0..<Self.alphabet.count, using: &random)])
            }
            let string = String(text)
            var out: [UInt8] = []
            HTMLEscaping.escape(string, into: &out)
            XCTAssertEqual(out, HTMLEscaping.escapedPerScalar(string), string.debugDescription)
        }
    }
}
