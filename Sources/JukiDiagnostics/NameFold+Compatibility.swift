import Foundation
import JukiModel

extension NameFold {
    /// 所属 names compared as the clerk reads them: NFKC (ＮＰＯ is NPO, ｶ is カ, a 全角 space a space), then
    /// trimmed by the one blank rule (`Notation.trimmed`). Here, not in JukiModel, because the compatibility
    /// tables come with Foundation, which the model does not import; every reader (records and archive) passes
    /// it to `Edition.ruleViolations`, so both refuse the same pairs. Names of ASCII, kana and kanji only (every
    /// 所属 of input/R4) are their own NFKC and skip Foundation: a table of 1,000,000 rows costs no more.
    public static let compatibility = NameFold(isFixed: isKnownNFKC, fold: { name in
        // Composed again: Foundation on Linux leaves ｶﾞ as カ and U+3099 after the compatibility mapping.
        Array(Notation.trimmed(name.precomposedStringWithCompatibilityMapping).precomposedStringWithCanonicalMapping.utf8)
    })

    /// True only when the UTF-8 text is its own NFKC and has no blank at either end: printable ASCII, hiragana
    /// U+3041–3096, katakana U+30A1–30FA, ・ー (U+30FB–30FC), 々 (U+3005) and kanji U+4E00–9FFF. None of those
    /// has a decomposition or a combining class, and none composes with what may come before it.
    static func isKnownNFKC(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = b.first, let last = b.last, first != 0x20, last != 0x20 else { return b.isEmpty }
        var i = 0
        let n = b.count
        while i < n {
            let lead = b[i]
            if lead >= 0x20 && lead < 0x7F { i += 1; continue }
            guard lead >= 0xE3, lead <= 0xE9, i + 2 < n else { return false }
            let scalar = (UInt32(lead & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
            switch scalar {
            case 0x3005, 0x3041...0x3096, 0x30A1...0x30FC, 0x4E00...0x9FFF: i += 3
            default: return false
            }
        }
        return true
    }
}
