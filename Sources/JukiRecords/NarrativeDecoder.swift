import JukiDiagnostics
import JukiModel
import Yams

/// Everything `report.yaml` holds: the edition without its CSV tables.
struct Narrative {
    var fiscalYear: FiscalYear
    var title: String
    var trainings: [Training]
    var trainingNote: TrainingNote?
    var activities: [Activity]
    var identityUse: IdentityUse
    var disclosure: Disclosure
    var findingsClosing: String?
    var plan: Plan

    /// The 別添 tables read beside report.yaml take the place of the figures they compute.
    mutating func attach(annexes: [String: [AffairUse]], publication: [PublishedUse]?) {
        if let rows = annexes[RecordKey.statutory] { identityUse.statutory = UseCategory(basis: identityUse.statutory.basis, annex: rows) }
        if let rows = annexes[RecordKey.ordinance] { identityUse.ordinance = UseCategory(basis: identityUse.ordinance.basis, annex: rows) }
        identityUse.publicationAnnex = publication
    }

    func edition(certification: Certification, findings: [(AuditArea, Finding)]) -> Edition {
        Edition(
            fiscalYear: fiscalYear, title: title,
            results: Results(trainings: trainings, trainingNote: trainingNote, activities: activities,
                             identityUse: identityUse, certification: certification, disclosure: disclosure),
            findings: AuditFindings(operational: findings.filter { $0.0 == .operational }.map(\.1),
                                    system: findings.filter { $0.0 == .system }.map(\.1),
                                    closing: findingsClosing),
            plan: plan)
    }
}

/// Decodes the narrative records; the keys here are the records format (README「記録の形式」).
struct NarrativeDecoder {
    let reader: YAMLRecordReader
    /// The categories (別表, 条例) whose 別添 table the edition carries.
    var annexed: Set<String> = []
    /// What report.yaml states beside those tables, by category.
    let statedWithAnnex = Box<[String: StatedFigures]>([:])

    func decode(_ root: Node) -> Narrative? {
        let top = FieldPath()
        guard let f = reader.fields(root, path: top, name: "report.yaml", place: "report.yaml の最上位",
                                    allowed: [RecordKey.fiscalYear, "表題", RecordKey.trainings, "研修の補足", RecordKey.activities,
                                              RecordKey.identityUse, RecordKey.disclosure, "指摘事項の結び", RecordKey.plan],
                                    required: [RecordKey.fiscalYear, "表題", RecordKey.trainings, RecordKey.activities, RecordKey.identityUse,
                                               RecordKey.disclosure, RecordKey.plan]) else { return nil }
        let year = f.text(RecordKey.fiscalYear).flatMap { t in reader.date(DateNotation.fiscalYear(t), at: f.value(RecordKey.fiscalYear)!, key: RecordKey.fiscalYear) }
        let title = f.text("表題")
        let trainings = f.items(RecordKey.trainings).map { training($0.node, path: $0.path, number: $0.path.index + 1) }
        let noteRead = f.value("研修の補足").map { trainingNote($0, path: top.appending("研修の補足")) }
        let activities = f.items(RecordKey.activities).map { activity($0.node, path: $0.path, inPlan: false) }
        let useRead = f.value(RecordKey.identityUse).flatMap { identityUse($0, path: top.appending(RecordKey.identityUse)) }
        let disclosureRead = f.value(RecordKey.disclosure).flatMap { disclosure($0, path: top.appending(RecordKey.disclosure)) }
        let closing = f.has("指摘事項の結び") ? f.text("指摘事項の結び") : nil
        let planRead = f.value(RecordKey.plan).flatMap { plan($0, path: top.appending(RecordKey.plan)) }

        guard let year, let title, let useRead, let disclosureRead, let planRead,
              let trainings = all(trainings), let activities = all(activities),
              noteRead.map({ $0 != nil }) ?? true, f.has("指摘事項の結び") == (closing != nil) else { return nil }
        return Narrative(fiscalYear: year, title: title, trainings: trainings, trainingNote: noteRead ?? nil,
                         activities: activities, identityUse: useRead, disclosure: disclosureRead,
                         findingsClosing: closing, plan: planRead)
    }

