/// A rule of the model that an edition breaks, and where, in the model's terms (each reader maps the place
/// back to its own positions).
public struct RuleViolation: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A period of the results outside FY N, or of the plan outside FY N+1.
        case periodOutsideFiscalYear(Period, FiscalYear)
        /// The same 所属 twice in one list; `first` is where it stood before, spelled `firstName` there (the same
        /// text, or one the names' fold makes the same: ＮＰＯ協働推進課 and NPO協働推進課).
        case duplicateUnit(String, first: EditionPlace, firstName: String)
        /// 15所属中16所属で指摘があった.
        case moreUnitsWithFindingsThanTargets(withFindings: Int, targets: Int)
        /// Findings are listed but no audit result says which audit they came from.
        case findingsWithoutAuditResult(findingCount: Int)
        /// The audit result says N 所属 had findings, but no finding is listed (or the reverse).
        case auditResultDisagreesWithFindings(unitsWithFindings: Int, findingCount: Int)
        /// More than one activity carries a 監査結果.
        case secondAuditResult(first: EditionPlace)
        /// 20事務 used out of 17 available.
        case moreUsedThanAvailable(used: Int, available: Int)
        /// 開示 begun after the 年度 it is reported in.
        case disclosureAfterYear(Day, FiscalYear)
    }

    public var place: EditionPlace
    public var kind: Kind

    public init(_ place: EditionPlace, _ kind: Kind) {
        self.place = place
        self.kind = kind
    }

    /// Violations as found, the first `limit` of each kind kept and the rest counted.
    struct List {
        let limit: Int
        private(set) var kept: [RuleViolation] = []
        private(set) var omitted: [String: Int] = [:]
        private var keptByKind: [String: Int] = [:]

        init(limit: Int) { self.limit = limit }

        func isFull(_ kind: String) -> Bool { keptByKind[kind, default: 0] >= limit }

        mutating func count(_ kind: String) { omitted[kind, default: 0] += 1 }

        mutating func append(_ v: RuleViolation) {
            let name = v.kind.name
            if isFull(name) { count(name) } else {
                keptByKind[name, default: 0] += 1
                kept.append(v)
            }
        }

        static func += (list: inout List, more: [RuleViolation]) {
            for v in more { list.append(v) }
        }
    }
}

extension RuleViolation.Kind {
    static let duplicateName = "duplicateUnit"

    /// The kind's name, whatever it names: the same for every duplicate 所属.
    public var name: String {
        switch self {
        case .periodOutsideFiscalYear: return "periodOutsideFiscalYear"
        case .duplicateUnit: return Self.duplicateName
        case .moreUnitsWithFindingsThanTargets: return "moreUnitsWithFindingsThanTargets"
        case .findingsWithoutAuditResult: return "findingsWithoutAuditResult"
        case .auditResultDisagreesWithFindings: return "auditResultDisagreesWithFindings"
        case .secondAuditResult: return "secondAuditResult"
        case .moreUsedThanAvailable: return "moreUsedThanAvailable"
        case .disclosureAfterYear: return "disclosureAfterYear"
        }
    }
}

extension Edition {
    /// Every rule the edition breaks, in record order. Figures the records state twice are checked by the
    /// readers (they alone see the stated figure); these rules hold for an edition from any source.
    public func ruleViolations(fold: NameFold = .canonical) -> [RuleViolation] {
        ruleViolations(perKind: Int.max, fold: fold).kept
    }

