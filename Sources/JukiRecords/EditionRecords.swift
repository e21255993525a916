import JukiDiagnostics
import JukiModel

/// An edition's records as a clerk would have written them (`juki-report import` writes them): laid out
/// like input/R4 — the same order, the same comments, lists as lists — with every figure the model computes
/// (所属の数, 計, the 年度 of the plan, 年度末) left out, and the 別添 tables as their CSV files. Read back by
/// `EditionReader`, they make the same model (a test reads every edition's back).
public enum EditionRecords {
    /// The files of an edition's folder, by name, in the order written.
    /// - Parameter corrections: lines said in comments at the top of report.yaml (the figures of a published
    ///   text that `import --accept-stated` took as counted, each with where it stood).
    public static func files(for e: Edition, corrections: [String] = []) -> [(name: String, text: String)] {
        var out = [(EditionReader.yamlFile, reportYAML(e, corrections: corrections)),
                   (RecordKey.certificationFile, certifiedStaffCSV(e.results.certification)),
                   (RecordKey.findingsFile, findingsCSV(e.findings))]
        let use = e.results.identityUse
        for (file, rows) in [(RecordKey.statutoryAnnexFile, use.statutory.annex), (RecordKey.ordinanceAnnexFile, use.ordinance.annex)] {
            guard let rows else { continue }
            out.append((file, rows.reduce(CSVText.row(TableReader.affairHeader)) { $0 + CSVText.row([$1.affair, $1.basis, String($1.cases)]) }))
        }
        if let rows = use.publicationAnnex {
            out.append((RecordKey.publicationAnnexFile, rows.reduce(CSVText.row(TableReader.publicationHeader)) {
                $0 + CSVText.row([$1.affair, $1.basis, $1.kind.rawValue, $1.recipient ?? "", String($1.cases)])
            }))
        }
        return out
    }

    static func certifiedStaffCSV(_ c: Certification) -> String {
        c.rows.reduce(CSVText.row(TableReader.certificationHeader)) { $0 + CSVText.row([$1.unit, String($1.count)]) }
    }

    static func findingsCSV(_ f: AuditFindings) -> String {
        AuditArea.allCases.reduce(CSVText.row(TableReader.findingsHeader)) { text, area in
            f.findings(in: area).reduce(text) { $0 + CSVText.row([area.rawValue, $1.finding, $1.response]) }
        }
    }

    static func reportYAML(_ e: Edition, corrections: [String] = []) -> String {
        let year = EraText.fiscalYear(e.fiscalYear)
        var y = YAMLLines()
        y.comment("\(year) 住民基本台帳ネットワークシステムのセキュリティ対策の措置状況等（公表用の記録）")
        y.comment("書き方は README の「記録の形式」を参照。数（所属数、合計）は書かない：一覧から数えます。")
        if !corrections.isEmpty {
            y.comment("公表文の数と数えた数の違い（juki-report import --accept-stated が数えた値で取り込みました）:")
            for line in corrections { y.comment(line) }
        }
        y.blank()
        y.pair(RecordKey.fiscalYear, year)
        y.pair(RecordKey.title, e.title)
        y.blank()
        y.comment(ReportSection.trainings.heading + "（書いた順に 第1回、第2回 …）")
        y.open(RecordKey.trainings)
        for t in e.results.trainings {
            y.pair(RecordKey.period, EraText.period(t.period), indent: 2, item: true)
            if let note = t.periodNote { y.pair(RecordKey.periodNote, note, indent: 4) }
            y.open(RecordKey.participants, indent: 4)
            for p in t.participants { y.pair(YAMLLines.scalar(p.group), String(p.count), indent: 6) }
            y.pair(RecordKey.lecturer, t.lecturer, indent: 4)
            y.pair(RecordKey.content, t.content, indent: 4)
            if let r = t.remarks { y.pair(RecordKey.remarks, r, indent: 4) }
        }
        y.blank()
        if let note = e.results.trainingNote {
            y.open(RecordKey.trainingNote)
            y.pair(RecordKey.noteText, note.text, indent: 2)
            y.pair(RecordKey.participantCount, String(note.participantCount), indent: 2)
            y.blank()
        }
        y.comment(ReportSection.activities.heading)
        activities(e.results.activities, key: RecordKey.activities, summaryKey: RecordKey.summary, indent: 0, into: &y)
        identityUse(e, into: &y)
        y.comment("照合情報認証の認証人数は \(RecordKey.certificationFile) に所属ごとに書きます（計は自動）。")
        y.blank()
        y.open(RecordKey.disclosure)
        y.pair(RecordKey.disclosureSince, EraText.day(e.results.disclosure.since), indent: 2)
        y.pair(RecordKey.requests, String(e.results.disclosure.requests), indent: 2)
        y.blank()
        y.comment("外部監査の指摘事項と対応内容は \(RecordKey.findingsFile) に書きます。")
        if let closing = e.findings.closing { y.pair(RecordKey.findingsClosing, closing) }
        y.blank()
        y.comment("次の年度（\(EraText.fiscalYear(e.planYear))）の計画")
        y.open(RecordKey.plan)
        y.open(RecordKey.trainings, indent: 2)
        for t in e.plan.trainings {
            y.pair(RecordKey.period, EraText.period(t.period), indent: 4, item: true)
            y.pair(RecordKey.target, t.audience, indent: 6)
            y.pair(RecordKey.content, t.content, indent: 6)
        }
        y.blank()
        activities(e.plan.activities, key: RecordKey.activities, summaryKey: RecordKey.content, indent: 2, into: &y)
        return y.text.hasSuffix("\n\n") ? String(y.text.dropLast()) : y.text
    }

