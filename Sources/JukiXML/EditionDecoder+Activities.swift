import JukiModel

/// The activities of the results and the plan, the findings, and the plan.
extension EditionDecoder {
    mutating func activities(_ e: XMLElement, part: EditionPlace.Part) throws(Missing) -> [Activity] {
        var list: [Activity] = []
        for (i, a) in e.children("activity").enumerated() {
            list.append(try activity(a, part: part, index: i))
        }
        return list
    }

    private mutating func activity(_ e: XMLElement, part: EditionPlace.Part, index i: Int) throws(Missing) -> Activity {
        let name = try text(try child(e, "name"))
        let period = try self.period(try child(e, "period"), place: .activityPeriod(part, activity: i))
        let conductors = try (e.child("conductors")?.children("conductor") ?? []).map(text)
        var targets: Targets?
        if let t = e.child("targetUnits") {
            let units = t.children("unit")
            for (j, u) in units.enumerated() { note(.targetUnit(part, activity: i, unit: j), u) }
            checkUnitCount(try child(t, "unitCount"), listed: units.count)
            targets = .units(try units.map(text))
        } else if let t = e.child("targetDescription") {
            targets = .described(try text(try child(t, "text")), unitCount: try count(try child(t, "unitCount")))
        }
        var auditResult: AuditResult?
        if let r = e.child("auditResult") {
            let units = try child(r, "unitsWithFindings")
            note(.auditResult(part, activity: i), r)
            note(.unitsWithFindings(part, activity: i), units)
            auditResult = AuditResult(unitsWithFindings: try count(units), remark: try r.child("remark").map(text))
        }
        return Activity(name: name, period: period, conductors: conductors, targets: targets,
                        summary: try e.child("summary").map { s throws(Missing) in try summary(s) },
                        auditItems: try (e.child("auditItems")?.children("item") ?? []).map(text),
                        remarks: try e.child("remarks").map(text), auditResult: auditResult)
    }

    private func summary(_ e: XMLElement) throws(Missing) -> Summary {
        if let inline = e.child("inline") { return .inline(try text(inline)) }
        let sections = e.children("section")
        if !sections.isEmpty {
            var list: [SummarySection] = []
            for s in sections {
                list.append(SummarySection(heading: try text(try child(s, "heading")), text: try text(try child(s, "text"))))
            }
            return .sections(list)
        }
        return .paragraphs(try e.children("paragraph").map(text))
    }

    // MARK: Findings and plan

    mutating func findings(_ e: XMLElement) throws(Missing) -> AuditFindings {
        note(.findings, e)
        func list(_ area: AuditArea) throws(Missing) -> [Finding] {
            var out: [Finding] = []
            for f in try child(e, area.xmlName).children("finding") {
                out.append(Finding(finding: try text(try child(f, "text")), response: try text(try child(f, "response"))))
            }
            return out
        }
        return AuditFindings(operational: try list(.operational), system: try list(.system),
                             closing: try e.child("closing").map(text))
    }

    mutating func plan(_ e: XMLElement, year: FiscalYear) throws(Missing) -> Plan {
        checkPlanYear(try child(e, "fiscalYear"), year: year)
        var trainings: [PlannedTraining] = []
        for (i, t) in try child(e, "trainings").children("training").enumerated() {
            trainings.append(PlannedTraining(period: try period(try child(t, "period"), place: .trainingPeriod(.plan, training: i)),
                                             audience: try text(try child(t, "audience")),
                                             content: try text(try child(t, "content"))))
        }
        let activities = try self.activities(try child(e, "activities"), part: .plan)
        return Plan(trainings: trainings, activities: activities)
    }
}
