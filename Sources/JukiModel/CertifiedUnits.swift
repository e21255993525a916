/// The rows of 3 (4), 所属 by 所属, held compactly: every name's UTF-8 in one buffer, with where each ends, and
/// the counts beside. A row is made (a `CertifiedUnit`, its name a new String) only when it is read.
///
/// An array of `CertifiedUnit` cost 104 bytes a row for a 所属 of 38 bytes (24 for the element, 80 for the
/// String's own allocation); this costs the name's bytes and 16: 1,000,000 rows take 54 MB, not 104 MB, and a
/// `check` of them stays within 150 MiB (README ベンチマーク). Equal, as an array of rows is, row by row with
/// String's `==`; the names' bytes are also what the duplicate check hashes (`NameIndex`).
public struct CertifiedUnits: RandomAccessCollection, ExpressibleByArrayLiteral, Hashable, Sendable {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var counts: [Int] = []

    public init() {}

    public init<S: Sequence>(_ rows: S) where S.Element == CertifiedUnit {
        for row in rows { append(row) }
    }

    public init(arrayLiteral rows: CertifiedUnit...) { self.init(rows) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { counts.count }

    public subscript(i: Int) -> CertifiedUnit {
        CertifiedUnit(unit: withName(i) { String(decoding: $0, as: UTF8.self) }, count: counts[i])
    }

    /// The count of row i, without making its name.
    public func count(at i: Int) -> Int { counts[i] }

    /// The UTF-8 of row i's name, without making a String.
    public func withName<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = i == 0 ? 0 : ends[i - 1]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<ends[i]])) }
    }

    public mutating func append(_ row: CertifiedUnit) {
        var name = row.unit
        name.withUTF8 { append(name: $0, count: row.count) }
    }

    /// A row from its name's UTF-8 (valid UTF-8: a String's or a decoded file's).
    public mutating func append(name: UnsafeBufferPointer<UInt8>, count: Int) {
        bytes.append(contentsOf: name)
        ends.append(bytes.count)
        counts.append(count)
    }

    /// Room for `rows` rows of names of `bytes` bytes in all (room never written takes no memory).
    public mutating func reserveCapacity(rows: Int, bytes: Int) {
        self.bytes.reserveCapacity(bytes)
        ends.reserveCapacity(rows)
        counts.reserveCapacity(rows)
    }

    public static func == (a: CertifiedUnits, b: CertifiedUnits) -> Bool {
        if a.bytes == b.bytes, a.ends == b.ends, a.counts == b.counts { return true }
        return a.count == b.count && a.indices.allSatisfy { a.counts[$0] == b.counts[$0] && a[$0].unit == b[$0].unit }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for row in self { hasher.combine(row) }
    }
}
