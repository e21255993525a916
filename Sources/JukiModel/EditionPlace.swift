/// Where in an edition a value stands, in the model's own terms: which training, which activity, which
/// 所属 of which list. A rule says by a place where it is broken; each reader maps the place back to where
/// it read the value (a line and column of its records, an element of its XML), so that the model never
/// speaks a format's vocabulary.
public enum EditionPlace: Hashable, Sendable {
    /// The results of the edition's year, or the plan for the next.
    public enum Part: Hashable, Sendable { case results, plan }

    /// The period of the training at this index (from 0) of the part.
    case trainingPeriod(Part, training: Int)
    /// The period of the activity at this index of the part.
    case activityPeriod(Part, activity: Int)
    /// The 所属 at index `unit` of the listed targets of an activity.
    case targetUnit(Part, activity: Int, unit: Int)
    /// The audit result of the activity at this index of the part.
    case auditResult(Part, activity: Int)
    /// How many 所属 had findings, in the audit result of the activity at this index of the part.
    case unitsWithFindings(Part, activity: Int)
    /// The number of affairs used in a category of identity use.
    case usedAffairs(IdentityUse.Category)
    /// The 所属 at this index of the certification table.
    case certifiedUnit(Int)
    /// The day disclosure began.
    case disclosureSince
    /// The list of audit findings.
    case findings

    // MARK: issue 14 places the warnings against last year point at
    /// The list of trainings of the part.
    case trainings(Part)
    /// The list of activities (点検・監査) of the part.
    case activities(Part)
    /// The count of the participant group at index `group` of the result training at index `training`.
    case participants(training: Int, group: Int)
    /// The 利用件数 of a category of identity use (its figure, or the 別添 table that computes it).
    case cases(IdentityUse.Category)
    /// The certification table as a whole (its header).
    case certification
}

extension IdentityUse {
    /// A category by its legal basis: the 住民基本台帳法's 別表 (`statutory`), or the prefecture's 条例.
    public enum Category: Hashable, Sendable, CaseIterable { case statutory, ordinance }

    public subscript(_ category: Category) -> UseCategory {
        switch category {
        case .statutory: return statutory
        case .ordinance: return ordinance
        }
    }
}
