/// The parts of the report, in order, with the headings it gives them: one home for their names in code
/// (the differ's sections, the comments of a `new` draft). The templates spell the headings themselves:
/// they are data, laid out as published.
public enum ReportSection: String, CaseIterable, Hashable, Sendable {
    case title, trainings, activities, identityUse, findings, planTrainings, planActivities

    /// The heading as the report prints it; the plan numbers its parts again under its own heading.
    public var heading: String {
        switch self {
        case .title: return "表題"
        case .trainings, .planTrainings: return "1 セキュリティ研修"
        case .activities, .planActivities: return "2 外部監査等"
        case .identityUse: return "3 本人確認情報の利用又は提供について"
        case .findings: return "外部監査 指摘事項一覧"
        }
    }

    /// The heading where parts of the results and the plan stand side by side: 次年度計画 1 セキュリティ研修.
    public var title: String {
        switch self {
        case .planTrainings, .planActivities: return "次年度計画 " + heading
        default: return heading
        }
    }
}