    /// The first `limit` violations of each kind, in record order, and how many more of each kind there are
    /// (by `Kind.name`): a table of a million copies of one row breaks a rule a million times.
    /// Two 所属 of one list are one when `fold` makes them the same.
    public func ruleViolations(perKind limit: Int, fold: NameFold = .canonical) -> (kept: [RuleViolation], omitted: [String: Int]) {
        var out = RuleViolation.List(limit: limit)
        for (i, t) in results.trainings.enumerated() where !fiscalYear.contains(t.period) {
            out.append(.init(.trainingPeriod(.results, training: i), .periodOutsideFiscalYear(t.period, fiscalYear)))
        }
        out += activityViolations(.results, fold: fold)
        out += auditResultViolations()
        for category in IdentityUse.Category.allCases {
            let c = results.identityUse[category]
            if c.usedAffairs > c.availableAffairs {
                out.append(.init(.usedAffairs(category), .moreUsedThanAvailable(used: c.usedAffairs, available: c.availableAffairs)))
            }
        }
        duplicates(results.certification.rows, fold: fold, into: &out, at: EditionPlace.certifiedUnit)
        if results.disclosure.since > fiscalYear.lastDay {
            out.append(.init(.disclosureSince, .disclosureAfterYear(results.disclosure.since, fiscalYear)))
        }
        for (i, t) in plan.trainings.enumerated() where !planYear.contains(t.period) {
            out.append(.init(.trainingPeriod(.plan, training: i), .periodOutsideFiscalYear(t.period, planYear)))
        }
        out += activityViolations(.plan, fold: fold)
        return (out.kept, out.omitted)
    }

    private func activityViolations(_ part: EditionPlace.Part, fold: NameFold) -> [RuleViolation] {
        let (list, year) = part == .results ? (results.activities, fiscalYear) : (plan.activities, planYear)
        var out: [RuleViolation] = []
        for (i, a) in list.enumerated() {
            if !year.contains(a.period) {
                out.append(.init(.activityPeriod(part, activity: i), .periodOutsideFiscalYear(a.period, year)))
            }
            if case .units(let units) = a.targets {
                var found = RuleViolation.List(limit: Int.max)
                duplicates(units, fold: fold, into: &found, at: { .targetUnit(part, activity: i, unit: $0) })
                out += found.kept
            }
            if let r = a.auditResult, let t = a.targets, r.unitsWithFindings > t.unitCount {
                out.append(.init(.unitsWithFindings(part, activity: i),
                                 .moreUnitsWithFindingsThanTargets(withFindings: r.unitsWithFindings, targets: t.unitCount)))
            }
        }
        return out
    }

    private func auditResultViolations() -> [RuleViolation] {
        let withResult = results.activities.indices.filter { results.activities[$0].auditResult != nil }
        let findingCount = findings.operational.count + findings.system.count
        var out: [RuleViolation] = []
        for i in withResult.dropFirst() {
            out.append(.init(.auditResult(.results, activity: i), .secondAuditResult(first: .auditResult(.results, activity: withResult[0]))))
        }
        guard let first = withResult.first, let result = results.activities[first].auditResult else {
            if findingCount > 0 {
                out.append(.init(.findings, .findingsWithoutAuditResult(findingCount: findingCount)))
            }
            return out
        }
        if (result.unitsWithFindings == 0) != (findingCount == 0) {
            out.append(.init(.unitsWithFindings(.results, activity: first),
                             .auditResultDisagreesWithFindings(unitsWithFindings: result.unitsWithFindings,
                                                               findingCount: findingCount)))
        }
        return out
    }

    private func duplicates<Names: NameList>(_ names: Names, fold: NameFold, into out: inout RuleViolation.List,
                                             at place: (Int) -> EditionPlace) {
        var index = NameIndex(names, fold: fold)
        for i in 0..<names.nameCount {
            guard let j = index.insert(i) else { continue }
            // Counted, not made, past the limit: no places for a million duplicates.
            if out.isFull(RuleViolation.Kind.duplicateName) { out.count(RuleViolation.Kind.duplicateName); continue }
            let name = names.withName(i) { String(decoding: $0, as: UTF8.self) }
            let firstName = names.withName(j) { String(decoding: $0, as: UTF8.self) }
            out.append(.init(place(i), .duplicateUnit(name, first: place(j), firstName: firstName)))
        }
    }
}
