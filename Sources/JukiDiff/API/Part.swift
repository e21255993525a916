import JukiModel

/// What an added, removed or replaced change holds: the model's own value (a 研修, a table row, a 所属's
/// count), so that each writer decides how it reads: the text and HTML outputs describe it as the report
/// would, the JSON output gives its numbers as numbers and its dates in ISO 8601.
public enum Part: Hashable, Sendable {
    /// A text (備考, 監査項目, a 実施概要's section).
    case text(String)
    /// A 研修 held (第N回).
    case training(Training)
    /// A 研修 planned for the next 年度.
    case plannedTraining(PlannedTraining)
    /// ※ 研修の補足.
    case trainingNote(TrainingNote)
    /// A group of 受講者 and its count.
    case participants(Participants)
    /// A 点検・監査 or 訓練 held (its summary is the report's 実施概要).
    case activity(Activity)
    /// A 点検・監査 or 訓練 planned for the next 年度 (its summary is the plan's 内容).
    case plannedActivity(Activity)
    /// The 対象 of a 点検・監査: a list of 所属 or a description with its count.
    case targets(Targets)
    /// 監査結果.
    case auditResult(AuditResult)
    /// A 指摘事項 and its 対応内容.
    case finding(Finding)
    /// A row of 別添1 or 別添2.
    case affairUse(AffairUse)
    /// 別添1 or 別添2 as a whole.
    case affairTable([AffairUse])
    /// A row of 別添3.
    case publishedUse(PublishedUse)
    /// 別添3 as a whole.
    case publishedTable([PublishedUse])
    /// A 所属 of 照合情報認証 and its count.
    case certifiedUnit(CertifiedUnit)
}
