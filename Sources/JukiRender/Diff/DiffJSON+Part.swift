import JukiDiff
import JukiModel

extension DiffJSON {
    /// A JSON value: what a change's `old`, `new` and `value` hold.
    indirect enum JSONValue: Encodable {
        case int(Int)
        case string(String)
        case array([JSONValue])
        case object([String: JSONValue])

        func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .int(let n): try c.encode(n)
            case .string(let s): try c.encode(s)
            case .array(let a): try c.encode(a)
            case .object(let o): try c.encode(o)
            }
        }
    }

    /// ISO 8601: 2022-06, 2022-11/2023-01 (a period), 2004-02-01 (a day), 2022 (a 年度).
    static func iso(_ d: DateValue) -> String {
        switch d {
        case .period(let p): return p.isSingleMonth ? p.start.description : "\(p.start)/\(p.end)"
        case .day(let d): return d.description
        case .fiscalYear(let fy): return fy.description
        }
    }

    /// A part as an object: `part` names it, the other keys are the facts the text output shows, typed (a
    /// training's participants and an activity's targets are objects of their own, without `part`).
    static func value(_ part: Part) -> JSONValue {
        var o: [String: JSONValue]
        switch part {
        case .text(let t): o = ["part": "text", "text": .string(t)]
        case .training(let t):
            o = ["part": "training", "period": period(t.period), "participants": .array(t.participants.map(participants)),
                 "content": .string(t.content)]
        case .plannedTraining(let t):
            o = ["part": "plannedTraining", "period": period(t.period), "audience": .string(t.audience),
                 "content": .string(t.content)]
        case .trainingNote(let n): o = ["part": "trainingNote", "text": .string(n.text), "participantCount": .int(n.participantCount)]
        case .participants(let p): o = participants(p).fields.merging(["part": "participants"]) { a, _ in a }
        case .activity(let a), .plannedActivity(let a):
            // One shape in JSON: a planned activity is told apart by where it stands (the plan's section, or
            // the old side of `diff --plan`).
            o = ["part": "activity", "name": .string(a.name), "period": period(a.period),
                 "conductors": .array(a.conductors.map(JSONValue.string))]
            o["targets"] = a.targets.map(targets)
            o["summary"] = a.summary.map { .string($0.comparedText) }
        case .targets(let t): o = targets(t).fields.merging(["part": "targets"]) { a, _ in a }
        case .auditResult(let r):
            o = ["part": "auditResult", "unitsWithFindings": .int(r.unitsWithFindings)]
            o["remark"] = r.remark.map(JSONValue.string)
        case .finding(let f): o = ["part": "finding", "finding": .string(f.finding), "response": .string(f.response)]
        case .affairUse(let u): o = ["part": "affairUse", "affair": .string(u.affair), "cases": .int(u.cases)]
        case .affairTable(let rows): o = ["part": "affairTable", "rowCount": .int(rows.count)]
        case .publishedUse(let u):
            o = ["part": "publishedUse", "affair": .string(u.affair), "kind": .string(u.kind.rawValue), "cases": .int(u.cases)]
        case .publishedTable(let rows): o = ["part": "publishedTable", "rowCount": .int(rows.count)]
        case .certifiedUnit(let u): o = ["part": "certifiedUnit", "unit": .string(u.unit), "count": .int(u.count)]
        }
        return .object(o)
    }

    static func period(_ p: Period) -> JSONValue { .string(iso(.period(p))) }

    static func participants(_ p: Participants) -> JSONValue {
        .object(["group": .string(p.group), "count": .int(p.count)])
    }

    static func targets(_ t: Targets) -> JSONValue {
        switch t {
        case .units(let list):
            return .object(["units": .array(list.map(JSONValue.string)), "unitCount": .int(t.unitCount)])
        case .described(let text, let n):
            return .object(["description": .string(text), "unitCount": .int(n)])
        }
    }
}

extension DiffJSON.JSONValue: ExpressibleByStringLiteral {
    init(stringLiteral s: String) { self = .string(s) }

    /// The keys of an object (none for another value).
    var fields: [String: DiffJSON.JSONValue] {
        if case .object(let o) = self { return o }
        return [:]
    }
}
