import JukiModel

/// One problem found in the records, with where it is. Collected, then rendered together by
/// `DiagnosticRenderer`; the only error type the records side reports.
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

/// All problems of one run, with the files they point into; thrown when any was found.
public struct Diagnostics: Error, Sendable {
    public var items: [Diagnostic]
    public var sources: [String: SourceFile]

    public init(_ items: [Diagnostic], sources: [String: SourceFile] = [:]) {
        self.items = items
        self.sources = sources
    }

    public static func + (a: Diagnostics, b: Diagnostics) -> Diagnostics {
        Diagnostics(a.items + b.items, sources: a.sources.merging(b.sources) { x, _ in x })
    }

    /// The whole report, as printed.
    public var rendered: String { DiagnosticRenderer(sources: sources).render(items) }
}
