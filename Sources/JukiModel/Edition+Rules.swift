/// A rule of the model that an edition breaks, and where.
public struct RuleViolation: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A period of the results outside FY N, or of the plan outside FY N+1.
        case periodOutsideFiscalYear(Period, FiscalYear)
        /// The same 所属 twice in one list; `first` is where it stood before.
        case duplicateUnit(String, first: FieldPath)
        /// 15所属中16所属で指摘があった.
        case moreUnitsWithFindingsThanTargets(withFindings: Int, targets: Int)
        /// findings.csv lists findings but no 監査結果 says which audit they came from.
        case findingsWithoutAuditResult(findingCount: Int)
        /// 監査結果 says N 所属 had findings, but findings.csv lists none (or the reverse).
        case auditResultDisagreesWithFindings(unitsWithFindings: Int, findingCount: Int)
        /// More than one activity carries a 監査結果.
        case secondAuditResult(first: FieldPath)
        /// 20事務 used out of 17 available.
        case moreUsedThanAvailable(used: Int, available: Int)
        /// 開示 begun after the 年度 it is reported in.
        case disclosureAfterYear(Day, FiscalYear)
    }

    public var path: FieldPath
    public var kind: Kind

    public init(_ path: FieldPath, _ kind: Kind) {
        self.path = path
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
    public func ruleViolations() -> [RuleViolation] { ruleViolations(perKind: Int.max).kept }

    /// The first `limit` violations of each kind, in record order, and how many more of each kind there are
    /// (by `Kind.name`): a table of a million copies of one row breaks a rule a million times.
    public func ruleViolations(perKind limit: Int) -> (kept: [RuleViolation], omitted: [String: Int]) {
        var out = RuleViolation.List(limit: limit)
        let root = FieldPath()
        for (i, t) in results.trainings.enumerated() where !fiscalYear.contains(t.period) {
            out.append(RuleViolation(root.appending(RecordKey.trainings).appending(i).appending(RecordKey.period),
                             .periodOutsideFiscalYear(t.period, fiscalYear)))
        }
        out += activityViolations(results.activities, year: fiscalYear, at: root.appending(RecordKey.activities))
        out += auditResultViolations()
        let use = root.appending(RecordKey.identityUse)
        for (key, c) in [(RecordKey.statutory, results.identityUse.statutory),
                         (RecordKey.ordinance, results.identityUse.ordinance)] where c.usedAffairs > c.availableAffairs {
            out.append(.init(use.appending(key).appending(RecordKey.usedAffairs),
                             .moreUsedThanAvailable(used: c.usedAffairs, available: c.availableAffairs)))
        }
        duplicates(results.certification.rows.lazy.map(\.unit), into: &out,
                   at: { root.appending(RecordKey.certificationFile).appending($0).appending(RecordKey.unitColumn) })
        if results.disclosure.since > fiscalYear.lastDay {
            out.append(.init(root.appending(RecordKey.disclosure).appending(RecordKey.disclosureSince),
                             .disclosureAfterYear(results.disclosure.since, fiscalYear)))
        }
        let plan = root.appending(RecordKey.plan)
        for (i, t) in self.plan.trainings.enumerated() where !planYear.contains(t.period) {
            out.append(.init(plan.appending(RecordKey.trainings).appending(i).appending(RecordKey.period),
                             .periodOutsideFiscalYear(t.period, planYear)))
        }
        out += activityViolations(self.plan.activities, year: planYear, at: plan.appending(RecordKey.activities))
        return (out.kept, out.omitted)
    }

    private func activityViolations(_ list: [Activity], year: FiscalYear, at base: FieldPath) -> [RuleViolation] {
        var out: [RuleViolation] = []
        for (i, a) in list.enumerated() {
            let here = base.appending(i)
            if !year.contains(a.period) {
                out.append(.init(here.appending(RecordKey.period), .periodOutsideFiscalYear(a.period, year)))
            }
            if case .units(let units) = a.targets {
                var found = RuleViolation.List(limit: Int.max)
                duplicates(units, into: &found, at: { here.appending(RecordKey.targetUnits).appending($0) })
                out += found.kept
            }
            if let r = a.auditResult, let t = a.targets, r.unitsWithFindings > t.unitCount {
                out.append(.init(here.appending(RecordKey.auditResult).appending(RecordKey.unitsWithFindings),
                                 .moreUnitsWithFindingsThanTargets(withFindings: r.unitsWithFindings, targets: t.unitCount)))
            }
        }
        return out
    }

    private func auditResultViolations() -> [RuleViolation] {
        let base = FieldPath().appending(RecordKey.activities)
        let withResult = results.activities.indices.filter { results.activities[$0].auditResult != nil }
        let findingCount = findings.operational.count + findings.system.count
        var out: [RuleViolation] = []
        for i in withResult.dropFirst() {
            out.append(.init(base.appending(i).appending(RecordKey.auditResult),
                             .secondAuditResult(first: base.appending(withResult[0]).appending(RecordKey.auditResult))))
        }
        guard let first = withResult.first, let result = results.activities[first].auditResult else {
            if findingCount > 0 {
                out.append(.init(FieldPath().appending(RecordKey.findingsFile),
                                 .findingsWithoutAuditResult(findingCount: findingCount)))
            }
            return out
        }
        if (result.unitsWithFindings == 0) != (findingCount == 0) {
            out.append(.init(base.appending(first).appending(RecordKey.auditResult).appending(RecordKey.unitsWithFindings),
                             .auditResultDisagreesWithFindings(unitsWithFindings: result.unitsWithFindings,
                                                               findingCount: findingCount)))
        }
        return out
    }

    private func duplicates<C: Collection>(_ names: C, into out: inout RuleViolation.List,
                                           at path: (Int) -> FieldPath) where C.Element == String {
        var seen: [String: Int] = [:]
        seen.reserveCapacity(names.count)  // no rehashing as it grows (a table can have a million 所属)
        for (i, name) in names.enumerated() {
            if let j = seen[name] {
                // Counted, not made, past the limit: no paths for a million duplicates.
                if out.isFull(RuleViolation.Kind.duplicateName) { out.count(RuleViolation.Kind.duplicateName); continue }
                out.append(.init(path(i), .duplicateUnit(name, first: path(j))))
            } else {
                seen[name] = i
            }
        }
    }
}
