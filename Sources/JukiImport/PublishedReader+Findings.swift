import JukiDiagnostics
import JukiModel
import JukiRecords

extension PublishedReader {
    /// 令和4年度外部監査 指摘事項一覧: each area's table (指摘事項, 対応内容) or なし, then the closing line.
    mutating func findings() throws(Unplaceable) -> AuditFindings? {
        let expected = "見出し「\(EraText.fiscalYear(fiscalYear))\(Headings.findingsTail)」"
        let line = try next(expected)
        let tail = Fold.fold(Headings.findingsTail)
        guard line.folded.hasSuffix(tail) else { throw misplaced(line, expected) }
        let year = line.text.prefix(while: { $0 != "外" })
        checkYear(year, line, expected: fiscalYear, figure: "指摘事項一覧の年度")
        positions[FieldPath().appending(RecordKey.findingsFile)] = at(line)
        var ok = true
        var areas: [[Finding]] = []
        for (area, heading) in [(AuditArea.operational, Headings.operational), (.system, Headings.system)] {
            try self.heading(heading)
            let table = "\(area.rawValue)の指摘事項の表"
            let first = try next("\(table)（見出し「指摘事項」「対応内容」）か「なし」")
            if first.folded == "なし" {
                areas.append([])
                continue
            }
            guard Fold.fold(first.text) == "指摘事項対応内容" else {
                throw misplaced(first, "\(table)（見出し「指摘事項」「対応内容」）か「なし」")
            }
            var rows: [Finding] = []
            while let row = peek, !endsFindings(row) {
                index += 1
                let cells = Self.cells(row, columns: 2)
                guard cells.count == 2 else {
                    throw Unplaceable(diagnostic: Diagnostic(.importTableRow(table: table, expected: 2, found: cells.count), at: at(row)))
                }
                let f = text(cells[0], row, key: "指摘事項", path: nil), r = text(cells[1], row, key: "対応内容", path: nil)
                if let f, let r { rows.append(Finding(finding: f, response: r)) } else { ok = false }
            }
            areas.append(rows)
        }
        var closing: String?
        if let c = peek, let dash = c.text.first, dash == "-" || dash == "－" {
            index += 1
            closing = text(c.text.dropFirst().drop(while: Notation.isBlank), c, key: RecordKey.findingsClosing,
                           path: FieldPath().appending(RecordKey.findingsClosing))
            if closing == nil { ok = false }
        }
        guard ok else { return nil }
        return AuditFindings(operational: areas[0], system: areas[1], closing: closing)
    }

    /// What ends a findings table: the next heading or the closing line.
    func endsFindings(_ line: TextLine) -> Bool {
        if Headings.known(line, fiscalYear: fiscalYear) != nil { return true }
        guard let dash = line.text.first else { return false }
        return (dash == "-" || dash == "－") && !line.text.contains("\t")
    }

    /// 令和5年度住基ネットのセキュリティ対策に係る事業: the plan's 研修 and 点検・監査.
    mutating func plan() throws(Unplaceable) -> ([PlannedTraining?], [Activity?]) {
        let year = fiscalYear.next
        let expected = "見出し「\(EraText.fiscalYear(year))\(Headings.planTail)」"
        let line = try next(expected)
        guard line.folded.hasSuffix(Fold.fold(Headings.planTail)) else { throw misplaced(line, expected) }
        checkYear(line.text.prefix(while: { $0 != "住" }), line, expected: year, figure: "次年度計画の年度")
        let trainings = try plannedTrainings()
        return (trainings, try activities(.plan))
    }
}
