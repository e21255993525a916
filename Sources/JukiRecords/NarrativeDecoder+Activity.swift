import JukiDiagnostics
import JukiModel
import Yams

/// An activity of the results or the plan: its targets, its summary, its audit result.
extension NarrativeDecoder {
    func activity(_ node: Node, path: FieldPath, inPlan: Bool) -> Activity? {
        let summaryKey = inPlan ? RecordKey.content : RecordKey.summary
        let allowed = inPlan
            ? [RecordKey.name, RecordKey.period, RecordKey.target, RecordKey.targetCount, RecordKey.targetUnits,
               RecordKey.content, RecordKey.auditItems, RecordKey.remarks]
            : [RecordKey.name, RecordKey.period, RecordKey.conductors, RecordKey.target, RecordKey.targetCount,
               RecordKey.targetUnits, RecordKey.summary, RecordKey.remarks, RecordKey.auditResult, RecordKey.auditItems]
        let place = "「\(inPlan ? "次年度計画の点検・監査" : RecordKey.activities)」の\(path.index + 1)番目"
        guard let f = reader.fields(node, path: path, name: RecordKey.activities, place: place,
                                    allowed: allowed, required: [RecordKey.name, RecordKey.period]) else { return nil }
        let name = f.text(RecordKey.name), period = f.period(RecordKey.period)
        let conductors = f.has(RecordKey.conductors) ? f.texts(RecordKey.conductors) : []
        let targets = self.targets(f, place: place)
        let summary = f.optional(summaryKey) { self.summary($0, key: summaryKey) }
        let items = f.has(RecordKey.auditItems) ? f.texts(RecordKey.auditItems) : []
        let remarks = f.optionalText(RecordKey.remarks)
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
            if let key = f.keyNode(RecordKey.target) {
                reader.report(.conflictingTargets, at: key)
                return .invalid
            }
            guard let units = f.texts(RecordKey.targetUnits) else { return .invalid }
            if let stated, let at = f.value(RecordKey.targetCount), stated != units.count {
                reader.report(.statedCountDisagrees(key: RecordKey.targetCount, stated: stated, computed: units.count,
                                                    computedFrom: "「\(RecordKey.targetUnits)」の並び"),
                              at: at, notes: [.init(.noteComputedHere(computed: units.count), at: reader.location(listed))])
                return .invalid
            }
            return .read(.units(units))
        }
        if f.has(RecordKey.target) {
            guard let text = f.text(RecordKey.target) else { return .invalid }
            guard let stated else {
                if !f.has(RecordKey.targetCount) && !f.suggested.contains(RecordKey.targetCount) {
                    reader.report(.missingKey(RecordKey.targetCount, in: place), at: f.node)
                }
                return .invalid
            }
            return .read(.described(text, unitCount: stated))
        }
        if f.has(RecordKey.targetCount) {
            if !f.suggested.contains(RecordKey.targetUnits) && !f.suggested.contains(RecordKey.target) {
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
        guard let f = reader.fields(node, path: path, name: RecordKey.auditResult, place: "「\(RecordKey.auditResult)」",
                                    allowed: [RecordKey.unitsWithFindings, RecordKey.findingsRemark],
                                    required: [RecordKey.unitsWithFindings]) else { return nil }
        let n = f.count(RecordKey.unitsWithFindings, .units)
        let remark = f.optionalText(RecordKey.findingsRemark)
        guard let n, let remark else { return nil }
        return AuditResult(unitsWithFindings: n, remark: remark)
    }
}
