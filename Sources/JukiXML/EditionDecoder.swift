import JukiDiagnostics
import JukiModel

/// Reads a schema-valid document's tree into the model. The schema has already checked the shape and the
/// lexical form of every value, so what is left are the checks the schema cannot make: periods that run
/// backwards and figures marked `derived="true"` that disagree with what the model computes
/// (`EditionDecoder+Derived`). The element of each place a model rule can point at is kept (`places`), so
/// that a broken rule is reported at its element.
struct EditionDecoder {
    let locator: ElementLocator
    private(set) var problems: [Diagnostic] = []
    /// Where the value at each place stood, for the model's rules.
    private(set) var places: [EditionPlace: SourceLocation] = [:]

    init(source: SourceFile) { locator = ElementLocator(source: source) }

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

    mutating func report(_ problem: Problem, at e: XMLElement) {
        problems.append(Diagnostic(problem, at: locator.location(e)))
    }

    mutating func note(_ place: EditionPlace, _ e: XMLElement) {
        places[place] = locator.location(e)
    }

    // MARK: Edition

    private mutating func edition(_ e: XMLElement) throws(Missing) -> Edition {
        let year = FiscalYear(startYear: try count(try child(e, "fiscalYear")))
        checkYearEnd(try child(e, "yearEnd"), year: year)
        let title = try text(try child(e, "title"))
        let results = try self.results(try child(e, "results"), year: year)
        let findings = try self.findings(try child(e, "findings"))
        let plan = try self.plan(try child(e, "plan"), year: year)
        return Edition(fiscalYear: year, title: title, results: results, findings: findings, plan: plan)
    }

    // MARK: Results

    private mutating func results(_ e: XMLElement, year: FiscalYear) throws(Missing) -> Results {
        var trainings: [Training] = []
        for (i, t) in try child(e, "trainings").children("training").enumerated() {
            trainings.append(try training(t, index: i))
        }
        var trainingNote: TrainingNote?
        if let n = e.child("trainingNote") {
            trainingNote = TrainingNote(text: try text(try child(n, "text")), participantCount: try count(try child(n, "participantCount")))
        }
        let activities = try self.activities(try child(e, "activities"), part: .results)
        let use = try child(e, "identityUse")
        var published: [PublishedUse]?
        if let annex = use.child("publicationAnnex") { published = try publicationAnnex(annex) }
        let identityUse = IdentityUse(statutory: try useCategory(try child(use, "statutory"), .statutory),
                                      ordinance: try useCategory(try child(use, "ordinance"), .ordinance),
                                      publication: try text(try child(use, "publication")),
                                      publicationAnnex: published)
        let certification = try self.certification(try child(e, "certification"))
        let d = try child(e, "disclosure")
        let since = try child(d, "since")
        note(.disclosureSince, since)
        guard let sinceDay = day(since) else { throw Missing(problem: nil) }
        let disclosure = Disclosure(since: sinceDay, requests: try count(try child(d, "requests")))
        return Results(trainings: trainings, trainingNote: trainingNote, activities: activities, identityUse: identityUse,
                       certification: certification, disclosure: disclosure)
    }

    private mutating func training(_ e: XMLElement, index: Int) throws(Missing) -> Training {
        let period = try self.period(try child(e, "period"), place: .trainingPeriod(.results, training: index))
        var participants: [Participants] = []
        for g in try child(e, "participants").children("group") {
            participants.append(Participants(group: try text(try child(g, "name")), count: try count(try child(g, "count"))))
        }
        return Training(period: period, periodNote: try e.child("periodNote").map(text), participants: participants,
                        lecturer: try text(try child(e, "lecturer")), content: try text(try child(e, "content")),
                        remarks: try e.child("remarks").map(text))
    }

    private mutating func useCategory(_ e: XMLElement, _ category: IdentityUse.Category) throws(Missing) -> UseCategory {
        let available = try child(e, "availableAffairs"), used = try child(e, "usedAffairs"), cases = try child(e, "cases")
        note(.usedAffairs(category), used)
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
        try checkAnnexFigures(available: available, used: used, cases: cases, of: category)
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
        var rows: [CertifiedUnit] = []
        for (i, u) in e.children("unit").enumerated() {
            let name = try child(u, "name")
            note(.certifiedUnit(i), name)
            rows.append(CertifiedUnit(unit: try text(name), count: try count(try child(u, "count"))))
        }
        let certification = Certification(rows: rows)
        checkTotal(try child(e, "total"), of: certification)
        return certification
    }
}
