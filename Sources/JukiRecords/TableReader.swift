import JukiDiagnostics
import JukiModel

/// Reads the edition's CSV tables: `certified-staff.csv` (所属,人数) and `findings.csv` (区分,指摘事項,対応内容).
struct TableReader {
    private(set) var diagnostics = DiagnosticLog()
    private(set) var sources: [String: SourceFile] = [:]
    private(set) var locations: [FieldPath: SourceLocation] = [:]
    /// Where each 所属 of certified-staff.csv stands, by row: the place of `certified-staff.csv[i].所属`. An
    /// array, not entries of `locations`: hashing a FieldPath per row cost ~7 k instructions a row on a
    /// table of 100,000 rows (callgrind).
    private(set) var unitLocations: [SourceLocation] = []

    /// The place of a field path into the tables.
    func location(of path: FieldPath) -> SourceLocation? {
        if path.components.count == 3, path.components[0] == .key(RecordKey.certificationFile),
           case .index(let i) = path.components[1], path.components[2] == .key(RecordKey.unitColumn),
           unitLocations.indices.contains(i) {
            return unitLocations[i]
        }
        return locations[path]
    }

    /// Rows after the header, at most: with `RecordFile.tableLimit`, what bounds the memory of a build (short
    /// rows cost more per byte than long ones: `a,1` is 4 bytes and about 300 bytes of memory once built).
    static let defaultRowLimit = 10_000_000
    var rowLimit = defaultRowLimit

    static let certificationHeader = [RecordKey.unitColumn, "人数"]
    static let findingsHeader = ["区分", "指摘事項", "対応内容"]
    /// A row whose 所属 is one of these states the total; it is checked, not kept (合計 is what Excel's
    /// AutoSum row is often called; kept as a 所属, it would double the total).
    static let totalLabels: Set<String> = ["計", "合計", "総計"]

    mutating func certification(path: String) -> Certification? {
        var units: [CertifiedUnit] = []
        var stated: (Int, CSVTable.Field)?
        var ok = true
        var sum = RunningSum(column: "人数", path: path)
        defer { diagnostics += sum.diagnostics }
        guard table(path: path, header: Self.certificationHeader, optional: false, each: { me, file, row in
            if units.capacity == 0 {
                units.reserveCapacity(file.lineCount)
                me.unitLocations.reserveCapacity(file.lineCount)
            }
            let unit = row.fields[0], countField = row.fields[1]
            guard let name = me.text(unit, column: RecordKey.unitColumn, file: file) else { ok = false; return }
            // 計, 合計, 総計 (全角 spaces allowed): only a short name starting with 計 合 総 or a 全角 space (its
            // first UTF-8 byte) is filtered and looked up; the other rows skip that (1,000,000 rows: 3.1 → 1.7 s
            // with the check of an empty count made byte-level too).
            let isTotal = name.utf8.count <= 18 && [0xE8, 0xE5, 0xE7, 0xE3].contains(name.utf8.first ?? 0)
                && Self.totalLabels.contains(name.filter { $0 != "\u{3000}" })
            guard let n = me.count(countField, unit: "人", column: "人数", kind: isTotal ? .staffTotal : .staffOfUnit,
                                   file: file) else { ok = false; return }
            if isTotal {
                stated = (n, countField)
                return
            }
            guard sum.add(n, at: countField) else { ok = false; return }
            me.unitLocations.append(me.location(unit, file))
            units.append(CertifiedUnit(unit: name, count: n))
        }) != nil, ok else { return nil }
        if units.isEmpty {
            let problem: Problem = stated == nil ? .csvNoRows(path) : .csvOnlyTotalRow(path, header: Self.certificationHeader)
            diagnostics.append(Diagnostic(problem, at: SourceLocation(file: path, line: 1, column: 1)))
            return nil
        }
        let table = Certification(rows: units)
        if let (n, field) = stated, n != table.total {
            diagnostics.append(Diagnostic(.csvStatedTotalDisagrees(stated: n, computed: table.total),
                                          at: SourceLocation(file: path, line: field.line, column: field.column)))
            return nil
        }
        return table
    }

    mutating func findings(path: String) -> [(AuditArea, Finding)]? {
        guard InputFile.exists(path) else { return [] }
        var out: [(AuditArea, Finding)] = []
        var ok = true
        guard table(path: path, header: Self.findingsHeader, optional: true, each: { me, file, row in
            let texts = zip(row.fields, Self.findingsHeader).map { me.text($0, column: $1, file: file) }
            guard let areaText = texts[0], let finding = texts[1], let response = texts[2] else { ok = false; return }
            guard let area = AuditArea(rawValue: areaText) else {
                me.diagnostics.append(Diagnostic(.csvUnknownArea(areaText), at: me.location(row.fields[0], file)))
                ok = false
                return
            }
            out.append((area, Finding(finding: finding, response: response)))
        }) != nil else { return nil }
        locations[FieldPath().appending(RecordKey.findingsFile)] = SourceLocation(file: path, line: 1, column: 1)
        return ok ? out : nil
    }

