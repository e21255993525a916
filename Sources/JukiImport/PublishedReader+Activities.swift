import JukiDiagnostics
import JukiModel
import JukiRecords

extension PublishedReader {
    /// 2 外部監査等 of the results or the plan: (n) name（period） and what follows it (text/activity).
    mutating func activities(_ part: EditionPlace.Part) throws(Unplaceable) -> [Activity?] {
        try heading(Headings.activities)
        var out: [Activity?] = []
        while let line = peek, let (n, rest) = Self.numbered(line), let group = Self.trailingGroup(rest) {
            index += 1
            checkNumber(n, expected: out.count + 1, line) { "(\($0))" }
            let base = part == .results ? FieldPath() : FieldPath().appending(RecordKey.plan)
            let path = base.appending(RecordKey.activities).appending(out.count)
            out.append(try activity(part, line, name: group.before, period: group.inner, path: path))
        }
        return out
    }

    mutating func activity(_ part: EditionPlace.Part, _ line: TextLine, name: Substring, period: Substring,
                           path: FieldPath) throws(Unplaceable) -> Activity? {
        var ok = true
        let name = text(name, line, key: RecordKey.name, path: path.appending(RecordKey.name))
        let period = date(period, line, key: RecordKey.period, path: path.appending(RecordKey.period), DateNotation.period)
        let section = "「\(name ?? "")」"
        var conductors: [String] = []
        if part == .results, let (cLine, value) = optionalLabeled(RecordKey.conductors) {
            for (i, item) in value.split(separator: "、", omittingEmptySubsequences: false).enumerated() {
                if let c = text(item, cLine, key: RecordKey.conductors, path: path.appending(RecordKey.conductors).appending(i)) {
                    conductors.append(c)
                } else { ok = false }
            }
        }
        var targets: Targets?
        if let (tLine, value) = optionalLabeled(RecordKey.target) {
            switch try self.targets(value, tLine, path: path, section: section) {
            case .some(let t): targets = t
            case .none: ok = false
            }
        }
        let label = part == .results ? RecordKey.summary : RecordKey.content
        var summary: Summary?
        if let (sLine, value) = optionalLabeled(label) {
            switch try self.summary(value, sLine, key: label, path: path.appending(label), section: section) {
            case .some(let s): summary = s
            case .none: ok = false
            }
        }
        var items: [String] = []
        if let itemsLine = peek, Fold.fold(itemsLine.text) == "【\(RecordKey.auditItems)】" {
            index += 1
            while let item = peek, item.text.hasPrefix("○") {
                index += 1
                if let s = text(item.text.dropFirst(), item, key: RecordKey.auditItems,
                                path: path.appending(RecordKey.auditItems).appending(items.count)) { items.append(s) } else { ok = false }
            }
        }
        let remarksLine = optionalLabeled(RecordKey.remarks)
        let remarks = remarksLine.flatMap { text($1, $0, key: RecordKey.remarks, path: path.appending(RecordKey.remarks)) }
        if remarksLine != nil && remarks == nil { ok = false }
        var result: AuditResult?
        if part == .results, let (rLine, value) = optionalLabeled(RecordKey.auditResult) {
            switch try auditResult(value, rLine, targets: targets?.unitCount ?? 0, targetsAt: positions[path.appending(RecordKey.target)],
                                   path: path.appending(RecordKey.auditResult)) {
            case .some(let r): result = r
            case .none: ok = false
            }
        }
        guard ok, let name, let period else { return nil }
        return Activity(name: name, period: period, conductors: conductors, targets: targets, summary: summary,
                        auditItems: items, remarks: remarks, auditResult: result)
    }

    /// 対象：市町村課、全利用所属（計54所属）, or 対象：（13所属） and the list of 所属 on the next line.
    mutating func targets(_ value: Substring, _ line: TextLine, path: FieldPath, section: String)
        throws(Unplaceable) -> Targets?? {
        positions[path.appending(RecordKey.target)] = at(line, value)
        guard let group = Self.trailingGroup(value), group.inner.hasSuffix("所属") else {
            throw misplaced(line, "\(section)の対象「対象：（N所属）」か「対象：…（計N所属）」")
        }
        let inner = group.inner.dropLast(2)
        if Notation.isBlank(group.before) {
            guard let n = count(inner, line, key: RecordKey.targetCount, kind: .units, path: nil) else { return .some(nil) }
            let expected = "\(section)の対象所属の一覧（「、」で区切った1行）"
            let listLine = try next(expected)
            if Headings.known(listLine, fiscalYear: fiscalYear) != nil || Self.labeled(listLine, RecordKey.summary) != nil
                || Self.labeled(listLine, RecordKey.content) != nil {
                throw misplaced(listLine, expected)
            }
            var units: [String] = []
            var ok = true
            for (i, item) in listLine.text.split(separator: "、", omittingEmptySubsequences: false).enumerated() {
                if let u = text(item, listLine, key: RecordKey.targetUnits, path: path.appending(RecordKey.targetUnits).appending(i)) {
                    units.append(u)
                } else { ok = false }
            }
            check(figure: "対象の所属数", stated: "（\(Notation.grouped(n))所属）", counted: "（\(Notation.grouped(units.count))所属）",
                  at: at(line, inner), countedAt: at(listLine), what: "所属の数")
            return ok ? .some(.units(units)) : .some(nil)
        }
        guard inner.hasPrefix("計") else { throw misplaced(line, "\(section)の対象「対象：…（計N所属）」") }
        let description = text(group.before, line, key: RecordKey.target, path: nil)
        let n = count(inner.dropFirst(), line, key: RecordKey.targetCount, kind: .units, path: path.appending(RecordKey.targetCount))
        guard let description, let n else { return .some(nil) }
        return .some(.described(description, unitCount: n))
    }

