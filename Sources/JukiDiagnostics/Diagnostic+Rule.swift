import JukiModel

extension Diagnostic {
    /// A broken rule of the model, at the position a reader gives its place; `locate` maps the other
    /// places the rule names (the first of two duplicates) to the reader's positions too.
    package init(rule violation: RuleViolation, at location: SourceLocation?,
                 locate: (EditionPlace) -> SourceLocation?) {
        var notes: [Note] = []
        switch violation.kind {
        case .duplicateUnit(let name, let first, let firstName) where name != firstName:
            notes.append(Note(.noteFirstSpelledHere(firstName), at: locate(first)))
        case .duplicateUnit(_, let first, _), .secondAuditResult(let first):
            notes.append(Note(.noteFirstHere, at: locate(first)))
        default:
            break
        }
        self.init(.rule(violation.kind), at: location, notes: notes)
    }
}
