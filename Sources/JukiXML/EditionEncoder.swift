import JukiModel

/// Writes an edition as the archive XML, element by element in the schema's order. Dates are ISO
/// (2022-06, 2023-03-31), the 年度 its starting year (2022), counts plain integers; figures the model
/// computes are written with `derived="true"`.
struct EditionEncoder {
    let w: XMLWriter

    func encode(_ e: Edition) throws(XMLWriter.Failure) {
        try w.startRoot("edition", namespace: XMLArchive.namespace)
        try w.attribute("version", XMLArchive.formatVersion)
        try w.element("fiscalYear", e.fiscalYear.description)
        try w.derived("yearEnd", e.fiscalYear.lastDay.description)
        try w.element("title", e.title)
        try results(e.results)
        try findings(e.findings)
        try plan(e.plan, year: e.planYear)
        try w.end()
    }

    private func results(_ r: Results) throws(XMLWriter.Failure) {
        try w.start("results")
        try w.start("trainings")
        for t in r.trainings { try training(t) }
        try w.end()
        if let note = r.trainingNote {
            try w.start("trainingNote")
            try w.element("text", note.text)
            try w.element("participantCount", String(note.participantCount))
            try w.end()
        }
        try activities(r.activities)
        try w.start("identityUse")
        try useCategory("statutory", r.identityUse.statutory)
        try useCategory("ordinance", r.identityUse.ordinance)
        try w.element("publication", r.identityUse.publication)
        if let rows = r.identityUse.publicationAnnex { try publicationAnnex(rows) }
        try w.end()
        try w.start("certification")
        for row in r.certification.rows {
            try w.start("unit")
            try w.element("name", row.unit)
            try w.element("count", String(row.count))
            try w.end()
        }
        try w.derived("total", String(r.certification.total))
        try w.end()
        try w.start("disclosure")
        try w.element("since", r.disclosure.since.description)
        try w.element("requests", String(r.disclosure.requests))
        try w.end()
        try w.end()
    }

    private func training(_ t: Training) throws(XMLWriter.Failure) {
        try w.start("training")
        try period(t.period)
        if let note = t.periodNote { try w.element("periodNote", note) }
        try w.start("participants")
        for p in t.participants {
            try w.start("group")
            try w.element("name", p.group)
            try w.element("count", String(p.count))
            try w.end()
        }
        try w.end()
        try w.element("lecturer", t.lecturer)
        try w.element("content", t.content)
        if let remarks = t.remarks { try w.element("remarks", remarks) }
        try w.end()
    }

    private func activities(_ list: [Activity]) throws(XMLWriter.Failure) {
        try w.start("activities")
        for a in list { try activity(a) }
        try w.end()
    }

    private func activity(_ a: Activity) throws(XMLWriter.Failure) {
        try w.start("activity")
        try w.element("name", a.name)
        try period(a.period)
        if !a.conductors.isEmpty {
            try w.start("conductors")
            for c in a.conductors { try w.element("conductor", c) }
            try w.end()
        }
        switch a.targets {
        case .units(let units)?:
            try w.start("targetUnits")
            for u in units { try w.element("unit", u) }
            try w.derived("unitCount", String(units.count))
            try w.end()
        case .described(let text, let count)?:
            try w.start("targetDescription")
            try w.element("text", text)
            try w.element("unitCount", String(count))
            try w.end()
        case nil:
            break
        }
        if let s = a.summary { try summary(s) }
        if !a.auditItems.isEmpty {
            try w.start("auditItems")
            for item in a.auditItems { try w.element("item", item) }
            try w.end()
        }
        if let remarks = a.remarks { try w.element("remarks", remarks) }
        if let r = a.auditResult {
            try w.start("auditResult")
            try w.element("unitsWithFindings", String(r.unitsWithFindings))
            if let remark = r.remark { try w.element("remark", remark) }
            try w.end()
        }
        try w.end()
    }

    private func summary(_ s: Summary) throws(XMLWriter.Failure) {
        try w.start("summary")
        switch s {
        case .inline(let text):
            try w.element("inline", text)
        case .paragraphs(let list):
            for p in list { try w.element("paragraph", p) }
        case .sections(let list):
            for section in list {
                try w.start("section")
                try w.element("heading", section.heading)
                try w.element("text", section.text)
                try w.end()
            }
        }
        try w.end()
    }

    private func useCategory(_ name: String, _ c: UseCategory) throws(XMLWriter.Failure) {
        try w.start(name)
        // With a 別添 table the three figures are computed from it.
        let figure = c.annex == nil ? w.element : w.derived
        try figure("availableAffairs", String(c.availableAffairs))
        if let basis = c.basis { try w.element("basis", basis) }
        try figure("usedAffairs", String(c.usedAffairs))
        try figure("cases", String(c.cases))
        if let rows = c.annex {
            try w.start("annex")
            for row in rows {
                try w.start("affair")
                try w.element("name", row.affair)
                try w.element("basis", row.basis)
                try w.element("cases", String(row.cases))
                try w.end()
            }
            try w.end()
        }
        try w.end()
    }

    private func publicationAnnex(_ rows: [PublishedUse]) throws(XMLWriter.Failure) {
        try w.start("publicationAnnex")
        for row in rows {
            try w.start("entry")
            try w.element("affair", row.affair)
            try w.element("basis", row.basis)
            try w.element("kind", row.kind.rawValue)
            if let recipient = row.recipient { try w.element("recipient", recipient) }
            try w.element("cases", String(row.cases))
            try w.end()
        }
        try w.end()
    }

    private func findings(_ f: AuditFindings) throws(XMLWriter.Failure) {
        try w.start("findings")
        for area in AuditArea.allCases {
            try w.start(area.xmlName)
            for finding in f.findings(in: area) {
                try w.start("finding")
                try w.element("text", finding.finding)
                try w.element("response", finding.response)
                try w.end()
            }
            try w.end()
        }
        if let closing = f.closing { try w.element("closing", closing) }
        try w.end()
    }

    private func plan(_ p: Plan, year: FiscalYear) throws(XMLWriter.Failure) {
        try w.start("plan")
        try w.derived("fiscalYear", year.description)
        try w.start("trainings")
        for t in p.trainings {
            try w.start("training")
            try period(t.period)
            try w.element("audience", t.audience)
            try w.element("content", t.content)
            try w.end()
        }
        try w.end()
        try activities(p.activities)
        try w.end()
    }

    private func period(_ p: Period) throws(XMLWriter.Failure) {
        try w.start("period")
        try w.element("start", p.start.description)
        try w.element("end", p.end.description)
        try w.end()
    }
}

extension AuditArea {
    /// The element that holds the area's findings.
    var xmlName: String {
        switch self {
        case .operational: return "operational"
        case .system: return "system"
        }
    }
}
