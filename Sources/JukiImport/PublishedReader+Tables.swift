import JukiDiagnostics
import JukiModel
import JukiRecords

extension PublishedReader {
    /// A table row's cells: split at runs of blanks that hold a tab; a row copied from a web page, without
    /// tabs, at runs of two or more blanks, and failing that at single blanks (`columns` tells how many
    /// cells it should have).
    static func cells(_ line: TextLine, columns: Int) -> [Substring] {
        let t = line.text[...]
        if t.contains("\t") { return split(t, minimumRun: 1, needsTab: true) }
        let wide = split(t, minimumRun: 2)
        if wide.count >= columns { return wide }
        let narrow = split(t, minimumRun: 1)
        return narrow.count == columns ? narrow : wide
    }

    static func trimEnd(_ s: Substring) -> Substring {
        var e = s.endIndex
        while e > s.startIndex, Notation.isBlank(s[s.index(before: e)]) { e = s.index(before: e) }
        return s[..<e]
    }

    /// Cells separated by runs of at least `minimumRun` blanks (holding a tab, if `needsTab`).
    static func split(_ t: Substring, minimumRun: Int, needsTab: Bool = false) -> [Substring] {
        var out: [Substring] = []
        var start = t.startIndex, i = t.startIndex
        while i < t.endIndex {
            guard Notation.isBlank(t[i]) else { i = t.index(after: i); continue }
            var j = i, n = 0, tab = false
            while j < t.endIndex, Notation.isBlank(t[j]) { tab = tab || t[j] == "\t"; j = t.index(after: j); n += 1 }
            if n >= minimumRun && (tab || !needsTab) {
                out.append(t[start..<i])
                start = j
            }
            i = j
        }
        out.append(t[start...])
        return out.filter { !$0.isEmpty }
    }

    /// Whether a cell is 計 (blanks inside it aside: 計, 合 計).
    static func isTotal(_ cell: Substring) -> Bool { Fold.fold(cell) == "計" }

    /// (4): - 令和5年3月31日現在の認証人数は、752人, then the 2-column table read down the left pair, then
    /// the right; its 計 row checked, not kept.
    mutating func certification() throws(Unplaceable) -> Certification? {
        let first = "「- 年度末現在の認証人数は、N人」の行"
        let (line, body) = try bullet(first)
        guard let mark = body.range(of: "現在の認証人数は、") else { throw misplaced(line, first) }
        asOf(body[..<mark.lowerBound], line)
        let statedTotal = counted(body[mark.upperBound...], unit: "人", line, key: "認証人数", kind: .staffTotal, path: nil)
        let statedAt = at(line, body[mark.upperBound...])
        var left: [(String, Int, TextLine, Substring)] = [], right: [(String, Int, TextLine, Substring)] = []
        var total: (Int?, TextLine, Substring)?
        var ok = true
        let table = "照合情報認証の表"
        while total == nil {
            let expected = "\(table)の行（所属と人数、最後に計）"
            let row = try next(expected)
            if Headings.known(row, fiscalYear: fiscalYear) != nil { throw misplaced(row, expected) }
            let pairs = gridPairs(row)
            guard !pairs.isEmpty, pairs.count <= 2, pairs.allSatisfy({ $0.countText != nil }) else {
                let cells = Self.split(row.text[...], minimumRun: 1).count
                throw Unplaceable(diagnostic: Diagnostic(.importTableRow(table: table, expected: 4, found: cells), at: at(row)))
            }
            for (i, pair) in pairs.enumerated() {
                guard let countText = pair.countText else { continue }
                if Self.isTotal(pair.name) {
                    total = (count(countText, row, key: "計", kind: .staffTotal, path: nil), row, pair.name)
                    continue
                }
                guard let n = count(countText, row, key: TableReader.certificationHeader[1], kind: .staffOfUnit, path: nil),
                      let name = text(pair.name, row, key: RecordKey.unitColumn, path: nil) else { ok = false; continue }
                if i == 0 { left.append((name, n, row, pair.name)) } else { right.append((name, n, row, pair.name)) }
            }
        }
        let rows = left + right
        for (i, r) in rows.enumerated() {
            positions[FieldPath().appending(RecordKey.certificationFile).appending(i).appending(RecordKey.unitColumn)] = at(r.2, r.3)
        }
        let certification = Certification(rows: rows.map { CertifiedUnit(unit: $0.0, count: $0.1) })
        let sum = certification.total
        let firstRow = rows.first.map { at($0.2) }
        // A row that did not read leaves the sum short: its own message says what is wrong.
        guard ok else { return nil }
        if let (statedSum, tLine, tCell) = total, let statedSum {
            check(figure: "照合情報認証の表の計", stated: "\(Notation.grouped(statedSum))人", counted: "\(Notation.grouped(sum))人",
                  at: at(tLine, tCell), countedAt: firstRow, what: "各所属の人数の合計")
        }
        if let (n, _) = statedTotal, let n {
            check(figure: "認証人数", stated: "\(Notation.grouped(n))人", counted: "\(Notation.grouped(sum))人",
                  at: statedAt, countedAt: firstRow, what: "各所属の人数の合計")
        }
        return ok && !rows.isEmpty ? certification : nil
    }

    struct GridPair {
        var name: Substring
        /// The count's text without 人; nil when the row ends before it (a row cut short).
        var countText: Substring?
    }

    /// The pairs of a row of the certification table: a name (of one or more words) and its count (N人).
    func gridPairs(_ row: TextLine) -> [GridPair] {
        let t = row.text[...]
        let cells = t.contains("\t") ? t.split(separator: "\t").map { Self.trimEnd($0.drop(while: Notation.isBlank)) }.filter { !$0.isEmpty }
                                     : Self.split(t, minimumRun: 1)
        var out: [GridPair] = []
        var name: Substring?
        for cell in cells {
            if let n = name {
                if cell.hasSuffix("人") {
                    out.append(GridPair(name: n, countText: cell.dropLast()))
                    name = nil
                } else {
                    // A name of several words (copied with blanks between them): as the text has it.
                    name = t[n.startIndex..<cell.endIndex]
                }
            } else {
                name = cell
            }
        }
        if let name { out.append(GridPair(name: name, countText: nil)) }
        return out
    }
}