    func all<T>(_ items: [T?]) -> [T]? {
        let values = items.compactMap { $0 }
        return values.count == items.count ? values : nil
    }

    func training(_ node: Node, path: FieldPath, number: Int) -> Training? {
        guard let f = reader.fields(node, path: path, name: RecordKey.trainings, place: "「研修」の\(number)番目",
                                    allowed: [RecordKey.period, "時期の注記", "受講者", "講師", "内容", "備考"],
                                    required: [RecordKey.period, "受講者", "講師", "内容"]) else { return nil }
        let period = f.period(RecordKey.period)
        let note = f.has("時期の注記") ? f.text("時期の注記") : nil
        let participants = f.value("受講者").flatMap { participantList($0, path: path.appending("受講者")) }
        let lecturer = f.text("講師"), content = f.text("内容")
        let remarks = f.has("備考") ? f.text("備考") : nil
        guard let period, let participants, let lecturer, let content,
              f.has("時期の注記") == (note != nil), f.has("備考") == (remarks != nil) else { return nil }
        return Training(period: period, periodNote: note, participants: participants, lecturer: lecturer,
                        content: content, remarks: remarks)
    }

    /// 受講者: one `group: count` line per group, in the order printed.
    func participantList(_ node: Node, path: FieldPath) -> [Participants]? {
        guard case .mapping(let m) = node else {
            reader.reportNotMapping(node, key: "受講者")
            return nil
        }
        var out: [Participants] = []
        var ok = true
        for (key, value) in m {
            guard let group = reader.text(key, key: "受講者"), let n = reader.count(value, key: "受講者（\(group)）", kind: .people) else {
                ok = false
                continue
            }
            out.append(Participants(group: group, count: n))
        }
        return ok ? out : nil
    }

    func trainingNote(_ node: Node, path: FieldPath) -> TrainingNote? {
        guard let f = reader.fields(node, path: path, name: "研修の補足", place: "「研修の補足」",
                                    allowed: ["本文", "受講者数"], required: ["本文", "受講者数"]) else { return nil }
        // Read both before judging, so that a problem in each is reported.
        let text = f.text("本文"), n = f.count("受講者数", .people)
        guard let text, let n else { return nil }
        return TrainingNote(text: text, participantCount: n)
    }

    func activity(_ node: Node, path: FieldPath, inPlan: Bool) -> Activity? {
        let summaryKey = inPlan ? "内容" : "実施概要"
        let allowed = inPlan
            ? ["名称", RecordKey.period, "対象", RecordKey.targetCount, RecordKey.targetUnits, "内容", "監査項目", "備考"]
            : ["名称", RecordKey.period, "実施者", "対象", RecordKey.targetCount, RecordKey.targetUnits, "実施概要", "備考", RecordKey.auditResult, "監査項目"]
        let place = "「\(inPlan ? "次年度計画の点検・監査" : RecordKey.activities)」の\(path.index + 1)番目"
        guard let f = reader.fields(node, path: path, name: RecordKey.activities, place: place,
                                    allowed: allowed, required: ["名称", RecordKey.period]) else { return nil }
        let name = f.text("名称"), period = f.period(RecordKey.period)
        let conductors = f.has("実施者") ? f.texts("実施者") : []
        let targets = self.targets(f, place: place)
        let summary = f.value(summaryKey).map { self.summary($0, key: summaryKey) }
        let items = f.has("監査項目") ? f.texts("監査項目") : []
        let remarks = f.has("備考") ? f.text("備考") : nil
        let result = f.value(RecordKey.auditResult).map { auditResult($0, path: path.appending(RecordKey.auditResult)) }
        guard let name, let period, let conductors, let items, case .read(let targets) = targets,
              summary.map({ $0 != nil }) ?? true, result.map({ $0 != nil }) ?? true,
              f.has("備考") == (remarks != nil) else { return nil }
        return Activity(name: name, period: period, conductors: conductors, targets: targets,
                        summary: summary ?? nil, auditItems: items, remarks: remarks, auditResult: result ?? nil)
    }

