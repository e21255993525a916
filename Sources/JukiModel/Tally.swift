/// Sums of counts that never trap: the records bound each count, but a model built from any source (a
/// table of millions of rows, an archive read back) must not crash on a sum past `Int.max`.
public enum Tally {
    /// The largest figure an edition can hold, single or summed: the archive's schema (edition.xsd, `Count`)
    /// allows no more, so the readers refuse anything past it.
    public static let maximum = 999_999_999_999

    /// The sum, held at `Int.max` once it would pass it (so it is always more than `maximum` then).
    public static func sum<S: Sequence>(_ values: S) -> Int where S.Element == Int {
        var total = 0
        for v in values {
            let (s, overflow) = total.addingReportingOverflow(v)
            if overflow { return v < 0 ? Int.min : Int.max }
            total = s
        }
        return total
    }
}
