import JukiDiagnostics
import JukiModel

/// `certified-staff.csv`: 所属,人数, one row per 所属, and perhaps a row stating the total.
extension TableReader {
    package static let certificationHeader = [RecordKey.unitColumn, "人数"]
    /// A row whose 所属 is one of these states the total; it is checked, not kept (合計 is what Excel's
    /// AutoSum row is often called; kept as a 所属, it would double the total).
    static let totalLabels: Set<String> = ["計", "合計", "総計"]

    /// Whether a 所属 (as `RecordValue.text` gives it) names the total row: one of `totalLabels`, blanks
    /// (`Notation.blanks`) inside it aside (「合　計」).
    static func isTotal(_ unit: String) -> Bool {
        totalLabels.contains(unit.filter { !Notation.isBlank($0) })
    }

    mutating func certification(path: String) -> Certification? {
        var units = CertifiedUnits()
        var stated: (Int, CSVTable.Field)?
        var ok = true
        var sum = RunningSum(column: "人数", path: path)
        defer { diagnostics += sum.diagnostics }
        locations[FieldPath().appending(RecordKey.certificationFile)] = SourceLocation(file: path, line: 1, column: 1)
        guard table(path: path, header: Self.certificationHeader, optional: false, each: { me, file, row in
            if me.unitFile.isEmpty {
                me.unitFile = file.path
                units = CertifiedUnits(text: file.text)
                units.reserveCapacity(file.lineCount)
                me.unitLocations.reserveCapacity(file.lineCount)
            }
            let unit = row.fields[0], countField = row.fields[1]
            // A plain 所属 (nearly every one) is read and kept as its bytes; any other through the full rule.
            var name: String?
            if !unit.withUTF8(CellShortcuts.isPlain(utf8:)) {
                name = me.text(unit, column: RecordKey.unitColumn, file: file)
                guard name != nil else { ok = false; return }
            }
            // Only a 所属 that begins as a label does is filtered and looked up (1,000,000 rows: 3.1 → 1.7 s with
            // the check of an empty count made byte-level too).
            let mayBeTotal = name.map(CellShortcuts.mayBeTotal) ?? unit.withUTF8(CellShortcuts.mayBeTotal(utf8:))
            let isTotal = mayBeTotal && Self.isTotal(name ?? unit.text)
            guard let n = me.count(countField, unit: "人", column: "人数", kind: isTotal ? .staffTotal : .staffOfUnit,
                                   file: file) else { ok = false; return }
            if isTotal {
                stated = (n, countField)
                return
            }
            guard sum.add(n, at: countField) else { ok = false; return }
            me.unitLocations.append((UInt32(clamping: unit.line), UInt32(clamping: unit.column)))
            if var name {
                name.withUTF8 { units.append(name: $0, count: n) }
            } else if let span = unit.span {
                units.append(nameIn: span, count: n)
            } else {
                unit.withUTF8 { units.append(name: $0, count: n) }
            }
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
}