    /// 対象所属 (a list; its count is computed) or 対象 with 対象所属数 (a description and a count).
    enum TargetsRead { case read(Targets?), invalid }

    func targets(_ f: YAMLRecordReader.Fields, place: String) -> TargetsRead {
        let stated = f.has(RecordKey.targetCount) ? f.count(RecordKey.targetCount, .units) : nil
        if f.has(RecordKey.targetCount) && stated == nil { return .invalid }
        if f.has(RecordKey.targetUnits) {
            if f.has("対象") {
                reader.report(.conflictingTargets, at: f.keyNode("対象")!)
                return .invalid
            }
            guard let units = f.texts(RecordKey.targetUnits) else { return .invalid }
            if let stated, stated != units.count {
                reader.report(.statedCountDisagrees(key: RecordKey.targetCount, stated: stated, computed: units.count,
                                                    computedFrom: "「対象所属」の並び"),
                              at: f.value(RecordKey.targetCount)!,
                              notes: [.init(.noteComputedHere(computed: units.count), at: reader.location(f.value(RecordKey.targetUnits)!))])
                return .invalid
            }
            return .read(.units(units))
        }
        if f.has("対象") {
            guard let text = f.text("対象") else { return .invalid }
            guard let stated else {
                if !f.has(RecordKey.targetCount) && !f.suggested.contains(RecordKey.targetCount) {
                    reader.report(.missingKey(RecordKey.targetCount, in: place), at: f.node)
                }
                return .invalid
            }
            return .read(.described(text, unitCount: stated))
        }
        if f.has(RecordKey.targetCount) {
            if !f.suggested.contains(RecordKey.targetUnits) && !f.suggested.contains("対象") {
                reader.report(.missingKey(RecordKey.targetUnits, in: place), at: f.node)
            }
            return .invalid
        }
        return .read(nil)
    }

    func summary(_ node: Node, key: String) -> Summary? {
        switch node {
        case .scalar:
            return reader.text(node, key: key).map(Summary.inline)
        case .sequence(let seq):
            let paragraphs = seq.compactMap { reader.item($0, key: key) }
            return paragraphs.count == seq.count ? .paragraphs(paragraphs) : nil
        case .mapping(let m):
            var sections: [SummarySection] = []
            for (k, v) in m {
                guard let heading = reader.text(k, key: key), let text = reader.text(v, key: "\(key)（\(heading)）") else { continue }
                sections.append(SummarySection(heading: heading, text: text))
            }
            return sections.count == m.count ? .sections(sections) : nil
        case .alias:
            reader.report(.summaryShape(key: key), at: node)
            return nil
        }
    }

    func auditResult(_ node: Node, path: FieldPath) -> AuditResult? {
        guard let f = reader.fields(node, path: path, name: RecordKey.auditResult, place: "「監査結果」",
                                    allowed: [RecordKey.unitsWithFindings, "所見"], required: [RecordKey.unitsWithFindings]) else { return nil }
        let n = f.count(RecordKey.unitsWithFindings, .units)
        let remark = f.has("所見") ? f.text("所見") : nil
        guard let n, f.has("所見") == (remark != nil) else { return nil }
        return AuditResult(unitsWithFindings: n, remark: remark)
    }

    /// Figures `report.yaml` states for a category whose 別添 table the edition carries: each is optional,
    /// and checked against the table (EditionReader), then dropped.
    struct StatedFigures {
        var figures: [(key: String, value: Int, at: SourceLocation)] = []
    }

    func identityUse(_ node: Node, path: FieldPath) -> IdentityUse? {
        guard let f = reader.fields(node, path: path, name: RecordKey.identityUse,
                                    place: "「本人確認情報の利用又は提供」",
                                    allowed: [RecordKey.statutory, RecordKey.ordinance, "公表"], required: [RecordKey.statutory, RecordKey.ordinance, "公表"]) else { return nil }
        let statutory = f.value(RecordKey.statutory).flatMap { useCategory($0, path: path.appending(RecordKey.statutory), name: RecordKey.statutory) }
        let ordinance = f.value(RecordKey.ordinance).flatMap { useCategory($0, path: path.appending(RecordKey.ordinance), name: RecordKey.ordinance) }
        let publication = f.text("公表")
        guard let statutory, let ordinance, let publication else { return nil }
        return IdentityUse(statutory: statutory, ordinance: ordinance, publication: publication)
    }

