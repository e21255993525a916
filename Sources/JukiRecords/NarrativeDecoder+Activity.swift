import JukiDiagnostics
import JukiModel
import Yams

/// An activity of the results or the plan: its targets, its summary, its audit result.
extension NarrativeDecoder {
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
        let summary = f.optional(summaryKey) { self.summary($0, key: summaryKey) }
        let items = f.has("監査項目") ? f.texts("監査項目") : []
        let remarks = f.optionalText("備考")
        let result = f.optional(RecordKey.auditResult) { auditResult($0, path: path.appending(RecordKey.auditResult)) }
        guard let name, let period, let conductors, let items, case .read(let targets) = targets,
              let summary, let result, let remarks else { return nil }
        return Activity(name: name, period: period, conductors: conductors, targets: targets,
                        summary: summary, auditItems: items, remarks: remarks, auditResult: result)
    }

    /// 対象所属 (a list; its count is computed) or 対象 with 対象所属数 (a description and a count).
    enum TargetsRead { case read(Targets?), invalid }

    func targets(_ f: YAMLRecordReader.Fields, place: String) -> TargetsRead {
        guard let stated = f.optional(RecordKey.targetCount, { reader.count($0, key: RecordKey.targetCount, kind: .units) }) else {
            return .invalid
        }
        if let listed = f.value(RecordKey.targetUnits) {
            if let key = f.keyNode("対象") {
                reader.report(.conflictingTargets, at: key)
                return .invalid
            }
            guard let units = f.texts(RecordKey.targetUnits) else { return .invalid }
            if let stated, let at = f.value(RecordKey.targetCount), stated != units.count {
                reader.report(.statedCountDisagrees(key: RecordKey.targetCount, stated: stated, computed: units.count,
                                                    computedFrom: "「対象所属」の並び"),
                              at: at, notes: [.init(.noteComputedHere(computed: units.count), at: reader.location(listed))])
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
        let remark = f.optionalText("所見")
        guard let n, let remark else { return nil }
        return AuditResult(unitsWithFindings: n, remark: remark)
    }
}
