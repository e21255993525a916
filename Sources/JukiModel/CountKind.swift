/// What a count counts, and the most one value of it may say. The one place that bounds counts: each is far
/// above any real figure (R4: 751 受講者, 508 人 in one 所属, 75 事務, 1,352,771 件) and far below the
/// archive's maximum (`Tally.maximum`, edition.xsd), so that `check` refuses what `build` could not write.
public enum CountKind: Hashable, Sendable {
    /// The staff of one certified 所属: a 所属 has fewer than 1,000,000 people.
    case staffOfUnit
    /// The stated total of the certified staff (the 計 row of their table).
    case staffTotal
    /// 受講者 of one group, 受講者数.
    case people
    /// 対象所属数, 指摘所属数.
    case units
    /// 利用可能事務数, 利用事務数.
    case affairs
    /// 利用件数, 件数 of a 別添 row, 請求件数.
    case cases

    public var maximum: Int {
        switch self {
        case .staffOfUnit, .people, .units, .affairs: return 999_999
        case .cases: return 999_999_999
        case .staffTotal: return Tally.maximum
        }
    }
}