    static let affairHeader = [RecordKey.affairColumn, "根拠", "件数"]
    static let publicationHeader = [RecordKey.affairColumn, "根拠", "区分", "提供先", "件数"]

    /// 別添1 or 別添2: one row per 事務 that may use the information, with its 件数 (0 for none).
    mutating func affairAnnex(path: String, file name: String) -> [AffairUse]? {
        var out: [AffairUse] = []
        var ok = true
        var sum = RunningSum(column: "件数", path: path)
        defer { diagnostics += sum.diagnostics }
        guard table(path: path, header: Self.affairHeader, optional: false, each: { me, file, row in
            let affair = me.text(row.fields[0], column: RecordKey.affairColumn, file: file), basis = me.text(row.fields[1], column: "根拠", file: file)
            let cases = me.count(row.fields[2], unit: "件", column: "件数", kind: .cases, file: file)
            guard let affair, let basis, let cases, sum.add(cases, at: row.fields[2]) else { ok = false; return }
            me.locations[FieldPath().appending(name).appending(out.count).appending(RecordKey.affairColumn)] = me.location(row.fields[0], file)
            out.append(AffairUse(affair: affair, basis: basis, cases: cases))
        }) != nil else { return nil }
        return ok ? out : nil
    }

    /// 別添3: what is published, 事務 by 事務: 区分 利用 or 提供, and for 提供 its 提供先.
    mutating func publicationAnnex(path: String) -> [PublishedUse]? {
        var out: [PublishedUse] = []
        var ok = true
        var sum = RunningSum(column: "件数", path: path)
        defer { diagnostics += sum.diagnostics }
        guard table(path: path, header: Self.publicationHeader, optional: false, each: { me, file, row in
            let affair = me.text(row.fields[0], column: RecordKey.affairColumn, file: file), basis = me.text(row.fields[1], column: "根拠", file: file)
            let kindText = me.text(row.fields[2], column: "区分", file: file)
            let cases = me.count(row.fields[4], unit: "件", column: "件数", kind: .cases, file: file)
            guard let affair, let basis, let kindText, let cases, sum.add(cases, at: row.fields[4]) else { ok = false; return }
            guard let kind = PublishedUse.Kind(rawValue: kindText) else {
                me.diagnostics.append(Diagnostic(.csvUnknownKind(kindText), at: me.location(row.fields[2], file)))
                ok = false
                return
            }
            let recipientField = row.fields[3]
            var recipient: String?
            if kind == .provision {
                guard let r = me.text(recipientField, column: "提供先", file: file) else { ok = false; return }
                recipient = r
            } else if !Notation.isBlank(recipientField.text) {
                me.diagnostics.append(Diagnostic(.csvRecipientForUse, at: me.location(recipientField, file)))
                ok = false
                return
            }
            out.append(PublishedUse(affair: affair, basis: basis, kind: kind, recipient: recipient, cases: cases))
        }) != nil else { return nil }
        return ok ? out : nil
    }

    /// Gives `each` the rows after the header in turn, each with exactly the header's fields; blank rows
    /// (Excel leaves them) dropped. The table is never held whole: only what `each` keeps of a row stays.
    /// Nil when the table cannot be read (its file, its CSV, its header, a row's fields): then the problem is
    /// reported, and only that problem if the CSV itself is broken.
    private mutating func table(path: String, header: [String], optional: Bool,
                                each: (inout TableReader, SourceFile, CSVTable.Row) -> Void) -> SourceFile? {
        let file: SourceFile
        switch RecordFile.load(path, limit: RecordFile.tableLimit) {
        case .success(let f): file = f
        case .failure(let d):
            diagnostics.append(d)
            return nil
        }
        sources[path] = file
        let before = diagnostics
        var head: CSVTable.Row?
        var headerOK = true
        var bodyRows = 0
        var ok = true
        let failure = CSVTable.parse(file.text) { row in
            guard headerOK, !row.isBlank else { return }
            guard head != nil else {
                head = row
                let names = trimmingTrailingEmpty(row.fields.map { Notation.trimmed($0.text) })
                if names != header {
                    diagnostics.append(Diagnostic(.csvHeader(expected: header, found: names),
                                                  at: SourceLocation(file: path, line: row.line, column: 1)))
                    headerOK = false
                }
                return
            }
            bodyRows += 1
            guard bodyRows <= rowLimit else {
                if bodyRows == rowLimit + 1 {
                    diagnostics.append(Diagnostic(.csvTooManyRows(path, limit: rowLimit),
                                                  at: SourceLocation(file: path, line: row.line, column: 1)))
                    ok = false
                }
                return
            }
            var row = row
            let extra = row.fields.dropFirst(header.count)
            if row.fields.count < header.count || extra.contains(where: { !$0.text.isEmpty }) {
                let found = row.fields.count < header.count ? row.fields.count : trimmingTrailingEmpty(row.fields.map(\.text)).count
                // Point at the first field too many, or at the last field of a short row.
                let spot = row.fields.count > header.count ? row.fields[header.count] : row.fields[row.fields.count - 1]
                diagnostics.append(Diagnostic(.csvFieldCount(expected: header.count, found: found), at: location(spot, file)))
                ok = false
                return
            }
            if row.fields.count != header.count { row.fields = Array(row.fields.prefix(header.count)) }
            each(&self, file, row)
        }
        if let failure {
            let (problem, line, column): (Problem, Int, Int)
            switch failure {
            case .unterminatedQuote(let l, let c): (problem, line, column) = (.csvUnterminatedQuote, l, c)
            case .strayQuote(let l, let c): (problem, line, column) = (.csvStrayQuote, l, c)
            case .textAfterQuote(let l, let c): (problem, line, column) = (.csvTextAfterQuote, l, c)
            }
            diagnostics = before
            diagnostics.append(Diagnostic(problem, at: SourceLocation(file: path, line: line, column: column)))
            return nil
        }
        guard let head else {
            diagnostics.append(Diagnostic(.fileEmpty(path), at: nil))
            return nil
        }
        guard headerOK else { return nil }
        if bodyRows == 0 && !optional {
            diagnostics.append(Diagnostic(.csvNoRows(path), at: SourceLocation(file: path, line: head.line, column: 1)))
            return nil
        }
        return ok ? file : nil
    }

