@testable import JukiModel
import XCTest

/// The duplicate-name index (`NameIndex`): names equal as Swift's `==` says (canonical equivalence) are found as
/// one, whether or not the byte check (`isKnownNFC`, the fast path) passes them; and that check passes a name
/// only when it is its own NFC (fast == slow).
final class NameIndexTests: XCTestCase {
    static let nfc = "がっこう教育課"
    static let nfd = "か\u{3099}っこう教育課"

    func testTheSpellingsDifferInBytesButNotAsStrings() {
        XCTAssertNotEqual(Array(Self.nfc.utf8), Array(Self.nfd.utf8))
        XCTAssertEqual(Self.nfc, Self.nfd)
    }

    func testNFCAndNFDSpellingsAreOneNameInALongList() {
        // 100,000 names the fast path passes, then the NFD spelling of one of them, then more.
        var names = (0..<100_000).map { "第\($0)係" }
        names.insert(Self.nfc, at: 40_000)
        names.append(Self.nfd)
        names += ["Cafe\u{0301}", "Caf\u{00E9}", "\u{FA10}", "\u{585A}", "é", "e\u{0301}"]
        var index = NameIndex(names)
        var found: [Int: Int] = [:]
        for i in names.indices { if let j = index.insert(i) { found[i] = j } }
        XCTAssertEqual(found, [100_001: 40_000, 100_003: 100_002, 100_005: 100_004, 100_007: 100_006])
        XCTAssertEqual(found, slowDuplicates(names))
    }

    func testUnequalNamesAreNeverFound() {
        let names = (0..<50_000).map { String($0, radix: 36) } + ["が", "か", "\u{3099}", "か\u{309A}", "ぱ"]
        var index = NameIndex(names)
        for i in names.indices { XCTAssertNil(index.insert(i), names[i]) }
    }

    /// Every scalar from U+0000 to U+FFFF, alone, after か and after A, with U+3099 and U+0301 after it: the
    /// byte check passes only texts that normalisation leaves as they are.
    func testKnownNFCOnlyForTextsThatAreTheirOwnNFC() {
        var passed = 0
        for v in 0...0xFFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            for var text in [String(s), "か" + String(s), "A" + String(s), String(s) + "\u{3099}", String(s) + "\u{0301}"] {
                let fast = text.withUTF8 { NameIndex<[String]>.isKnownNFC($0) }
                if fast {
                    passed += 1
                    XCTAssertEqual(text._nfcCodeUnits, Array(text.utf8), "U+\(String(v, radix: 16))")
                }
            }
        }
        XCTAssertGreaterThan(passed, 60_000)
        for text in ["観光課", "NPO協働推進課", "ﾊﾟｽﾎﾟｰﾄ", "１２３", "々ヶ〆", "ヷ"] {
            XCTAssertTrue(text.utf8.withContiguousStorageIfAvailable { NameIndex<[String]>.isKnownNFC($0) } ?? false, text)
        }
    }

    private func slowDuplicates(_ names: [String]) -> [Int: Int] {
        var seen: [String: Int] = [:], found: [Int: Int] = [:]
        for (i, n) in names.enumerated() {
            if let j = seen[n] { found[i] = j } else { seen[n] = i }
        }
        return found
    }
}
