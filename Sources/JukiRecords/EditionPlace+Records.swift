import JukiDiagnostics
import JukiModel

extension EditionPlace {
    /// Where the records hold the value at this place: its key path in `report.yaml`, or its table's row.
    package var recordPath: FieldPath {
        switch self {
        case .trainingPeriod(let part, let i):
            return part.recordPath.appending(RecordKey.trainings).appending(i).appending(RecordKey.period)
        case .activityPeriod(let part, let i):
            return Self.activity(part, i).appending(RecordKey.period)
        case .targetUnit(let part, let i, let j):
            return Self.activity(part, i).appending(RecordKey.targetUnits).appending(j)
        case .auditResult(let part, let i):
            return Self.activity(part, i).appending(RecordKey.auditResult)
        case .unitsWithFindings(let part, let i):
            return Self.activity(part, i).appending(RecordKey.auditResult).appending(RecordKey.unitsWithFindings)
        case .usedAffairs(let category):
            return FieldPath().appending(RecordKey.identityUse).appending(category.recordKey).appending(RecordKey.usedAffairs)
        case .certifiedUnit(let i):
            return FieldPath().appending(RecordKey.certificationFile).appending(i).appending(RecordKey.unitColumn)
        case .disclosureSince:
            return FieldPath().appending(RecordKey.disclosure).appending(RecordKey.disclosureSince)
        case .findings:
            return FieldPath().appending(RecordKey.findingsFile)
        case .trainings(let part):
            return part.recordPath.appending(RecordKey.trainings)
        case .activities(let part):
            return part.recordPath.appending(RecordKey.activities)
        case .participants(let i, let j):
            return FieldPath().appending(RecordKey.trainings).appending(i).appending(RecordKey.participants).appending(j)
        case .cases(let category):
            return FieldPath().appending(RecordKey.identityUse).appending(category.recordKey).appending(RecordKey.cases)
        case .certification:
            return FieldPath().appending(RecordKey.certificationFile)
        }
    }

    private static func activity(_ part: Part, _ i: Int) -> FieldPath {
        part.recordPath.appending(RecordKey.activities).appending(i)
    }
}

extension EditionPlace.Part {
    /// The results stand at the top of `report.yaml`, the plan under 次年度計画.
    var recordPath: FieldPath { self == .results ? FieldPath() : FieldPath().appending(RecordKey.plan) }
}

extension IdentityUse.Category {
    /// The category's key under 本人確認情報の利用又は提供.
    package var recordKey: String { self == .statutory ? RecordKey.statutory : RecordKey.ordinance }

    /// Its 別添 table's file.
    var annexFile: String { self == .statutory ? RecordKey.statutoryAnnexFile : RecordKey.ordinanceAnnexFile }
}
