import JukiDiagnostics
import JukiModel

/// The records of the edition that follows `previous`, as `juki-report new` writes them.
///
/// What follows from the previous edition is filled in: the year advanced; the results laid out from its
/// plan (each planned 研修, 点検, 監査 and 訓練 with its period, targets and content); the tables with their
/// rows; the next plan started from its plan, a year on. What only the new year knows (counts, 講師, 実施者,
/// 実施概要, 監査結果, figures) is 【要記入】, with the previous year's value in a comment on its own line above
/// it (a comment after a value on its line would cut the value where ` #` starts); the 人数 of each 所属, which
/// a CSV cannot comment, are in a copy of the previous table beside it (`previousStaff`), which nothing reads.
public enum EditionDraft {
    public struct Files: Sendable {
        public let reportYAML: String
        public let certifiedStaffCSV: String
        public let findingsCSV: String
        /// certified-staff.R4.csv: the previous edition's 人数 of each 所属, for reference.
        public let previousStaff: (name: String, text: String)
    }

    static let toFill = Placeholder.marker

    public static func next(after previous: Edition, previousName: String) -> Files {
        let year = previous.planYear
        var y = YAMLLines()
        y.comment("\(EraText.fiscalYear(year))の記録: juki-report new が \(previousName)（\(EraText.fiscalYear(previous.fiscalYear))）から作った下書き。")
        y.comment("\(toFill) を実績の値に置き換えてください。残っている間は check が一覧にし、build は作りません。")
        y.comment("研修と点検・監査の時期と対象は\(EraText.fiscalYear(previous.fiscalYear))の計画から写しています。実績に合わせて直してください。")
        y.blank()
        y.pair(RecordKey.fiscalYear, EraText.fiscalYear(year))
        y.pair(RecordKey.title, previous.title)
        y.blank()
        trainings(previous, into: &y)
        activities(previous, into: &y)
        identityUse(previous, into: &y)
        let previousStaffFile = "certified-staff.\(previousName).csv"
        y.comment("照合情報認証の認証人数は certified-staff.csv に所属ごとに書きます（計は自動）。"
                  + "\(EraText.fiscalYear(previous.fiscalYear))の人数は \(previousStaffFile) にあります（参考。読み込みません）。")
        y.blank()
        y.open(RecordKey.disclosure)
        y.pair(RecordKey.disclosureSince, EraText.day(previous.results.disclosure.since), indent: 2)
        y.pair(RecordKey.requests, toFill, indent: 2)
        y.comment("\(EraText.fiscalYear(previous.fiscalYear)): \(Notation.grouped(previous.results.disclosure.requests))", indent: 2)
        y.blank()
        y.comment("外部監査の指摘事項と対応内容は findings.csv に書きます（指摘がなければ見出し行だけ）。")
        if let closing = previous.findings.closing { y.pair(RecordKey.findingsClosing, closing) }
        y.blank()
        plan(previous.plan, shiftedTo: year.next, into: &y)

        var staff = CSVText.row(TableReader.certificationHeader)
        var previousStaff = staff
        for row in previous.results.certification.rows {
            staff += CSVText.row([row.unit, toFill])
            previousStaff += CSVText.row([row.unit, String(row.count)])
        }
        return Files(reportYAML: y.text, certifiedStaffCSV: staff, findingsCSV: CSVText.row(TableReader.findingsHeader),
                     previousStaff: (previousStaffFile, previousStaff))
    }

    /// The plan's 研修, as held: period and content kept; 受講者 in the groups of the previous year's 研修 of the
    /// same place (第1回 for the first planned), or the plan's 対象 when there was none; 受講者 and 講師 to fill,
    /// each under the previous year's value.
    static func trainings(_ previous: Edition, into y: inout YAMLLines) {
        let last = EraText.fiscalYear(previous.fiscalYear)
        y.comment(ReportSection.trainings.heading)
        y.open(RecordKey.trainings)
        for (i, t) in previous.plan.trainings.enumerated() {
            let held = i < previous.results.trainings.count ? previous.results.trainings[i] : nil
            let before = "\(last)（第\(i + 1)回）: "
            y.pair(RecordKey.period, EraText.period(t.period), indent: 2, item: true)
            y.comment("時期と内容は\(last)の計画から（計画の対象: \(t.audience)）。", indent: 4)
            y.open(RecordKey.participants, indent: 4)
            for group in held?.participants ?? [Participants(group: t.audience, count: 0)] {
                if held != nil { y.comment(before + Notation.grouped(group.count), indent: 6) }
                y.pair(group.group, toFill, indent: 6)
            }
            if let held { y.comment(before + held.lecturer, indent: 4) }
            y.pair(RecordKey.lecturer, toFill, indent: 4)
            y.pair(RecordKey.content, t.content, indent: 4)
        }
        if previous.plan.trainings.isEmpty { y.comment("計画に研修がありません。行ったものを書いてください。", indent: 2) }
        y.blank()
        if let note = previous.results.trainingNote {
            y.open(RecordKey.trainingNote)
            y.pair(RecordKey.noteText, note.text, indent: 2)
            y.pair(RecordKey.participantCount, toFill, indent: 2)
            y.comment("\(EraText.fiscalYear(previous.fiscalYear)): \(Notation.grouped(note.participantCount))", indent: 2)
            y.blank()
        }
    }

