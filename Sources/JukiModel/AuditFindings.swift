/// 令和4年度外部監査 指摘事項一覧: findings by area, each with the response.
public struct AuditFindings: Hashable, Sendable {
    public var operational: [Finding]
    public var system: [Finding]
    /// The closing line (- 上記のとおり、…).
    public var closing: String?

    public init(operational: [Finding], system: [Finding], closing: String?) {
        self.operational = operational
        self.system = system
        self.closing = closing
    }

    public var isEmpty: Bool { operational.isEmpty && system.isEmpty }

    public func findings(in area: AuditArea) -> [Finding] {
        switch area {
        case .operational: return operational
        case .system: return system
        }
    }
}

/// The two areas of the external audit, in the order printed.
public enum AuditArea: String, CaseIterable, Hashable, Sendable {
    case operational = "運用面"
    case system = "システム面"
}

public struct Finding: Hashable, Sendable {
    /// 指摘事項.
    public var finding: String
    /// 対応内容.
    public var response: String

    public init(finding: String, response: String) {
        self.finding = finding
        self.response = response
    }
}

/// Part three: what is planned for N+1.
public struct Plan: Hashable, Sendable {
    public var trainings: [PlannedTraining]
    public var activities: [Activity]

    public init(trainings: [PlannedTraining], activities: [Activity]) {
        self.trainings = trainings
        self.activities = activities
    }
}

public struct PlannedTraining: Hashable, Sendable {
    public var period: Period
    /// 対象.
    public var audience: String
    /// 内容.
    public var content: String

    public init(period: Period, audience: String, content: String) {
        self.period = period
        self.audience = audience
        self.content = content
    }
}
