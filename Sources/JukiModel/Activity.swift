/// A 点検, 監査 or 訓練, done (in the results) or planned (in the plan).
public struct Activity: Hashable, Sendable {
    /// 所属点検, 管理者点検, 外部監査, 緊急時対応訓練 …; the key by which editions are compared.
    public var name: String
    public var period: Period
    /// 実施者 (results only).
    public var conductors: [String]
    public var targets: Targets?
    /// 実施概要 in the results, 内容 in the plan.
    public var summary: Summary?
    /// 【監査項目】 (○ items).
    public var auditItems: [String]
    /// 備考.
    public var remarks: String?
    /// 監査結果 (the external audit of the results).
    public var auditResult: AuditResult?

    public init(name: String, period: Period, conductors: [String] = [], targets: Targets? = nil,
                summary: Summary? = nil, auditItems: [String] = [], remarks: String? = nil,
                auditResult: AuditResult? = nil) {
        self.name = name
        self.period = period
        self.conductors = conductors
        self.targets = targets
        self.summary = summary
        self.auditItems = auditItems
        self.remarks = remarks
        self.auditResult = auditResult
    }

    /// How many 所属 it covers: those listed, or the count stated with a description; 0 when it names none
    /// (the 「…所属中」 of a 監査結果 without targets).
    public var unitCount: Int { targets?.unitCount ?? 0 }
}

/// Whom an activity covers.
public enum Targets: Hashable, Sendable {
    /// A list of 所属; the count （13所属） is computed.
    case units([String])
    /// A description with a count that no list backs: 市町村課、全利用所属（計54所属）.
    case described(String, unitCount: Int)

    public var unitCount: Int {
        switch self {
        case .units(let list): return list.count
        case .described(_, let n): return n
        }
    }
}

/// 実施概要 / 内容 in one of the three shapes the report uses.
public enum Summary: Hashable, Sendable {
    /// On the label's line: 実施概要：「セキュリティチェックシート」により…
    case inline(String)
    /// Below the label, a paragraph each.
    case paragraphs([String])
    /// Below the label, ○ headings each with its paragraph (○ 運用面 / ○ システム面).
    case sections([SummarySection])
}

public struct SummarySection: Hashable, Sendable {
    public var heading: String
    public var text: String

    public init(heading: String, text: String) {
        self.heading = heading
        self.text = text
    }
}

/// 監査結果：15所属中3所属で指摘があった。…
public struct AuditResult: Hashable, Sendable {
    /// How many 所属 had findings; cannot be derived (the findings list does not name 所属).
    public var unitsWithFindings: Int
    /// The sentence after the figures.
    public var remark: String?

    public init(unitsWithFindings: Int, remark: String?) {
        self.unitsWithFindings = unitsWithFindings
        self.remark = remark
    }
}
