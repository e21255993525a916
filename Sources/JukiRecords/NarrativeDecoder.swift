import JukiDiagnostics
import JukiModel
import Yams

/// Decodes `report.yaml` into the edition it describes; the keys here are the records format (README
/// 「記録の形式」). The parts the CSV tables hold are left empty, and a category whose 別添 table the
/// edition carries has no rows yet: `EditionReader` puts the tables in (`Edition.attach`).
struct NarrativeDecoder {
    let reader: YAMLRecordReader
    /// The categories whose 別添 table the edition carries.
    let annexed: Set<IdentityUse.Category>
    /// What report.yaml states beside those tables, by category.
    var statedWithAnnex: [IdentityUse.Category: StatedFigures] = [:]

    init(reader: YAMLRecordReader, annexed: Set<IdentityUse.Category> = []) {
        self.reader = reader
        self.annexed = annexed
    }

    mutating func decode(_ root: Node) -> Edition? {
        let top = FieldPath()
        guard let f = reader.fields(root, path: top, name: "report.yaml", place: "report.yaml の最上位",
                                    allowed: [RecordKey.fiscalYear, RecordKey.title, RecordKey.trainings, RecordKey.trainingNote,
                                              RecordKey.activities, RecordKey.identityUse, RecordKey.disclosure,
                                              RecordKey.findingsClosing, RecordKey.plan],
                                    required: [RecordKey.fiscalYear, RecordKey.title, RecordKey.trainings, RecordKey.activities,
                                               RecordKey.identityUse, RecordKey.disclosure, RecordKey.plan]) else { return nil }
        let year = f.date(RecordKey.fiscalYear, DateNotation.fiscalYear)
        let title = f.text(RecordKey.title)
        let trainings = f.items(RecordKey.trainings).map { training($0.node, path: $0.path, number: $0.path.index + 1) }
        let note = f.optional(RecordKey.trainingNote) { trainingNote($0, path: top.appending(RecordKey.trainingNote)) }
        let activities = f.items(RecordKey.activities).map { activity($0.node, path: $0.path, inPlan: false) }
        let use = f.value(RecordKey.identityUse).flatMap { identityUse($0, path: top.appending(RecordKey.identityUse)) }
        let disclosure = f.value(RecordKey.disclosure).flatMap { self.disclosure($0, path: top.appending(RecordKey.disclosure)) }
        let closing = f.optionalText(RecordKey.findingsClosing)
        let plan = f.value(RecordKey.plan).flatMap { self.plan($0, path: top.appending(RecordKey.plan)) }

        guard let year, let title, let use, let disclosure, let plan, let note, let closing,
              let trainings = all(trainings), let activities = all(activities) else { return nil }
        return Edition(fiscalYear: year, title: title,
                       results: Results(trainings: trainings, trainingNote: note, activities: activities, identityUse: use,
                                        certification: Certification(rows: []), disclosure: disclosure),
                       findings: AuditFindings(operational: [], system: [], closing: closing),
                       plan: plan)
    }

    /// Every item, or nil when any was refused.
    func all<T>(_ items: [T?]) -> [T]? {
        let values = items.compactMap { $0 }
        return values.count == items.count ? values : nil
    }

    func training(_ node: Node, path: FieldPath, number: Int) -> Training? {
        guard let f = reader.fields(node, path: path, name: RecordKey.trainings, place: "「\(RecordKey.trainings)」の\(number)番目",
                                    allowed: [RecordKey.period, RecordKey.periodNote, RecordKey.participants,
                                              RecordKey.lecturer, RecordKey.content, RecordKey.remarks],
                                    required: [RecordKey.period, RecordKey.participants, RecordKey.lecturer,
                                               RecordKey.content]) else { return nil }
        let period = f.period(RecordKey.period)
        let note = f.optionalText(RecordKey.periodNote)
        let participants = f.value(RecordKey.participants)
            .flatMap { participantList($0, path: path.appending(RecordKey.participants)) }
        let lecturer = f.text(RecordKey.lecturer), content = f.text(RecordKey.content)
        let remarks = f.optionalText(RecordKey.remarks)
        guard let period, let participants, let lecturer, let content, let note, let remarks else { return nil }
        return Training(period: period, periodNote: note, participants: participants, lecturer: lecturer,
                        content: content, remarks: remarks)
    }

    /// 受講者: one `group: count` line per group, in the order printed.
    func participantList(_ node: Node, path: FieldPath) -> [Participants]? {
        guard case .mapping(let m) = node else {
            reader.reportNotMapping(node, key: RecordKey.participants)
            return nil
        }
        var out: [Participants] = []
        var ok = true
        for (key, value) in m {
            guard let group = reader.text(key, key: RecordKey.participants),
                  let n = reader.count(value, key: "\(RecordKey.participants)（\(group)）", kind: .people) else {
                ok = false
                continue
            }
            reader.remember(path.appending(out.count), value)
            out.append(Participants(group: group, count: n))
        }
        return ok ? out : nil
    }

    func trainingNote(_ node: Node, path: FieldPath) -> TrainingNote? {
        guard let f = reader.fields(node, path: path, name: RecordKey.trainingNote, place: "「\(RecordKey.trainingNote)」",
                                    allowed: [RecordKey.noteText, RecordKey.participantCount],
                                    required: [RecordKey.noteText, RecordKey.participantCount]) else { return nil }
        // Read both before judging, so that a problem in each is reported.
        let text = f.text(RecordKey.noteText), n = f.count(RecordKey.participantCount, .people)
        guard let text, let n else { return nil }
        return TrainingNote(text: text, participantCount: n)
    }

    func disclosure(_ node: Node, path: FieldPath) -> Disclosure? {
        guard let f = reader.fields(node, path: path, name: RecordKey.disclosure, place: "「\(RecordKey.disclosure)」",
                                    allowed: [RecordKey.disclosureSince, RecordKey.requests],
                                    required: [RecordKey.disclosureSince, RecordKey.requests]) else { return nil }
        let since = f.day(RecordKey.disclosureSince), requests = f.count(RecordKey.requests, .cases)
        guard let since, let requests else { return nil }
        return Disclosure(since: since, requests: requests)
    }

    func plan(_ node: Node, path: FieldPath) -> Plan? {
        guard let f = reader.fields(node, path: path, name: RecordKey.plan, place: "「\(RecordKey.plan)」",
                                    allowed: [RecordKey.trainings, RecordKey.activities],
                                    required: [RecordKey.trainings, RecordKey.activities]) else { return nil }
        let trainings = f.items(RecordKey.trainings).map { plannedTraining($0.node, path: $0.path) }
        let activities = f.items(RecordKey.activities).map { activity($0.node, path: $0.path, inPlan: true) }
        guard let trainings = all(trainings), let activities = all(activities) else { return nil }
        return Plan(trainings: trainings, activities: activities)
    }

    func plannedTraining(_ node: Node, path: FieldPath) -> PlannedTraining? {
        guard let f = reader.fields(node, path: path, name: RecordKey.trainings, place: "「次年度計画の研修」の\(path.index + 1)番目",
                                    allowed: [RecordKey.period, RecordKey.target, RecordKey.content],
                                    required: [RecordKey.period, RecordKey.target,
                                               RecordKey.content]) else { return nil }
        let period = f.period(RecordKey.period), audience = f.text(RecordKey.target), content = f.text(RecordKey.content)
        guard let period, let audience, let content else { return nil }
        return PlannedTraining(period: period, audience: audience, content: content)
    }
}
