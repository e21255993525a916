/// Finds names that stand twice in one list, comparing them as Swift's `==` does (canonical equivalence: が as
/// U+304C and as か U+304B + U+3099 are one name), by hashing the bytes of one canonical form: NFC.
///
/// A `[String: Int]` did the same, but String's hashing normalises every non-ASCII name through Unicode at each
/// hash and each comparison, and its entries cost about 48 bytes a name (1,000,000 所属 of certified-staff.csv).
/// Here a name that a byte check proves to be NFC already (`isKnownNFC`: every 所属 written in kana, kanji,
/// ASCII or 全角 forms) is hashed as its own UTF-8; only the others are normalised (`_nfcCodeUnits`), once.
/// The table holds 1.5 to 3 slots of 8 bytes a name (an index and 24 bits of its hash), at most 2/3 full.
struct NameIndex<Names: NameList> {
    private let names: Names
    private let fold: NameFold
    private var slots: [UInt64]
    private let mask: Int
    /// The NFC bytes of the names that were not NFC-known, by index: few, often none.
    private var normalised: [Int: [UInt8]] = [:]

    private static var indexBits: UInt64 { 40 }
    private static var indexMask: UInt64 { (1 << indexBits) - 1 }

    init(_ names: Names, fold: NameFold = .canonical) {
        self.names = names
        self.fold = fold
        let count = names.nameCount
        var size = 16
        while size < count + count / 2, size < 1 << 40 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// Adds the name at `index` and gives the index of an equal name added before it, if any (then it is not
    /// added: the first stays the one found).
    mutating func insert(_ index: Int) -> Int? {
        let names = self.names, fold = self.fold
        let (known, found) = names.withName(index) { b -> (Bool, Int?) in
            fold.isFixed(b) ? (true, insert(index, bytes: b)) : (false, nil)
        }
        if known { return found }
        let nfc = names.withName(index) { fold.fold(String(decoding: $0, as: UTF8.self)) }
        let earlier = nfc.withUnsafeBufferPointer { insert(index, bytes: $0) }
        if earlier == nil { normalised[index] = nfc }
        return earlier
    }

    private mutating func insert(_ index: Int, bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        let hash = hasher.finalize()
        let tag = UInt64(truncatingIfNeeded: hash) >> Self.indexBits
        var i = hash & mask
        while true {
            let slot = slots[i]
            if slot == 0 {
                slots[i] = tag << Self.indexBits | UInt64(index + 1)
                return nil
            }
            if slot >> Self.indexBits == tag {
                let other = Int(slot & Self.indexMask) - 1
                if canonicalBytes(of: other, equal: bytes) { return other }
            }
            i = (i + 1) & mask
        }
    }

    private func canonicalBytes(of index: Int, equal bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let nfc = normalised[index] { return nfc.withUnsafeBufferPointer { $0.elementsEqual(bytes) } }
        return names.withName(index) { $0.elementsEqual(bytes) }
    }

    /// True only when the UTF-8 text is in NFC: every scalar is below U+0300 (no combining marks there), or
    /// CJK symbols, kana, kanji (U+3000–U+9FFF) but for the combining marks U+302A–U+302F and U+3099–U+309A, or
    /// 全角/半角 forms (U+FF00–U+FFFF). None of those has a canonical decomposition or a nonzero combining
    /// class, and none is the second of a canonical composition, so a text made of them is its own NFC. False
    /// sends the name to normalisation; NameIndexTests holds it to `_nfcCodeUnits`.
    static func isKnownNFC(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let lead = b[i]
            if lead < 0x80 { i += 1; continue }
            if lead >= 0xC2, lead < 0xCC { i += 2; continue }
            guard i + 2 < n else { return false }
            if lead >= 0xE4, lead <= 0xE9 { i += 3; continue }
            if lead == 0xEF, b[i + 1] >= 0xBC { i += 3; continue }
            guard lead == 0xE3 else { return false }
            let scalar = (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)  // below U+3000
            if (0x2A...0x2F).contains(scalar) || (0x99...0x9A).contains(scalar) { return false }
            i += 3
        }
        return true
    }
}

/// What makes two names one name for the duplicate check: a fast test that a name's UTF-8 is already its own
/// folded form, and the folded form's UTF-8 for the others. The model's own is `canonical` (NFC, what `==`
/// compares). Readers pass a wider one, NFKC and trimmed (ＮＰＯ協働推進課 is NPO協働推進課): the compatibility
/// tables come with Foundation, which JukiModel does not import (`NameFold.compatibility` in JukiDiagnostics).
public struct NameFold: Sendable {
    let isFixed: @Sendable (UnsafeBufferPointer<UInt8>) -> Bool
    let fold: @Sendable (String) -> [UInt8]

    public init(isFixed: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Bool,
                fold: @escaping @Sendable (String) -> [UInt8]) {
        self.isFixed = isFixed
        self.fold = fold
    }

    /// The bytes two names are compared by: equal keys, one name.
    public func key(_ name: String) -> [UInt8] {
        var name = name
        return name.withUTF8 { isFixed($0) } ? Array(name.utf8) : fold(name)
    }

    /// Canonical equivalence: が as U+304C and as か U+304B + U+3099 are one name.
    public static let canonical = NameFold(isFixed: { NameIndex<[String]>.isKnownNFC($0) },
                                           fold: { Array($0._nfcCodeUnits) })
}

/// Names by index, read as UTF-8 (a list of 所属 need not be made into Strings to be compared).
protocol NameList {
    var nameCount: Int { get }
    func withName<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R
}

extension Array: NameList where Element == String {
    var nameCount: Int { count }
    func withName<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var name = self[i]
        return name.withUTF8(body)
    }
}

extension CertifiedUnits: NameList {
    var nameCount: Int { count }
}
