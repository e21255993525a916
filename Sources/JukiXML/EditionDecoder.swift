import JukiDiagnostics
import JukiModel

/// Reads a schema-valid document's tree into the model. The schema has already checked the shape and the
/// lexical form of every value, so what is left are the checks the schema cannot make: periods that run
/// backwards and figures marked `derived="true"` that disagree with what the model computes. Each element
/// read is noted under its records path (研修.[1].時期 …) so that the model's rules can point into the XML.
struct EditionDecoder {
    let source: SourceFile
    private(set) var problems: [Diagnostic] = []
    private(set) var locations: [FieldPath: SourceLocation] = [:]

    init(source: SourceFile) { self.source = source }

    /// A missing element (which the schema should have caught) stops decoding; so does a text the text
    /// rule refuses, with its problem.
    struct Missing: Error {
        var problem: Diagnostic?
    }

    mutating func decode(_ root: XMLElement) -> Edition? {
        do {
            return try edition(root)
        } catch {
            if let p = error.problem { problems.append(p) }
            return nil
        }
    }

    // MARK: Edition

    private mutating func edition(_ e: XMLElement) throws(Missing) -> Edition {
        let top = FieldPath()
        note(top, e)
        let year = FiscalYear(startYear: try count(try child(e, "fiscalYear")))
        note(top.appending(RecordKey.fiscalYear), try child(e, "fiscalYear"))
        let yearEnd = try child(e, "yearEnd")
        if let stated = day(yearEnd), stated != year.lastDay {
            disagree(yearEnd, stated: stated.description, computed: year.lastDay.description, from: "<fiscalYear>（\(year)年度）の年度末")
        }
        let title = try text(try child(e, "title"))
        let results = try self.results(try child(e, "results"), year: year)
        let findings = try self.findings(try child(e, "findings"))
        let plan = try self.plan(try child(e, "plan"), year: year)
        return Edition(fiscalYear: year, title: title, results: results, findings: findings, plan: plan)
    }

    // MARK: Results

    private mutating func results(_ e: XMLElement, year: FiscalYear) throws(Missing) -> Results {
        let top = FieldPath()
        var trainings: [Training] = []
        for (i, t) in try child(e, "trainings").children("training").enumerated() {
            trainings.append(try training(t, path: top.appending(RecordKey.trainings).appending(i)))
        }
        var trainingNote: TrainingNote?
        if let n = e.child("trainingNote") {
            trainingNote = TrainingNote(text: try text(try child(n, "text")), participantCount: try count(try child(n, "participantCount")))
        }
        let activities = try self.activities(try child(e, "activities"), path: top.appending(RecordKey.activities))
        let use = try child(e, "identityUse")
        let usePath = top.appending(RecordKey.identityUse)
        note(usePath, use)
        var published: [PublishedUse]?
        if let annex = use.child("publicationAnnex") { published = try publicationAnnex(annex) }
        let identityUse = IdentityUse(statutory: try useCategory(try child(use, "statutory"), path: usePath.appending(RecordKey.statutory)),
                                      ordinance: try useCategory(try child(use, "ordinance"), path: usePath.appending(RecordKey.ordinance)),
                                      publication: try text(try child(use, "publication")),
                                      publicationAnnex: published)
        let certification = try self.certification(try child(e, "certification"))
        let d = try child(e, "disclosure")
        let disclosurePath = top.appending(RecordKey.disclosure)
        note(disclosurePath, d)
        let since = try child(d, "since")
        note(disclosurePath.appending(RecordKey.disclosureSince), since)
        guard let sinceDay = day(since) else { throw Missing(problem: nil) }
        let disclosure = Disclosure(since: sinceDay, requests: try count(try child(d, "requests")))
        return Results(trainings: trainings, trainingNote: trainingNote, activities: activities, identityUse: identityUse,
                       certification: certification, disclosure: disclosure)
    }

    private mutating func training(_ e: XMLElement, path: FieldPath) throws(Missing) -> Training {
        note(path, e)
        let period = try self.period(try child(e, "period"), path: path.appending(RecordKey.period))
        var participants: [Participants] = []
        for g in try child(e, "participants").children("group") {
            participants.append(Participants(group: try text(try child(g, "name")), count: try count(try child(g, "count"))))
        }
        return Training(period: period, periodNote: try e.child("periodNote").map(text), participants: participants,
                        lecturer: try text(try child(e, "lecturer")), content: try text(try child(e, "content")),
                        remarks: try e.child("remarks").map(text))
    }

