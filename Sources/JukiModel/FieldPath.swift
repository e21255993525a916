/// Where in an edition's records a value sits, in the records' own vocabulary: the keys of `report.yaml`
/// (研修, 点検・監査, 次年度計画 …) and, for tables, the CSV file's name with its row and column.
/// Readers map a path to a file position, so one rule can point at a YAML line or a CSV cell alike.
public struct FieldPath: Hashable, Sendable, CustomStringConvertible {
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) { self.components = components }

    public func appending(_ key: String) -> FieldPath { FieldPath(components + [.key(key)]) }
    public func appending(_ index: Int) -> FieldPath { FieldPath(components + [.index(index)]) }

    /// The path with its last component removed.
    public var parent: FieldPath { FieldPath(Array(components.dropLast())) }

    public var description: String {
        components.map {
            switch $0 {
            case .key(let k): return k
            case .index(let i): return "[\(i + 1)]"
            }
        }.joined(separator: ".")
    }
}

/// Names of the places that model rules point at; the records format defines them (see the README).
public enum RecordKey {
    public static let fiscalYear = "年度"
    public static let trainings = "研修"
    public static let period = "時期"
    public static let activities = "点検・監査"
    public static let targetUnits = "対象所属"
    public static let targetCount = "対象所属数"
    public static let auditResult = "監査結果"
    public static let unitsWithFindings = "指摘所属数"
    public static let identityUse = "本人確認情報の利用又は提供"
    public static let statutory = "別表"
    public static let ordinance = "条例"
    public static let usedAffairs = "利用事務数"
    public static let disclosure = "開示"
    public static let disclosureSince = "開始日"
    public static let plan = "次年度計画"
    public static let certificationFile = "certified-staff.csv"
    public static let findingsFile = "findings.csv"
    /// 別添1 (別表の事務), 別添2 (条例の事務), 別添3 (公表).
    public static let statutoryAnnexFile = "annex1.csv"
    public static let ordinanceAnnexFile = "annex2.csv"
    public static let publicationAnnexFile = "annex3.csv"
    public static let affairColumn = "事務"
    public static let unitColumn = "所属"
}
