extension Problem {
    /// What kind of problem this is, whatever it names: two duplicate 所属 are the same kind, a duplicate
    /// 所属 and a period outside the year are not; a 【要記入】 mark is of its item's kind (人数, 講師).
    /// The renderer caps the messages of a kind by it.
    public struct Kind: Hashable, Sendable {
        let name: String
        /// Every problem of a kind has its severity (`Problem.severity`), so a count of omitted ones knows it.
        var severity: Severity = .error

        /// The kind of a model rule's violations, named as `RuleViolation.Kind.name` names it.
        package init(rule: String) { name = "rule." + rule }
        init(name: String, severity: Severity) { self.name = name; self.severity = severity }

        var isToFill: Bool { name.hasPrefix("toFill.") }
    }

    public var kind: Kind {
        switch self {
        case .rule(let rule): return Kind(rule: rule.name)
        case .toFill(let key): return Kind(name: "toFill." + key, severity: .toFill)
        default: return Kind(name: Self.caseName(self), severity: severity)
        }
    }

    /// How many messages of this kind are shown before the rest are only counted: 20, and 100 for the
    /// 【要記入】 marks of one item (a draft lists one per 所属 of certified-staff.csv, and all are wanted).
    var shownLimit: Int { isToFill ? DiagnosticRenderer.toFillLimit : DiagnosticRenderer.perKindLimit }

    private static func caseName(_ value: Any) -> String {
        if let label = Mirror(reflecting: value).children.first?.label { return label }
        return String(describing: value)
    }
}