    /// The plan's 点検・監査 and 訓練, as done; the audit that reported a 監査結果 last year does so again. Each
    /// value to fill under the previous year's value of the activity of the same name.
    static func activities(_ previous: Edition, into y: inout YAMLLines) {
        let last = EraText.fiscalYear(previous.fiscalYear)
        y.comment(ReportSection.activities.heading)
        y.open(RecordKey.activities)
        for a in previous.plan.activities {
            let done = previous.results.activities.first { $0.name == a.name }
            y.pair(RecordKey.name, a.name, indent: 2, item: true)
            y.comment("名称、時期、対象は\(last)の計画から。", indent: 4)
            y.pair(RecordKey.period, EraText.period(a.period), indent: 4)
            if let done { y.comment("\(last): " + done.conductors.joined(separator: "、"), indent: 4) }
            y.pair(RecordKey.conductors, toFill, indent: 4)
            targets(a.targets, into: &y, indent: 4)
            if let summary = a.summary { y.comment("計画の内容: " + text(summary), indent: 4) }
            for item in a.auditItems { y.comment("計画の監査項目: " + item, indent: 4) }
            if let summary = done?.summary { y.comment("\(last): " + text(summary), indent: 4) }
            y.pair(RecordKey.summary, toFill, indent: 4)
            if let result = done?.auditResult {
                y.open(RecordKey.auditResult, indent: 4)
                y.comment("\(last): " + Notation.grouped(result.unitsWithFindings), indent: 6)
                y.pair(RecordKey.unitsWithFindings, toFill, indent: 6)
                if let remark = result.remark { y.comment("\(last): " + remark, indent: 6) }
                y.pair(RecordKey.findingsRemark, toFill, indent: 6)
            }
        }
        y.blank()
    }

    static func targets(_ targets: Targets?, into y: inout YAMLLines, indent: Int) {
        switch targets {
        case .units(let units)?:
            y.open(RecordKey.targetUnits, indent: indent)
            for unit in units { y.item(unit, indent: indent + 2) }
        case .described(let text, let count)?:
            y.pair(RecordKey.target, text, indent: indent)
            y.pair(RecordKey.targetCount, Notation.grouped(count), indent: indent)
        case nil:
            break
        }
    }

    static func identityUse(_ previous: Edition, into y: inout YAMLLines) {
        let use = previous.results.identityUse
        let last = EraText.fiscalYear(previous.fiscalYear)
        y.comment("3 本人確認情報の利用又は提供（年度末の「…現在」は自動で入ります）")
        y.open(RecordKey.identityUse)
        for (key, c) in [(RecordKey.statutory, use.statutory), (RecordKey.ordinance, use.ordinance)] {
            y.open(key, indent: 2)
            y.pair(RecordKey.availableAffairs, toFill, indent: 4)
            y.comment("\(last): 利用可能事務数 \(Notation.grouped(c.availableAffairs))、\(RecordKey.usedAffairs) \(Notation.grouped(c.usedAffairs))、利用件数 \(Notation.grouped(c.cases))", indent: 4)
            if let basis = c.basis { y.pair(RecordKey.basis, basis, indent: 4) }
            y.pair(RecordKey.usedAffairs, toFill, indent: 4)
            y.pair(RecordKey.cases, toFill, indent: 4)
        }
        y.pair(RecordKey.publication, use.publication, indent: 2)
        y.blank()
    }

    /// The previous plan, a year on: a start for the next plan, to be reviewed.
    static func plan(_ plan: Plan, shiftedTo year: FiscalYear, into y: inout YAMLLines) {
        y.comment("次の年度（\(EraText.fiscalYear(year))）の計画: 前の計画を1年進めた下書きです。見直してください。")
        y.open(RecordKey.plan)
        y.open(RecordKey.trainings, indent: 2)
        for t in plan.trainings {
            y.pair(RecordKey.period, EraText.period(shifted(t.period)), indent: 4, item: true)
            y.pair(RecordKey.target, t.audience, indent: 6)
            y.pair(RecordKey.content, t.content, indent: 6)
        }
        y.blank()
        y.open(RecordKey.activities, indent: 2)
        for a in plan.activities {
            y.pair(RecordKey.name, a.name, indent: 4, item: true)
            y.pair(RecordKey.period, EraText.period(shifted(a.period)), indent: 6)
            targets(a.targets, into: &y, indent: 6)
            if let summary = a.summary { summaryLines(summary, key: RecordKey.content, into: &y, indent: 6) }
            if !a.auditItems.isEmpty {
                y.open(RecordKey.auditItems, indent: 6)
                for item in a.auditItems { y.item(item, indent: 8) }
            }
            if let remarks = a.remarks { y.pair(RecordKey.remarks, remarks, indent: 6) }
        }
    }

    static func summaryLines(_ summary: Summary, key: String, into y: inout YAMLLines, indent: Int) {
        switch summary {
        case .inline(let s):
            y.pair(key, s, indent: indent)
        case .paragraphs(let list):
            y.open(key, indent: indent)
            for p in list { y.item(p, indent: indent + 2) }
        case .sections(let sections):
            y.open(key, indent: indent)
            for s in sections { y.pair(s.heading, s.text, indent: indent + 2) }
        }
    }

    static func text(_ summary: Summary) -> String {
        switch summary {
        case .inline(let s): return s
        case .paragraphs(let list): return list.joined(separator: " ")
        case .sections(let sections): return sections.map { "○\($0.heading) \($0.text)" }.joined(separator: " ")
        }
    }

    static func shifted(_ p: Period) -> Period {
        Period(start: YearMonth(year: p.start.year + 1, month: p.start.month)!,
               end: YearMonth(year: p.end.year + 1, month: p.end.month)!)!
    }
}

/// CSV fields as RFC 4180 writes them: quoted when they hold a comma, a quote or a line break.
enum CSVText {
    static func row(_ fields: [String]) -> String {
        fields.map { f in
            f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + f.replacing("\"", with: "\"\"") + "\"" : f
        }.joined(separator: ",") + "\n"
    }
}
