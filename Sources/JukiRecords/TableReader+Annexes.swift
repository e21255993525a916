import JukiDiagnostics
import JukiModel

/// The 別添 tables: 別添1 and 別添2 (事務,根拠,件数), 別添3 (事務,根拠,区分,提供先,件数).
extension TableReader {
    static let affairHeader = [RecordKey.affairColumn, "根拠", "件数"]
    static let publicationHeader = [RecordKey.affairColumn, "根拠", "区分", "提供先", "件数"]

    /// 別添1 or 別添2: one row per 事務 that may use the information, with its 件数 (0 for none).
    mutating func affairAnnex(path: String, file name: String) -> [AffairUse]? {
        var out: [AffairUse] = []
        var ok = true
        var sum = RunningSum(column: "件数", path: path)
        defer { diagnostics += sum.diagnostics }
        guard table(path: path, header: Self.affairHeader, optional: false, each: { me, file, row in
            guard let (texts, cases) = me.annexRow(row, texts: 2, header: Self.affairHeader, sum: &sum, file: file) else {
                ok = false
                return
            }
            me.locations[FieldPath().appending(name).appending(out.count).appending(RecordKey.affairColumn)] = me.location(row.fields[0], file)
            out.append(AffairUse(affair: texts[0], basis: texts[1], cases: cases))
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
            guard let (texts, cases) = me.annexRow(row, texts: 3, header: Self.publicationHeader, sum: &sum, file: file) else {
                ok = false
                return
            }
            guard let kind = PublishedUse.Kind(rawValue: texts[2]) else {
                me.diagnostics.append(Diagnostic(.csvUnknownKind(texts[2]), at: me.location(row.fields[2], file)))
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
            out.append(PublishedUse(affair: texts[0], basis: texts[1], kind: kind, recipient: recipient, cases: cases))
        }) != nil else { return nil }
        return ok ? out : nil
    }

    /// A 別添 row's first `count` cells as text, and its last cell, 件数, added to `sum`: nil when any is
    /// refused (each refusal reported, in column order).
    private mutating func annexRow(_ row: CSVTable.Row, texts count: Int, header: [String], sum: inout RunningSum,
                                   file: SourceFile) -> ([String], Int)? {
        let texts = texts(row, columns: Array(header.prefix(count)), file: file)
        let casesField = row.fields[header.count - 1]
        let cases = self.count(casesField, unit: "件", column: "件数", kind: .cases, file: file)
        guard let texts, let cases, sum.add(cases, at: casesField) else { return nil }
        return (texts, cases)
    }
}