    private mutating func useCategory(_ e: XMLElement, path: FieldPath) throws(Missing) -> UseCategory {
        note(path, e)
        let available = try child(e, "availableAffairs"), used = try child(e, "usedAffairs"), cases = try child(e, "cases")
        note(path.appending(RecordKey.usedAffairs), used)
        let basis = try e.child("basis").map(text)
        guard let annex = e.child("annex") else {
            return UseCategory(availableAffairs: try count(available), basis: basis, usedAffairs: try count(used), cases: try count(cases))
        }
        var rows: [AffairUse] = []
        for a in annex.children("affair") {
            rows.append(AffairUse(affair: try text(try child(a, "name")), basis: try text(try child(a, "basis")),
                                  cases: try count(try child(a, "cases"))))
        }
        let category = UseCategory(basis: basis, annex: rows)
        // The figures beside a 別添 table are computed from it: they must agree with it.
        for (element, computed) in [(available, category.availableAffairs), (used, category.usedAffairs), (cases, category.cases)] {
            let stated = try count(element)
            if stated != computed { disagree(element, stated: Notation.grouped(stated), computed: Notation.grouped(computed), from: "<annex> の <affair>") }
        }
        return category
    }

    private mutating func publicationAnnex(_ e: XMLElement) throws(Missing) -> [PublishedUse] {
        var rows: [PublishedUse] = []
        for entry in e.children("entry") {
            guard let kind = PublishedUse.Kind(rawValue: try text(try child(entry, "kind"))) else { throw Missing(problem: nil) }
            rows.append(PublishedUse(affair: try text(try child(entry, "affair")), basis: try text(try child(entry, "basis")),
                                     kind: kind, recipient: try entry.child("recipient").map(text),
                                     cases: try count(try child(entry, "cases"))))
        }
        return rows
    }

    private mutating func certification(_ e: XMLElement) throws(Missing) -> Certification {
        let path = FieldPath().appending(RecordKey.certificationFile)
        note(path, e)
        var rows: [CertifiedUnit] = []
        for (i, u) in e.children("unit").enumerated() {
            let name = try child(u, "name")
            note(path.appending(i), u)
            note(path.appending(i).appending(RecordKey.unitColumn), name)
            rows.append(CertifiedUnit(unit: try text(name), count: try count(try child(u, "count"))))
        }
        let certification = Certification(rows: rows)
        let total = try child(e, "total")
        if let stated = Int(Notation.trimmedXML(total.text)), stated != certification.total {
            disagree(total, stated: Notation.grouped(stated), computed: Notation.grouped(certification.total), from: "<unit> の <count> の合計")
        }
        return certification
    }

    // MARK: Activities

    private mutating func activities(_ e: XMLElement, path: FieldPath) throws(Missing) -> [Activity] {
        note(path, e)
        var list: [Activity] = []
        for (i, a) in e.children("activity").enumerated() {
            list.append(try activity(a, path: path.appending(i)))
        }
        return list
    }

