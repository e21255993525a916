import JukiDiagnostics
import JukiModel

/// `findings.csv` (区分,指摘事項,対応内容): optional; absent, the audit found nothing.
extension TableReader {
    static let findingsHeader = ["区分", "指摘事項", "対応内容"]

    mutating func findings(path: String) -> [(AuditArea, Finding)]? {
        guard InputFile.exists(path) else { return [] }
        var out: [(AuditArea, Finding)] = []
        var ok = true
        guard table(path: path, header: Self.findingsHeader, optional: true, each: { me, file, row in
            guard let texts = me.texts(row, columns: Self.findingsHeader, file: file) else { ok = false; return }
            guard let area = AuditArea(rawValue: texts[0]) else {
                me.diagnostics.append(Diagnostic(.csvUnknownArea(texts[0]), at: me.location(row.fields[0], file)))
                ok = false
                return
            }
            out.append((area, Finding(finding: texts[1], response: texts[2])))
        }) != nil else { return nil }
        locations[FieldPath().appending(RecordKey.findingsFile)] = SourceLocation(file: path, line: 1, column: 1)
        return ok ? out : nil
    }
}
