/// 3 (1)–(3): which 事務 may use or receive 本人確認情報, and how much they did.
public struct IdentityUse: Hashable, Sendable {
    /// (1) 住民基本台帳法別表に規定された事務 (its table is 別添1).
    public var statutory: UseCategory
    /// (2) 住民基本台帳法施行条例に規定された事務 (its table is 別添2).
    public var ordinance: UseCategory
    /// (3) 公表: the sentence as published.
    public var publication: String
    /// 別添3: what is published under the ordinance, 事務 by 事務; nil when the edition does not carry it.
    public var publicationAnnex: [PublishedUse]?

    public init(statutory: UseCategory, ordinance: UseCategory, publication: String, publicationAnnex: [PublishedUse]? = nil) {
        self.statutory = statutory
        self.ordinance = ordinance
        self.publication = publication
        self.publicationAnnex = publicationAnnex
    }

    /// 別添3's 計: the 件数 of every row; nil when the edition does not carry the table.
    public var publicationCases: Int? { publicationAnnex.map { Tally.sum($0.lazy.map(\.cases)) } }
}

/// The 事務 of one legal basis: how many may use the information, how many did, how often.
///
/// With its 別添 table (one row per 事務 that may use or receive the information, with the year's 件数,
/// 0 for none), all three figures are computed from the table; without it they are as the records state.
public struct UseCategory: Hashable, Sendable {
    public enum Figures: Hashable, Sendable {
        case stated(available: Int, used: Int, cases: Int)
        case annex([AffairUse])
    }

    /// Where they are listed: 別表第5及び第6.
    public var basis: String?
    public var figures: Figures

    public init(availableAffairs: Int, basis: String?, usedAffairs: Int, cases: Int) {
        self.basis = basis
        figures = .stated(available: availableAffairs, used: usedAffairs, cases: cases)
    }

    public init(basis: String?, annex: [AffairUse]) {
        self.basis = basis
        figures = .annex(annex)
    }

    /// The 別添 table, when the edition carries it.
    public var annex: [AffairUse]? {
        if case .annex(let rows) = figures { return rows }
        return nil
    }

    /// 事務 in which use or provision is possible at the end of the 年度.
    public var availableAffairs: Int {
        switch figures {
        case .stated(let available, _, _): return available
        case .annex(let rows): return rows.count
        }
    }

    /// 事務 that were used in the 年度.
    public var usedAffairs: Int {
        switch figures {
        case .stated(_, let used, _): return used
        case .annex(let rows): return rows.filter { $0.cases > 0 }.count
        }
    }

    /// 件数.
    public var cases: Int {
        switch figures {
        case .stated(_, _, let cases): return cases
        case .annex(let rows): return Tally.sum(rows.lazy.map(\.cases))
        }
    }
}

/// One row of 別添1 or 別添2: a 事務, its basis, and its 件数 in the 年度.
public struct AffairUse: Hashable, Sendable {
    /// 事務 (国民年金法による年金である給付の支給に関する事務 …).
    public var affair: String
    /// 根拠 (別表第五第三号, 条例別表第一 …).
    public var basis: String
    public var cases: Int

    public init(affair: String, basis: String, cases: Int) {
        self.affair = affair
        self.basis = basis
        self.cases = cases
    }
}

/// One row of 別添3: a 事務, whether the information was used or provided (and to whom), and how often.
public struct PublishedUse: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case use = "利用"
        case provision = "提供"
    }

    public var affair: String
    public var basis: String
    public var kind: Kind
    /// 提供先 (for a 提供).
    public var recipient: String?
    public var cases: Int

    public init(affair: String, basis: String, kind: Kind, recipient: String?, cases: Int) {
        self.affair = affair
        self.basis = basis
        self.kind = kind
        self.recipient = recipient
        self.cases = cases
    }
}

/// 3 (4): staff certified for 照合情報認証, by 所属, at the end of the 年度.
public struct Certification: Hashable, Sendable {
    public var rows: CertifiedUnits

    public init(rows: CertifiedUnits) { self.rows = rows }

    public init(rows: [CertifiedUnit]) { self.rows = CertifiedUnits(rows) }

    /// 計752人 (held at `Int.max` past it: see `Tally`).
    public var total: Int { Tally.sum(rows.indices.lazy.map(rows.count(at:))) }
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