    /// 点検・監査 of the results (indent 0) or the plan (indent 2), a blank line after each.
    static func activities(_ list: [Activity], key: String, summaryKey: String, indent: Int, into y: inout YAMLLines) {
        y.open(key, indent: indent)
        let i = indent + 4
        for a in list {
            y.pair(RecordKey.name, a.name, indent: indent + 2, item: true)
            y.pair(RecordKey.period, EraText.period(a.period), indent: i)
            if a.conductors.count == 1 {
                y.pair(RecordKey.conductors, a.conductors[0], indent: i)
            } else if !a.conductors.isEmpty {
                y.list(RecordKey.conductors, a.conductors, indent: i)
            }
            EditionDraft.targets(a.targets, into: &y, indent: i)
            if let s = a.summary { EditionDraft.summaryLines(s, key: summaryKey, into: &y, indent: i) }
            if !a.auditItems.isEmpty {
                y.open(RecordKey.auditItems, indent: i)
                for item in a.auditItems { y.item(item, indent: i + 2) }
            }
            if let r = a.remarks { y.pair(RecordKey.remarks, r, indent: i) }
            if let result = a.auditResult {
                y.open(RecordKey.auditResult, indent: i)
                y.pair(RecordKey.unitsWithFindings, String(result.unitsWithFindings), indent: i + 2)
                if let remark = result.remark { y.pair(RecordKey.findingsRemark, remark, indent: i + 2) }
            }
            y.blank()
        }
        if list.isEmpty { y.blank() }
    }

    static func identityUse(_ e: Edition, into y: inout YAMLLines) {
        let use = e.results.identityUse
        y.comment("3 本人確認情報の利用又は提供（「\(EraText.day(e.fiscalYear.lastDay))現在」は年度末から自動で入ります）")
        y.open(RecordKey.identityUse)
        if use.statutory.annex != nil || use.ordinance.annex != nil {
            y.comment("別添の表がある区分の事務の数と件数は、その表（\(RecordKey.statutoryAnnexFile)、\(RecordKey.ordinanceAnnexFile)）から数えます。", indent: 2)
        }
        for (key, c) in [(RecordKey.statutory, use.statutory), (RecordKey.ordinance, use.ordinance)] {
            if c.annex != nil && c.basis == nil {
                y.emptyMapping(key, indent: 2)
                continue
            }
            y.open(key, indent: 2)
            if c.annex == nil { y.pair(RecordKey.availableAffairs, String(c.availableAffairs), indent: 4) }
            if let basis = c.basis { y.pair(RecordKey.basis, basis, indent: 4) }
            if c.annex == nil {
                y.pair(RecordKey.usedAffairs, String(c.usedAffairs), indent: 4)
                y.pair(RecordKey.cases, String(c.cases), indent: 4)
            }
        }
        y.pair(RecordKey.publication, use.publication, indent: 2)
        y.blank()
    }
}
