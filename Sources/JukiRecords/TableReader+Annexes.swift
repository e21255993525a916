import JukiDiagnostics
import JukiModel

/// The 別添 tables: 別添1 and 別添2 (事務,根拠,件数), 別添3 (事務,根拠,区分,提供先,件数).
extension TableReader {
    static let affairHeader = [RecordKey.affairColumn, "根拠", "件数"]
    static let publicationHeader = [RecordKey.affairColumn, "根拠", "区分", "提供先", "件数"]

    /// 別添1 or 別添2: one row per 事務 that may use the information, with its 件数 (0 for none).
    mutating func affairAnnex(path: String, file name: String) -> [AffairUse]? {
        annexTable(path: path, header: Self.affairHeader, texts: 2) { me, index, row, texts, cases, file in
            me.locations[FieldPath().appending(name).appending(index).appending(RecordKey.affairColumn)] = me.location(row.fields[0], file)
            return AffairUse(affair: texts[0], basis: texts[1], cases: cases)
        }
    }

    /// 別添3: what is published, 事務 by 事務: 区分 利用 or 提供, and for 提供 its 提供先.
    mutating func publicationAnnex(path: String) -> [PublishedUse]? {
        annexTable(path: path, header: Self.publicationHeader, texts: 3) { me, _, row, texts, cases, file in
            guard let kind = PublishedUse.Kind(rawValue: texts[2]) else {
                me.diagnostics.append(Diagnostic(.csvUnknownKind(texts[2]), at: me.location(row.fields[2], file)))
                return nil
            }
            let recipientField = row.fields[3]
            var recipient: String?
            if kind == .provision {
                guard let r = me.text(recipientField, column: "提供先", file: file) else { return nil }
                recipient = r
            } else if !Notation.isBlank(recipientField.text) {
                me.diagnostics.append(Diagnostic(.csvRecipientForUse, at: me.location(recipientField, file)))
                return nil
            }
            return PublishedUse(affair: texts[0], basis: texts[1], kind: kind, recipient: recipient, cases: cases)
        }
    }

    /// A 別添 table: each row's first `count` cells as text and its last cell, 件数, summed (past
    /// `Tally.maximum` refused), given to `make` with the row's index among those kept; nil when any row is
    /// refused (each refusal reported, in column order).
    private mutating func annexTable<Row>(
        path: String, header: [String], texts count: Int,
        make: (inout TableReader, Int, CSVTable.Row, [String], Int, SourceFile) -> Row?
    ) -> [Row]? {
        var out: [Row] = []
        var ok = true
        var sum = RunningSum(column: "件数", path: path)
        defer { diagnostics += sum.diagnostics }
        guard table(path: path, header: header, optional: false, each: { me, file, row in
            let texts = me.texts(row, columns: Array(header.prefix(count)), file: file)
            let casesField = row.fields[header.count - 1]
            let cases = me.count(casesField, unit: "件", column: "件数", kind: .cases, file: file)
            guard let texts, let cases, sum.add(cases, at: casesField), let made = make(&me, out.count, row, texts, cases, file) else {
                ok = false
                return
            }
            out.append(made)
        }) != nil else { return nil }
        return ok ? out : nil
    }
}
