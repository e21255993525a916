/// The rows of 3 (4), 所属 by 所属, held compactly: each name as a span of the table's text it was read from
/// (kept for messages anyway), or of one buffer for the few that do not stand there as they are; the counts
/// beside. A row is made (a `CertifiedUnit`, its name a new String) only when it is read.
///
/// An array of `CertifiedUnit` cost 104 bytes a row for a 所属 of 38 bytes (24 for the element, 80 for the
/// String's own allocation); this costs 24: a `check` of 1,000,000 rows stays well within 150 MiB and of
/// 10,000,000 rows within 1 GiB (README ベンチマーク). Equal, as an array of rows is, row by row with
/// String's `==`; the names' bytes are also what the duplicate check hashes (`NameIndex`).
public struct CertifiedUnits: RandomAccessCollection, ExpressibleByArrayLiteral, Hashable, Sendable {
    /// The text of the table the names were read from, where most of them stand as they are.
    private var text = ""
    /// The bytes of the names that do not stand as they are in `text`.
    private var own: [UInt8] = []
    /// Row i's name: `text`'s UTF-8 from `starts[i]` to `ends[i]`, or (a negative start, -1 - s) `own`'s.
    private var starts: [Int] = []
    private var ends: [Int] = []
    private var counts: [Int] = []

    public init() {}

    /// Rows whose names may stand in `text` (`append(nameIn:count:)`).
    public init(text: String) { self.text = text }

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
        let (start, end) = (starts[i], ends[i])
        if start < 0 {
            return own.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[(-1 - start)..<end])) }
        }
        var text = self.text
        return text.withUTF8 { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    public mutating func append(_ row: CertifiedUnit) {
        var name = row.unit
        name.withUTF8 { append(name: $0, count: row.count) }
    }

    /// A row from its name's UTF-8 (valid UTF-8: a String's or a decoded file's), copied.
    public mutating func append(name: UnsafeBufferPointer<UInt8>, count: Int) {
        starts.append(-1 - own.count)
        own.append(contentsOf: name)
        ends.append(own.count)
        counts.append(count)
    }

    /// A row whose name is the UTF-8 of `init(text:)`'s text in `range` (whole characters): not copied.
    public mutating func append(nameIn range: Range<Int>, count: Int) {
        starts.append(range.lowerBound)
        ends.append(range.upperBound)
        counts.append(count)
    }

    /// Room for `rows` rows.
    public mutating func reserveCapacity(_ rows: Int) {
        starts.reserveCapacity(rows)
        ends.reserveCapacity(rows)
        counts.reserveCapacity(rows)
    }

    public static func == (a: CertifiedUnits, b: CertifiedUnits) -> Bool {
        a.count == b.count && a.indices.allSatisfy { a.counts[$0] == b.counts[$0] && a[$0].unit == b[$0].unit }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for row in self { hasher.combine(row) }
    }
}
