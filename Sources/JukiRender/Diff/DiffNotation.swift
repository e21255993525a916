import Foundation
import JukiDiff
import JukiModel

/// How the values of a diff read in its text and HTML outputs: counts grouped as the report prints them
/// (`Notation.grouped`), dates in 和暦 (`EraText`), and each part described in one line as the report would name it.
enum DiffNotation {
    /// 令和4年6月, 令和4年11月から令和5年1月, 平成16年2月1日, 令和4年度.
    static func text(_ d: DateValue) -> String {
        switch d {
        case .period(let p): return EraText.period(p)
        case .day(let d): return EraText.day(d)
        case .fiscalYear(let fy): return EraText.fiscalYear(fy)
        }
    }

    /// (+17), (-3), (±0).
    static func delta(_ old: Int, _ new: Int) -> String {
        let d = new - old
        return d > 0 ? "+\(Notation.grouped(d))" : d < 0 ? "-\(Notation.grouped(-d))" : "±0"
    }

    /// A part in one line: 令和5年6月 受講者：県利用所属職員768名 内容：….
    static func text(_ part: Part) -> String {
        switch part {
        case .text(let t): return t
        case .training(let t):
            return "\(EraText.period(t.period)) 受講者：" + t.participants.map(text).joined(separator: "、") + " 内容：\(t.content)"
        case .plannedTraining(let t): return "\(EraText.period(t.period)) 対象: \(t.audience) 内容: \(t.content)"
        case .trainingNote(let n): return "\(n.text)（受講者\(Notation.grouped(n.participantCount))名）"
        case .participants(let p): return text(p)
        case .activity(let a): return text(a, summaryLabel: "実施概要：")
        case .plannedActivity(let a): return text(a, summaryLabel: "内容：")
        case .targets(let t): return text(t)
        case .auditResult(let r): return "指摘\(Notation.grouped(r.unitsWithFindings))所属 \(r.remark ?? "")"
        case .finding(let f): return "指摘事項：\(f.finding)／対応内容：\(f.response)"
        case .affairUse(let u): return "\(u.affair) \(Notation.grouped(u.cases))件"
        case .affairTable(let rows): return "\(Notation.grouped(rows.count))事務の表"
        case .publishedUse(let u): return "\(u.affair)（\(u.kind.rawValue)） \(Notation.grouped(u.cases))件"
        case .publishedTable(let rows): return "\(Notation.grouped(rows.count))行の表"
        case .certifiedUnit(let u): return "\(u.unit) \(Notation.grouped(u.count))人"
        }
    }

    static func text(_ p: Participants) -> String { "\(p.group)\(Notation.grouped(p.count))名" }

    /// An activity in one line, its summary under the report's label: 実施概要 for one held, 内容 for one planned.
    static func text(_ a: Activity, summaryLabel: String) -> String {
        var parts = ["\(a.name)（\(EraText.period(a.period))）"]
        if !a.conductors.isEmpty { parts.append("実施者：" + a.conductors.joined(separator: "、")) }
        if let t = a.targets { parts.append("対象：" + text(t)) }
        if let s = a.summary { parts.append(summaryLabel + s.comparedText.replacingOccurrences(of: "\n", with: " ")) }
        return parts.joined(separator: " ")
    }

    static func text(_ t: Targets) -> String {
        switch t {
        case .units(let list): return "（\(Notation.grouped(t.unitCount))所属）" + list.joined(separator: "、")
        case .described(let text, _): return "\(text)（計\(Notation.grouped(t.unitCount))所属）"
        }
    }

    /// A value that changed shape, read as a text whose changed characters are marked.
    static func runs(_ old: Part, _ new: Part) -> TextDiff { TextDiff(old: text(old), new: text(new)) }
}

extension EditionDiff.Side {
    /// 令和4年度.
    var yearText: String { EraText.fiscalYear(fiscalYear) }
}
