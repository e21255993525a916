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
}

extension Edition {
    /// Every rule the edition breaks, in record order. Figures the records state twice are checked by the
    /// readers (they alone see the stated figure); these rules hold for an edition from any source.
    public func ruleViolations() -> [RuleViolation] {
        var out: [RuleViolation] = []
        let root = FieldPath()
        for (i, t) in results.trainings.enumerated() where !fiscalYear.contains(t.period) {
            out.append(.init(root.appending(RecordKey.trainings).appending(i).appending(RecordKey.period),
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
        out += duplicates(results.certification.rows.map(\.unit),
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
        return out
    }

    private func activityViolations(_ list: [Activity], year: FiscalYear, at base: FieldPath) -> [RuleViolation] {
        var out: [RuleViolation] = []
        for (i, a) in list.enumerated() {
            let here = base.appending(i)
            if !year.contains(a.period) {
                out.append(.init(here.appending(RecordKey.period), .periodOutsideFiscalYear(a.period, year)))
            }
            if case .units(let units) = a.targets {
                out += duplicates(units, at: { here.appending(RecordKey.targetUnits).appending($0) })
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

    private func duplicates(_ names: [String], at path: (Int) -> FieldPath) -> [RuleViolation] {
        var seen: [String: Int] = [:]
        seen.reserveCapacity(names.count)  // no rehashing as it grows (a table can have a million 所属)
        var out: [RuleViolation] = []
        for (i, name) in names.enumerated() {
            if let j = seen[name] {
                out.append(.init(path(i), .duplicateUnit(name, first: path(j))))
            } else {
                seen[name] = i
            }
        }
        return out
    }
}
