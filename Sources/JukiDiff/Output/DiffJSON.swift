import Foundation

/// The JSON output, for scripts: a stable structure, documented in docs/diff-json.md. Keys are sorted and
/// the version number changes only when a key changes meaning or goes away.
public enum DiffJSON {
    public static let format = "juki-report-diff"
    public static let version = 1

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
        var old: Value?
        var new: Value?
        var delta: Int?
        var unit: String?
        var oldISO: String?
        var newISO: String?
        var spans: [Span]?
        var added: [String]?
        var removed: [String]?
        var oldCount: Int?
        var newCount: Int?
        var text: String?

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
                (old, new, oldISO, newISO) = (.string(o.text), .string(n.text), o.iso, n.iso)
            case .units(let a, let r, let oc, let nc):
                kind = "units"
                (added, removed, oldCount, newCount, delta) = (a, r, oc, nc, nc - oc)
            case .added(let t):
                kind = "added"
                text = t
            case .removed(let t):
                kind = "removed"
                text = t
            }
        }
    }

    enum Value: Encodable {
        case int(Int)
        case string(String)

        func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .int(let n): try c.encode(n)
            case .string(let s): try c.encode(s)
            }
        }
    }
}
