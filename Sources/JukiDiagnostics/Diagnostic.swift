import JukiModel

/// One failure, with where it is when it has a place: a problem in the records, an archive, a template, the
/// schema, the output. Collected, then rendered together by `DiagnosticRenderer`; the one error type.
public struct Diagnostic: Error, Hashable, Sendable {
    public var location: SourceLocation?
    public var problem: Problem
    /// Other places the message speaks of (the stated figure's twin, the first of two duplicates).
    public var notes: [Note]

    public init(_ problem: Problem, at location: SourceLocation?, notes: [Note] = []) {
        self.problem = problem
        self.location = location
        self.notes = notes
    }

    public struct Note: Hashable, Sendable {
        public var location: SourceLocation?
        public var problem: Problem

        public init(_ problem: Problem, at location: SourceLocation?) {
            self.problem = problem
            self.location = location
        }
    }
}

/// All problems of one run, with the files they point into; thrown when any was found, by every stage.
public struct Diagnostics: Error, Sendable {
    public var items: [Diagnostic]
    public var sources: [String: SourceFile]
    /// Problems found but not kept, by kind: past the first few of a kind, a reader may only count them (a
    /// million duplicate rows are a million problems, and would be hundreds of MB as values).
    public var omitted: [Problem.Kind: Int]
    /// The line that ends the report, without a label (`Problem.summary`, `Problem.notCompared`).
    public var closing: Problem?

    public init(_ items: [Diagnostic], sources: [String: SourceFile] = [:], omitted: [Problem.Kind: Int] = [:],
                closing: Problem? = nil) {
        self.items = items
        self.sources = sources
        self.omitted = omitted
        self.closing = closing
    }

    public static func + (a: Diagnostics, b: Diagnostics) -> Diagnostics {
        Diagnostics(a.items + b.items, sources: a.sources.merging(b.sources) { x, _ in x },
                    omitted: a.omitted.merging(b.omitted, uniquingKeysWith: +), closing: a.closing ?? b.closing)
    }

    /// Every problem found, kept or only counted.
    public var count: Int { items.count + omitted.values.reduce(0, +) }

    /// The warnings among them (`Problem.Severity.warning`: what --strict fails on).
    public var warningCount: Int {
        items.filter { $0.severity == .warning }.count
            + omitted.filter { $0.key.severity == .warning }.map(\.value).reduce(0, +)
    }

    /// The 【要記入】 marks among them.
    public var toFillCount: Int {
        items.filter(\.problem.isToFill).count + omitted.filter { $0.key.isToFill }.map(\.value).reduce(0, +)
    }

    /// One problem without a file to quote.
    public init(_ problem: Problem, at location: SourceLocation? = nil) {
        self.init([Diagnostic(problem, at: location)])
    }

    /// What the user has to mend, the gravest of any: trouble outside the records outranks the records.
    public var `class`: Problem.Class { items.map(\.problem.class).max() ?? .records }

    /// The whole report, as printed.
    public var rendered: String { DiagnosticRenderer.render(self) }
}

/// Diagnostics as a reader finds them, in the order of its file: of each kind, the first that would be shown
/// (`Problem.shownLimit`) are kept and the rest only counted, so that a table with a million bad rows holds
/// twenty diagnostics and a count, not a million values.
package struct DiagnosticLog {
    package private(set) var items: [Diagnostic] = []
    package private(set) var omitted: [Problem.Kind: Int] = [:]
    private var kept: [Problem.Kind: Int] = [:]

    package init() {}

    package var isEmpty: Bool { items.isEmpty }

    package mutating func append(_ d: Diagnostic) {
        let kind = d.problem.kind
        let n = kept[kind, default: 0]
        if n < d.problem.shownLimit {
            kept[kind] = n + 1
            items.append(d)
        } else {
            omitted[kind, default: 0] += 1
        }
    }

    package static func += (log: inout DiagnosticLog, more: [Diagnostic]) {
        for d in more { log.append(d) }
    }
}
