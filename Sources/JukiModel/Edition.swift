/// One yearly edition of the report: what was done in fiscal year N, the external-audit findings, and the
/// plan for N+1. The single model that readers build and renderers read; it holds no derived figures that
/// can be computed (counts of 所属, totals, the plan's year).
public struct Edition: Hashable, Sendable {
    /// The year the results report on (令和4年度).
    public var fiscalYear: FiscalYear
    /// The title after the 年度: 住民基本台帳ネットワークシステムの セキュリティ対策の措置状況等について.
    public var title: String
    public var results: Results
    public var findings: AuditFindings
    public var plan: Plan

    public init(fiscalYear: FiscalYear, title: String, results: Results, findings: AuditFindings, plan: Plan) {
        self.fiscalYear = fiscalYear
        self.title = title
        self.results = results
        self.findings = findings
        self.plan = plan
    }

    /// The plan is for the following 年度.
    public var planYear: FiscalYear { fiscalYear.next }
}

/// Part one: the results of fiscal year N.
public struct Results: Hashable, Sendable {
    /// 1 セキュリティ研修, in the order held (第1回, 第2回, …).
    public var trainings: [Training]
    /// The ※ note after the trainings (研修 for new staff, with its count).
    public var trainingNote: TrainingNote?
    /// 2 外部監査等: 所属点検, 管理者点検, 外部監査 … in the order printed.
    public var activities: [Activity]
    /// 3 (1)–(3): 本人確認情報の利用又は提供.
    public var identityUse: IdentityUse
    /// 3 (4): 照合情報認証の認証状況.
    public var certification: Certification
    /// 3 (5): 開示.
    public var disclosure: Disclosure

    public init(trainings: [Training], trainingNote: TrainingNote?, activities: [Activity],
                identityUse: IdentityUse, certification: Certification, disclosure: Disclosure) {
        self.trainings = trainings
        self.trainingNote = trainingNote
        self.activities = activities
        self.identityUse = identityUse
        self.certification = certification
        self.disclosure = disclosure
    }
}

/// A 研修 that was held.
public struct Training: Hashable, Sendable {
    public var period: Period
    /// Printed after the period with ※: 資料掲載時期.
    public var periodNote: String?
    /// 受講者, group by group: 市町村住基ネット担当者59名、県利用所属職員10名.
    public var participants: [Participants]
    /// 講師.
    public var lecturer: String
    /// 内容.
    public var content: String
    /// 備考.
    public var remarks: String?

    public init(period: Period, periodNote: String?, participants: [Participants], lecturer: String,
                content: String, remarks: String?) {
        self.period = period
        self.periodNote = periodNote
        self.participants = participants
        self.lecturer = lecturer
        self.content = content
        self.remarks = remarks
    }

    public var participantTotal: Int { Tally.sum(participants.lazy.map(\.count)) }
}

/// One group of 受講者 and how many took part.
public struct Participants: Hashable, Sendable {
    public var group: String
    public var count: Int

    public init(group: String, count: Int) {
        self.group = group
        self.count = count
    }
}

/// ※ その他、… 研修を書面研修にて実施（令和4年度受講者35名）.
public struct TrainingNote: Hashable, Sendable {
    public var text: String
    public var participantCount: Int

    public init(text: String, participantCount: Int) {
        self.text = text
        self.participantCount = participantCount
    }
}
