import JukiModel

/// What an edition says that last year's edition makes worth a second look (not an error: `check` and `build`
/// warn): a 所属 of last year's 照合情報 table gone, a count moved by more than a factor of 2 or from or to 0,
/// a 研修 or 点検・監査 of last year's plan with no result. Places are in the current edition (and, for a
/// 所属 gone, in the previous one), in the model's terms; the readers map them to their positions.
public struct YearWarning: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A 所属 of last year's certification table missing this year.
        case unitMissing(String)
        /// A count that moved: 受講者 of a group of a training (its 回 from 1), 利用件数, a 所属's 人数.
        case participantsMoved(training: Int, group: String, old: Int, new: Int)
        case casesMoved(IdentityUse.Category, old: Int, new: Int)
        case certifiedMoved(unit: String, old: Int, new: Int)
        /// A training (its 回 from 1) or an activity of last year's plan that this year's results do not report.
        case plannedTrainingNotHeld(number: Int, period: Period)
        case plannedActivityNotHeld(name: String, period: Period)
    }

    public var kind: Kind
    /// Where the current edition says it (for a missing thing: the list or table that would hold it).
    public var place: EditionPlace
    /// Where the previous edition said it, when it is gone.
    public var previousPlace: EditionPlace?

    public init(_ kind: Kind, at place: EditionPlace, previous: EditionPlace? = nil) {
        self.kind = kind
        self.place = place
        self.previousPlace = previous
    }

    /// A count worth a warning: more than doubled or less than halved, or from or to 0.
    public static func moved(_ old: Int, _ new: Int) -> Bool {
        guard old != new else { return false }
        if old == 0 || new == 0 { return true }
        // new > 2 × old or old > 2 × new, without a product that could overflow.
        return new - old > old || old - new > new
    }
}

extension EditionDiff {
    /// The warnings of `current` against `previous` (the edition of the year before).
    public static func yearWarnings(previous: Edition, current: Edition) -> [YearWarning] {
        var out: [YearWarning] = []
        // 研修, by 回; within one, 受講者 by group.
        for (i, (old, new)) in zip(previous.results.trainings, current.results.trainings).enumerated() {
            for (j, group) in new.participants.enumerated() {
                guard let before = old.participants.first(where: { $0.group == group.group }),
                      YearWarning.moved(before.count, group.count) else { continue }
                out.append(YearWarning(.participantsMoved(training: i + 1, group: group.group, old: before.count, new: group.count),
                                       at: .participants(training: i, group: j)))
            }
        }
        // The plan's 研修 and 点検・監査 without a result: what `diff --plan` reports as planned and not done.
        for change in comparePlan(previous, current, oldName: "", newName: "").sections.flatMap(\.changes) {
            switch change.kind {
            case .removed(.plannedTraining(let t)):
                let number = previous.plan.trainings.firstIndex(of: t).map { $0 + 1 } ?? 0
                out.append(YearWarning(.plannedTrainingNotHeld(number: number, period: t.period), at: .trainings(.results)))
            case .removed(.plannedActivity(let a)), .removed(.activity(let a)):
                out.append(YearWarning(.plannedActivityNotHeld(name: a.name, period: a.period), at: .activities(.results)))
            default:
                break
            }
        }
        for category in IdentityUse.Category.allCases {
            let old = previous.results.identityUse[category].cases, new = current.results.identityUse[category].cases
            if YearWarning.moved(old, new) { out.append(YearWarning(.casesMoved(category, old: old, new: new), at: .cases(category))) }
        }
        // The 照合情報 table, by 所属 name.
        let rows = current.results.certification.rows
        var now: [String: Int] = [:]
        for i in rows.indices { now[rows[i].unit] = now[rows[i].unit] ?? i }
        let before = previous.results.certification.rows
        for i in before.indices {
            let row = before[i]
            guard let j = now[row.unit] else {
                out.append(YearWarning(.unitMissing(row.unit), at: .certification, previous: .certifiedUnit(i)))
                continue
            }
            let count = rows.count(at: j)
            if YearWarning.moved(row.count, count) {
                out.append(YearWarning(.certifiedMoved(unit: row.unit, old: row.count, new: count), at: .certifiedUnit(j)))
            }
        }
        return out
    }
}
