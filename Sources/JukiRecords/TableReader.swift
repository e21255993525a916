import JukiDiagnostics
import JukiModel

/// Reads the edition's CSV tables: `certified-staff.csv` (所属,人数), `findings.csv` (区分,指摘事項,対応内容) and the
/// 別添 tables. This file holds the reading every table shares (rows streamed under a checked header, each cell
/// through `RecordValue`); each table's own reader is in an extension beside it (`TableReader+Certification`,
/// `+Findings`, `+Annexes`), and the byte-level shortcuts for large tables are in `CellShortcuts`.
package struct TableReader {
    var diagnostics = DiagnosticLog()
    var sources: [String: SourceFile] = [:]
    var locations: [FieldPath: SourceLocation] = [:]
    /// Where each 所属 of certified-staff.csv stands, by row: the place of `certified-staff.csv[i].所属`. An
    /// array, not entries of `locations`: hashing a FieldPath per row cost ~7 k instructions a row on a
    /// table of 100,000 rows (callgrind). Line and column only, 8 bytes a row (a SourceLocation is 32): the
    /// file is `unitFile`. Both fit: a table has at most `RecordFile.tableLimit` bytes (512 MiB).
    var unitLocations: [(line: UInt32, column: UInt32)] = []
    var unitFile = ""

    /// The place of a field path into the tables.
    func location(of path: FieldPath) -> SourceLocation? {
        if path.components.count == 3, path.components[0] == .key(RecordKey.certificationFile),
           case .index(let i) = path.components[1], path.components[2] == .key(RecordKey.unitColumn),
           unitLocations.indices.contains(i) {
            let (line, column) = unitLocations[i]
            return SourceLocation(file: unitFile, line: Int(line), column: Int(column))
        }
        return locations[path]
    }

    /// Rows after the header, at most: with `RecordFile.tableLimit`, what bounds the memory of a build (short
    /// rows cost more per byte than long ones: `a,1` is 4 bytes and about 300 bytes of memory once built).
    static let defaultRowLimit = 10_000_000
    var rowLimit = defaultRowLimit

    /// Gives `each` the rows after the header in turn, each with exactly the header's fields; blank rows
    /// (Excel leaves them) dropped. The table is never held whole: only what `each` keeps of a row stays.
    /// Nil when the table cannot be read (its file, its CSV, its header, a row's fields): then the problem is
    /// reported, and only that problem if the CSV itself is broken.
    mutating func table(path: String, header: [String], optional: Bool,
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
            if row.fields.count < header.count || extra.contains(where: { !$0.isEmpty }) {
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

    func location(_ field: CSVTable.Field, _ file: SourceFile) -> SourceLocation {
        SourceLocation(file: file.path, line: field.line, column: field.column)
    }

    /// A cell's text (`RecordValue.text`).
    mutating func text(_ field: CSVTable.Field, column: String, file: SourceFile) -> String? {
        // Nearly every field needs none of the work of the full rule: no blank at either end, no line break or
        // other control character. One pass over its bytes says so (the checks by Character cost ~8 k
        // instructions a field; callgrind, 100,000 rows).
        if field.withUTF8(CellShortcuts.isPlain(utf8:)) { return field.text }
        return checked(RecordValue.text(field.text, key: column), field, column: column, file: file)
    }

    /// A row's cells under `columns` as text (`text`): nil when any is refused (each refusal reported).
    mutating func texts(_ row: CSVTable.Row, columns: [String], file: SourceFile) -> [String]? {
        let texts = zip(row.fields, columns).map { text($0, column: $1, file: file) }
        let kept = texts.compactMap { $0 }
        return kept.count == texts.count ? kept : nil
    }

    /// A count cell as published tables show it: 6 or 6人, 11000 or 11000件 (`RecordValue.count`).
    mutating func count(_ field: CSVTable.Field, unit: Character, column: String, kind: CountKind,
                                file: SourceFile) -> Int? {
        if let n = field.withUTF8(CellShortcuts.asciiCount(utf8:)), n <= kind.maximum { return n }
        return checked(RecordValue.count(field.text, key: column, kind: kind, unit: unit), field, column: column, file: file)
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
}
