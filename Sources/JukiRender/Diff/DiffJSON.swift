import Foundation
import JukiDiff

/// The JSON output, for scripts: a stable structure, documented in docs/diff-json.md. Keys are sorted and
/// the version number changes only when a key changes meaning or goes away. Values are data: counts are
/// numbers, dates ISO 8601 strings, 所属 and other names strings, and a part is an object of its fields.
public enum DiffJSON {
    public static let format = "juki-report-diff"
    public static let version = 2

    public static func render(_ diff: EditionDiff) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Document(diff)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Document: Encodable {
        let format = DiffJSON.format
        let version = DiffJSON.version
        let mode: String
        let old: Side
        let new: Side
        let changeCount: Int
        let sections: [Section]

        init(_ d: EditionDiff) {
            mode = d.mode.rawValue
            old = Side(d.old)
            new = Side(d.new)
            changeCount = d.changeCount
            sections = d.sections.map(Section.init)
        }
    }

    struct Side: Encodable {
        let name: String
        let fiscalYear: Int
        let fiscalYearText: String

        init(_ s: EditionDiff.Side) {
            name = s.name
            fiscalYear = s.fiscalYear.startYear
            fiscalYearText = s.yearText
        }
    }

    struct Section: Encodable {
        let id: String
        let title: String
        let changes: [Item]

        init(_ s: DiffSection) {
            id = s.id
            title = s.title
            changes = s.changes.map(Item.init)
        }
    }

    struct Span: Encodable {
        let op: String
        let text: String
    }

    /// One change; which keys are present depends on `kind` (see docs/diff-json.md).
    struct Item: Encodable {
        let kind: String
        let place: [String]
        var old: JSONValue?
        var new: JSONValue?
        var delta: Int?
        var unit: String?
        var spans: [Span]?
        var added: [String]?
        var removed: [String]?
        var oldCount: Int?
        var newCount: Int?
        var value: JSONValue?

        init(_ c: Change) {
            place = c.place
            switch c.kind {
            case .figure(let o, let n, let u):
                kind = "figure"
                (old, new, delta, unit) = (.int(o), .int(n), n - o, u)
            case .text(let t):
                kind = "text"
                (old, new) = (.string(t.old), .string(t.new))
                spans = t.spans.map { Span(op: $0.operation.rawValue, text: $0.text) }
            case .date(let o, let n):
                kind = "date"
                (old, new) = (.string(DiffJSON.iso(o)), .string(DiffJSON.iso(n)))
            case .units(let a, let r, let oc, let nc):
                kind = "units"
                (added, removed, oldCount, newCount, delta) = (a, r, oc, nc, nc - oc)
            case .replaced(let o, let n):
                kind = "replaced"
                (old, new) = (DiffJSON.value(o), DiffJSON.value(n))
            case .added(let p):
                kind = "added"
                value = DiffJSON.value(p)
            case .removed(let p):
                kind = "removed"
                value = DiffJSON.value(p)
            }
        }
    }
}
