import JukiDiagnostics
import JukiModel
import JukiRecords

extension PublishedReader {
    /// The 別添 sections after the plan, when the text carries them (as a build of an edition with the
    /// tables prints them): 別添1 and 別添2 (事務, 根拠, 件数) and 別添3 (… 区分, 提供先, 件数), each with its
    /// 計 row checked, not kept. Returns each table with where its heading stands.
    mutating func annexes() throws(Unplaceable) -> (affairs: [Int: ([AffairUse], SourceLocation)], published: [PublishedUse]?, ok: Bool) {
        var affairs: [Int: ([AffairUse], SourceLocation)] = [:]
        var published: [PublishedUse]?
        var ok = true
        var next = 0
        while let line = peek, let which = Headings.annex(line) {
            guard which >= next else { throw misplaced(line, "文の終わり（別添は1、2、3の順に1つずつ）") }
            next = which + 1
            index += 1
            let title = Headings.annexTitles[which]
            guard let group = Self.trailingGroup(line.text[...]) else { throw misplaced(line, "見出し「\(title)（年度）」") }
            checkYear(group.inner, line, expected: fiscalYear, figure: "別添\(which + 1)の年度")
            let columns = which == 2 ? 5 : 3
            let header = try self.next("別添\(which + 1)の表の見出しの行")
            let names = which == 2 ? "事務根拠区分提供先件数" : "事務根拠件数"
            guard header.folded == names else { throw misplaced(header, "別添\(which + 1)の表の見出しの行（\(which == 2 ? "事務、根拠、区分、提供先、件数" : "事務、根拠、件数")）") }
            let table = "別添\(which + 1)の表"
            var rows: [(cells: [Substring], line: TextLine)] = []
            var total: (Substring, TextLine)?
            while total == nil {
                let row = try self.next("\(table)の行（最後に計）")
                let cells = Self.annexCells(row, columns: columns)
                if let first = cells.first, Self.isTotal(first), let last = cells.last { total = (last, row); break }
                guard cells.count == columns else {
                    throw Unplaceable(diagnostic: Diagnostic(.importTableRow(table: table, expected: columns, found: cells.count), at: at(row)))
                }
                rows.append((cells, row))
            }
            var sum = 0
            if which < 2 {
                var list: [AffairUse] = []
                for (cells, row) in rows {
                    guard let affair = text(cells[0], row, key: RecordKey.affairColumn, path: nil),
                          let basis = text(cells[1], row, key: RecordKey.basis, path: nil),
                          let n = count(cells[2].hasSuffix("件") ? cells[2].dropLast() : cells[2], row, key: "件数", kind: .cases, path: nil)
                    else { ok = false; continue }
                    sum = Tally.sum([sum, n])
                    list.append(AffairUse(affair: affair, basis: basis, cases: n))
                }
                affairs[which] = (list, at(line))
            } else {
                var list: [PublishedUse] = []
                for (cells, row) in rows {
                    guard let affair = text(cells[0], row, key: RecordKey.affairColumn, path: nil),
                          let basis = text(cells[1], row, key: RecordKey.basis, path: nil),
                          let kind = PublishedUse.Kind(rawValue: Fold.fold(cells[2])),
                          let n = count(cells[4].hasSuffix("件") ? cells[4].dropLast() : cells[4], row, key: "件数", kind: .cases, path: nil)
                    else { ok = false; continue }
                    let recipient = Notation.isBlank(cells[3]) ? nil : text(cells[3], row, key: "提供先", path: nil)
                    sum = Tally.sum([sum, n])
                    list.append(PublishedUse(affair: affair, basis: basis, kind: kind, recipient: recipient, cases: n))
                }
                published = list
            }
            if let (cell, row) = total, let stated = count(cell.hasSuffix("件") ? cell.dropLast() : cell, row, key: "計", kind: .cases, path: nil) {
                check(figure: "\(table)の計", stated: "\(Notation.grouped(stated))件", counted: "\(Notation.grouped(sum))件",
                      at: at(row, cell), countedAt: rows.first.map { at($0.line) }, what: "各行の件数の合計")
            }
        }
        return (affairs, published, ok)
    }

    /// A 別添 row's cells: at each tab, empty cells kept (提供先 of a 利用); else at runs of blanks, a 利用's
    /// empty 提供先 put back.
    static func annexCells(_ row: TextLine, columns: Int) -> [Substring] {
        let t = row.text[...]
        let exact = t.split(separator: "\t", omittingEmptySubsequences: false).map { trimEnd($0.drop(while: Notation.isBlank)) }
        if exact.count == columns { return exact }
        var cells = self.cells(row, columns: columns)
        if columns == 5, cells.count == 4, Fold.fold(cells[2]) == PublishedUse.Kind.use.rawValue {
            cells.insert(cells[3].prefix(0), at: 3)
        }
        return cells
    }
}