    /// The figures as stated, or, when the edition carries this category's 別添 table, the basis alone (the
    /// table fills the figures in; any figure also stated is kept in `stated` to be checked against it).
    func useCategory(_ node: Node, path: FieldPath, name: String) -> UseCategory? {
        let figureKeys = ["利用可能事務数", RecordKey.usedAffairs, "利用件数"]
        let annexed = self.annexed.contains(name)
        guard let f = reader.fields(node, path: path, name: name, place: "「\(name)」",
                                    allowed: ["利用可能事務数", "根拠", RecordKey.usedAffairs, "利用件数"],
                                    required: annexed ? [] : figureKeys) else { return nil }
        let counts = zip(figureKeys, [CountKind.affairs, .affairs, .cases]).map { f.has($0) ? f.count($0, $1) : nil }
        let basis = f.has("根拠") ? f.text("根拠") : nil
        guard f.has("根拠") == (basis != nil), zip(figureKeys, counts).allSatisfy({ !f.has($0) || $1 != nil }) else { return nil }
        if annexed {
            var stated = StatedFigures()
            for (key, value) in zip(figureKeys, counts) {
                if let value, let node = f.value(key) { stated.figures.append((key, value, reader.location(node))) }
            }
            statedWithAnnex.value[name] = stated
            return UseCategory(basis: basis, annex: [])
        }
        guard let available = counts[0], let used = counts[1], let cases = counts[2] else { return nil }
        return UseCategory(availableAffairs: available, basis: basis, usedAffairs: used, cases: cases)
    }

    func disclosure(_ node: Node, path: FieldPath) -> Disclosure? {
        guard let f = reader.fields(node, path: path, name: RecordKey.disclosure, place: "「開示」",
                                    allowed: [RecordKey.disclosureSince, "請求件数"], required: [RecordKey.disclosureSince, "請求件数"]) else { return nil }
        let since = f.day(RecordKey.disclosureSince), requests = f.count("請求件数", .cases)
        guard let since, let requests else { return nil }
        return Disclosure(since: since, requests: requests)
    }

    func plan(_ node: Node, path: FieldPath) -> Plan? {
        guard let f = reader.fields(node, path: path, name: RecordKey.plan, place: "「次年度計画」",
                                    allowed: [RecordKey.trainings, RecordKey.activities], required: [RecordKey.trainings, RecordKey.activities]) else { return nil }
        let trainings = f.items(RecordKey.trainings).map { plannedTraining($0.node, path: $0.path) }
        let activities = f.items(RecordKey.activities).map { activity($0.node, path: $0.path, inPlan: true) }
        guard let trainings = all(trainings), let activities = all(activities) else { return nil }
        return Plan(trainings: trainings, activities: activities)
    }

    func plannedTraining(_ node: Node, path: FieldPath) -> PlannedTraining? {
        guard let f = reader.fields(node, path: path, name: RecordKey.trainings, place: "「次年度計画の研修」の\(path.index + 1)番目",
                                    allowed: [RecordKey.period, "対象", "内容"], required: [RecordKey.period, "対象", "内容"]) else { return nil }
        let period = f.period(RecordKey.period), audience = f.text("対象"), content = f.text("内容")
        guard let period, let audience, let content else { return nil }
        return PlannedTraining(period: period, audience: audience, content: content)
    }
}

extension FieldPath {
    /// The index of the last component, for "the Nth item" in messages.
    var index: Int {
        if case .index(let i) = components.last { return i }
        return 0
    }
}

/// A shared slot for what a decoder learns on the way (the decoder itself is a value passed around).
final class Box<T> {
    var value: T
    init(_ value: T) { self.value = value }
}
