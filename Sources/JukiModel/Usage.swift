/// 3 (1)–(3): which 事務 may use or receive 本人確認情報, and how much they did.
public struct IdentityUse: Hashable, Sendable {
    /// (1) 住民基本台帳法別表に規定された事務.
    public var statutory: UseCategory
    /// (2) 住民基本台帳法施行条例に規定された事務.
    public var ordinance: UseCategory
    /// (3) 公表: the sentence as published.
    public var publication: String

    public init(statutory: UseCategory, ordinance: UseCategory, publication: String) {
        self.statutory = statutory
        self.ordinance = ordinance
        self.publication = publication
    }
}

public struct UseCategory: Hashable, Sendable {
    /// 事務 in which use or provision is possible at the end of the 年度.
    public var availableAffairs: Int
    /// Where they are listed: 別表第5及び第6.
    public var basis: String?
    /// 事務 that were used in the 年度.
    public var usedAffairs: Int
    /// 件数.
    public var cases: Int

    public init(availableAffairs: Int, basis: String?, usedAffairs: Int, cases: Int) {
        self.availableAffairs = availableAffairs
        self.basis = basis
        self.usedAffairs = usedAffairs
        self.cases = cases
    }
}

/// 3 (4): staff certified for 照合情報認証, by 所属, at the end of the 年度.
public struct Certification: Hashable, Sendable {
    public var rows: [CertifiedUnit]

    public init(rows: [CertifiedUnit]) { self.rows = rows }

    /// 計752人.
    public var total: Int { rows.reduce(0) { $0 + $1.count } }
}

public struct CertifiedUnit: Hashable, Sendable {
    public var unit: String
    public var count: Int

    public init(unit: String, count: Int) {
        self.unit = unit
        self.count = count
    }
}

/// 3 (5): 開示 of the use and provision records.
public struct Disclosure: Hashable, Sendable {
    /// 平成16年2月1日から….
    public var since: Day
    /// 開示請求 received in the 年度.
    public var requests: Int

    public init(since: Day, requests: Int) {
        self.since = since
        self.requests = requests
    }
}