    private func trimmingTrailingEmpty(_ names: [String]) -> [String] {
        var n = names
        while n.count > 1, n.last?.isEmpty == true { n.removeLast() }
        return n
    }

    private func location(_ field: CSVTable.Field, _ file: SourceFile) -> SourceLocation {
        SourceLocation(file: file.path, line: field.line, column: field.column)
    }

    /// A cell's text (`RecordValue.text`).
    private mutating func text(_ field: CSVTable.Field, column: String, file: SourceFile) -> String? {
        // Nearly every field needs none of the work of the full rule: no blank at either end, no line break or
        // other control character. One pass over its bytes says so (the checks by Character cost ~8 k
        // instructions a field; callgrind, 100,000 rows).
        if Self.isPlain(field.text) { return field.text }
        return checked(RecordValue.text(field.text, key: column), field, column: column, file: file)
    }

    /// A count cell as published tables show it: 6 or 6人, 11000 or 11000件 (`RecordValue.count`).
    private mutating func count(_ field: CSVTable.Field, unit: Character, column: String, kind: CountKind,
                                file: SourceFile) -> Int? {
        checked(RecordValue.count(field.text, key: column, kind: kind, unit: unit), field, column: column, file: file)
    }

    /// The value, or its fault reported at the field: a refused character at its place (a quoted field's
    /// text starts one column after its quote).
    private mutating func checked<T>(_ result: Result<T, RecordValue.Fault>, _ field: CSVTable.Field, column: String,
                                     file: SourceFile) -> T? {
        switch result {
        case .success(let v):
            return v
        case .failure(.value(let problem)):
            diagnostics.append(Diagnostic(problem, at: location(field, file)))
        case .failure(.character(let c, let offset)):
            let quoted = file.line(field.line).map { Array($0.unicodeScalars).dropFirst(field.column - 1).first == "\"" } ?? false
            diagnostics.append(Diagnostic(.forbiddenCharacter(key: column, c),
                                          at: SourceLocation(file: file.path, line: field.line,
                                                             column: field.column + (quoted ? 1 : 0) + offset)))
        }
        return nil
    }

    /// Not empty, no blank first or last (`Notation.hasBlankEnd`), nothing the text rule may refuse (a
    /// control, direction or zero-width character, a noncharacter, more bytes than the longest value has
    /// characters), no 【 (which may begin the 【要記入】 mark): then the full rule would return the text as it is.
    static func isPlain(_ text: String) -> Bool {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { b -> Bool in
            guard !b.isEmpty, !Notation.hasBlankEnd(utf8: b),
                  b.count <= TextRules.maxLength, !TextRules.mayHoldForbidden(utf8: b) else {
                return false
            }
            var i = 0
            while i + 2 < b.count {
                // 【 (E3 80 90) may begin the 【要記入】 mark: such a field takes the full path.
                if b[i] == 0xE3, b[i + 1] == 0x80, b[i + 2] == 0x90 { return false }
                i += 1
            }
            return true
        } ?? false
    }
}

/// The sum of a count column, row by row: past `Tally.maximum` (what the archive can hold) it is refused at
/// the row where it passes, once; the rows after it are not summed again.
struct RunningSum {
    let column: String
    let path: String
    private(set) var total = 0
    private(set) var diagnostics: [Diagnostic] = []

    init(column: String, path: String) {
        self.column = column
        self.path = path
    }

    /// False when the sum has passed the maximum (at this row or before).
    mutating func add(_ n: Int, at field: CSVTable.Field) -> Bool {
        guard diagnostics.isEmpty else { return false }
        let (s, overflow) = total.addingReportingOverflow(n)
        guard !overflow, s <= Tally.maximum else {
            diagnostics.append(Diagnostic(.countSumTooLarge(key: column),
                                          at: SourceLocation(file: path, line: field.line, column: field.column)))
            return false
        }
        total = s
        return true
    }
}