    /// 実施概要：text on its line, or below it paragraphs, or ○ headings each with its paragraph.
    mutating func summary(_ value: Substring, _ line: TextLine, key: String, path: FieldPath, section: String)
        throws(Unplaceable) -> Summary?? {
        if !Notation.isBlank(value) {
            return .some(text(value, line, key: key, path: path).map(Summary.inline))
        }
        positions[path] = at(line)
        if let first = peek, first.text.hasPrefix("○") {
            var sections: [SummarySection] = []
            var ok = true
            while let h = peek, h.text.hasPrefix("○") {
                index += 1
                let heading = text(h.text.dropFirst(), h, key: key, path: path.appending(sections.count))
                let body = try next("\(section)の「\(h.text)」の本文")
                if Self.endsBlock(body, fiscalYear: fiscalYear) { throw misplaced(body, "\(section)の「\(h.text)」の本文") }
                let t = text(body.text[...], body, key: key, path: nil)
                if let heading, let t { sections.append(SummarySection(heading: heading, text: t)) } else { ok = false }
            }
            return .some(ok ? .sections(sections) : nil)
        }
        var paragraphs: [String] = []
        var ok = true
        while let p = peek, !Self.endsBlock(p, fiscalYear: fiscalYear) {
            index += 1
            if let t = text(p.text[...], p, key: key, path: path.appending(paragraphs.count)) { paragraphs.append(t) } else { ok = false }
        }
        if paragraphs.isEmpty {
            let expected = "\(section)の\(key)の本文"
            throw misplaced(try next(expected), expected)
        }
        return .some(ok ? .paragraphs(paragraphs) : nil)
    }

    /// A line that ends a block of paragraphs: a label of what follows a summary, a numbered item, a heading.
    static func endsBlock(_ line: TextLine, fiscalYear: FiscalYear) -> Bool {
        if Headings.known(line, fiscalYear: fiscalYear) != nil || numbered(line) != nil { return true }
        if Fold.fold(line.text) == "【\(RecordKey.auditItems)】" { return true }
        return [RecordKey.remarks, RecordKey.auditResult].contains { labeled(line, $0) != nil }
    }

    /// 監査結果：15所属中3所属で指摘があった。remark / 監査結果：15所属とも指摘はなかった。remark.
    mutating func auditResult(_ value: Substring, _ line: TextLine, targets: Int, targetsAt: SourceLocation?,
                              path: FieldPath) throws(Unplaceable) -> AuditResult?? {
        positions[path] = at(line, value)
        let expected = "監査結果「N所属中M所属で指摘があった。」か「N所属とも指摘はなかった。」"
        guard let (stated, rest) = counted(value, unit: "所属", line, key: RecordKey.targetCount, kind: .units, path: nil) else {
            return .some(nil)
        }
        let withFindings: Int?
        let remark: Substring
        if rest.hasPrefix("中") {
            guard let (m, after) = counted(rest.dropFirst(), unit: "所属", line, key: RecordKey.unitsWithFindings, kind: .units,
                                           path: path.appending(RecordKey.unitsWithFindings)) else { return .some(nil) }
            guard after.hasPrefix("で指摘があった。") else { throw misplaced(line, expected) }
            withFindings = m
            remark = after.dropFirst("で指摘があった。".count)
        } else if rest.hasPrefix("とも指摘はなかった。") {
            withFindings = 0
            positions[path.appending(RecordKey.unitsWithFindings)] = at(line, rest)
            remark = rest.dropFirst("とも指摘はなかった。".count)
        } else {
            throw misplaced(line, expected)
        }
        if let stated {
            check(figure: "監査結果の対象所属数", stated: "\(Notation.grouped(stated))所属", counted: "\(Notation.grouped(targets))所属",
                  at: at(line, value), countedAt: targetsAt, what: "対象の所属数")
        }
        let remarkText = Notation.isBlank(remark) ? nil : text(remark, line, key: RecordKey.findingsRemark,
                                                                path: path.appending(RecordKey.findingsRemark))
        guard let withFindings, Notation.isBlank(remark) || remarkText != nil else { return .some(nil) }
        return .some(AuditResult(unitsWithFindings: withFindings, remark: remarkText))
    }
}