    private mutating func activity(_ e: XMLElement, path: FieldPath) throws(Missing) -> Activity {
        note(path, e)
        let name = try text(try child(e, "name"))
        let period = try self.period(try child(e, "period"), path: path.appending(RecordKey.period))
        let conductors = try (e.child("conductors")?.children("conductor") ?? []).map(text)
        var targets: Targets?
        if let t = e.child("targetUnits") {
            let units = t.children("unit")
            note(path.appending(RecordKey.targetUnits), t)
            for (j, u) in units.enumerated() { note(path.appending(RecordKey.targetUnits).appending(j), u) }
            let stated = try child(t, "unitCount")
            if let n = Int(Notation.trimmedXML(stated.text)), n != units.count {
                disagree(stated, stated: Notation.grouped(n), computed: Notation.grouped(units.count), from: "<unit> の数")
            }
            targets = .units(try units.map(text))
        } else if let t = e.child("targetDescription") {
            note(path.appending(RecordKey.targetCount), t)
            targets = .described(try text(try child(t, "text")), unitCount: try count(try child(t, "unitCount")))
        }
        var auditResult: AuditResult?
        if let r = e.child("auditResult") {
            let units = try child(r, "unitsWithFindings")
            note(path.appending(RecordKey.auditResult), r)
            note(path.appending(RecordKey.auditResult).appending(RecordKey.unitsWithFindings), units)
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

    private mutating func findings(_ e: XMLElement) throws(Missing) -> AuditFindings {
        note(FieldPath().appending(RecordKey.findingsFile), e)
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

    private mutating func plan(_ e: XMLElement, year: FiscalYear) throws(Missing) -> Plan {
        let path = FieldPath().appending(RecordKey.plan)
        note(path, e)
        let stated = try child(e, "fiscalYear")
        if let n = Int(Notation.trimmedXML(stated.text)), n != year.next.startYear {
            disagree(stated, stated: String(n), computed: year.next.description, from: "<edition> の <fiscalYear>（\(year)年度）の次の年度")
        }
        var trainings: [PlannedTraining] = []
        for (i, t) in try child(e, "trainings").children("training").enumerated() {
            let here = path.appending(RecordKey.trainings).appending(i)
            note(here, t)
            trainings.append(PlannedTraining(period: try period(try child(t, "period"), path: here.appending(RecordKey.period)),
                                             audience: try text(try child(t, "audience")),
                                             content: try text(try child(t, "content"))))
        }
        let activities = try self.activities(try child(e, "activities"), path: path.appending(RecordKey.activities))
        return Plan(trainings: trainings, activities: activities)
    }

    // MARK: Values

    private mutating func period(_ e: XMLElement, path: FieldPath) throws(Missing) -> Period {
        note(path, e)
        let startElement = try child(e, "start"), endElement = try child(e, "end")
        guard let start = month(startElement), let end = month(endElement) else { throw Missing(problem: nil) }
        guard let period = Period(start: start, end: end) else {
            problems.append(Diagnostic(.badDate(key: "period", .reversedSpan(start: start.description, end: end.description)),
                                       at: location(endElement)))
            throw Missing(problem: nil)
        }
        return period
    }

    private func child(_ e: XMLElement, _ name: String) throws(Missing) -> XMLElement {
        guard let c = e.child(name) else { throw Missing(problem: nil) }
        return c
    }

    /// Text as written (the schema allows no line breaks and no empty text), under the same rules as the
    /// records: a value of only blanks is empty and the blanks around a value are dropped (`Notation`); a
    /// `&#x9;` or a `&#x202E;` is refused at its element, as a tab or a U+202E in a YAML value is.
    private func text(_ e: XMLElement) throws(Missing) -> String {
        if Notation.isBlank(e.text) { throw Missing(problem: Diagnostic(.emptyValue(key: "<\(e.name)>"), at: location(e))) }
        switch TextRules.check(e.text) {
        case nil:
            return Notation.trimmed(e.text)
        case .character(let c, _):
            throw Missing(problem: Diagnostic(.forbiddenCharacter(key: "<\(e.name)>", c), at: location(e)))
        case .tooLong(let length):
            throw Missing(problem: Diagnostic(.textTooLong(key: "<\(e.name)>", length: length, limit: TextRules.maxLength),
                                              at: location(e)))
        }
    }

    private func count(_ e: XMLElement) throws(Missing) -> Int {
        guard let n = Int(Notation.trimmedXML(e.text)), n >= 0 else { throw Missing(problem: nil) }
        return n
    }

    private func month(_ e: XMLElement) -> YearMonth? { Notation.isoMonth(Notation.trimmedXML(e.text)) }

    private func day(_ e: XMLElement) -> Day? { Notation.isoDay(Notation.trimmedXML(e.text)) }

    // MARK: Positions

    private mutating func note(_ path: FieldPath, _ e: XMLElement) {
        locations[path] = location(e)
    }

    private mutating func disagree(_ e: XMLElement, stated: String, computed: String, from: String) {
        problems.append(Diagnostic(.xmlDerivedDisagrees(element: e.name, stated: stated, computed: computed, computedFrom: from),
                                   at: location(e)))
    }

    /// The element's line, and the column of its `<name` on that line (libxml2 gives lines only).
    func location(_ e: XMLElement) -> SourceLocation {
        SourceLocation(file: source.path, line: max(1, e.line), column: column(of: e.name, line: e.line))
    }

    /// The column of the first `<name` or `<prefix:name` start tag on the line; 1 when there is none.
    func column(of name: String, line: Int) -> Int {
        guard let text = source.line(line) else { return 1 }
        let scalars = Array(text.unicodeScalars), tag = Array(name.unicodeScalars)
        guard !tag.isEmpty, scalars.count > tag.count else { return 1 }
        for i in 1...(scalars.count - tag.count) where Array(scalars[i..<(i + tag.count)]) == tag {
            let after = i + tag.count
            guard after == scalars.count || [" ", ">", "/", "\t"].contains(scalars[after]) else { continue }
            var open = i - 1
            if scalars[open] == ":" {
                repeat { open -= 1 } while open > 0 && ![" ", "<", ">", "\t"].contains(scalars[open])
            }
            if scalars[open] == "<" { return open + 1 }
        }
        return 1
    }
}
