/// A field of a view, as its list declares it (`TemplateValue.one`, `maybe`, `many`, `flag`): given how its
/// owner is read from the scope at render, what its name becomes.
struct TemplateField<Owner>: Sendable {
    let bind: @Sendable (_ owner: @escaping @Sendable (TemplateScope) -> Owner) -> TemplateBinding
}

/// How a value is written as text, read from the scope.
typealias TemplateText = @Sendable (TemplateScope, TemplateContentType, inout TemplateOutput) -> Void

/// A name resolved at a site: closures over the scope, the same type at every depth. The compiler makes
/// steps of it (`TemplateCompiler.section`).
enum TemplateBinding: Sendable {
    /// A text, count or view: written as text, or pushed by a section (which always renders; inverted, never);
    /// `member` for the rest of a dotted name (`site.contact`).
    case one(TemplateViewType, text: TemplateText?, push: @Sendable (TemplateScope) -> TemplateScope,
             member: @Sendable (String) -> TemplateBinding?)
    /// An optional: written when present; a section renders it pushed when present, inverted when absent.
    case maybe(TemplateViewType, text: TemplateText?, push: @Sendable (TemplateScope) -> TemplateScope?,
               isAbsent: @Sendable (TemplateScope) -> Bool)
    /// A list: a section renders once per item (`last()` true for the last), inverted when it is empty.
    case many(TemplateViewType, each: @Sendable (TemplateScope, (TemplateScope) -> Void) -> Void,
              isEmpty: @Sendable (TemplateScope) -> Bool)
    /// A yes/no (`{{#hasFindings}}`, `empty(…)`, `last()`): the section renders in the same scope, or not.
    case flag(@Sendable (TemplateScope) -> Bool)

    init<V: TemplateValue>(one get: @escaping @Sendable (TemplateScope) -> V) {
        var text: TemplateText?
        if let write = V.templateText { text = { scope, type, out in write(get(scope), type, &out) } }
        self = .one(.of(V.self), text: text, push: { TemplateScopeOf(get($0), below: $0, isLast: false) },
                    member: { name in V.field(name)?.bind(get) })
    }

    init<V: TemplateValue>(maybe get: @escaping @Sendable (TemplateScope) -> V?) {
        var text: TemplateText?
        if let write = V.templateText { text = { scope, type, out in if let value = get(scope) { write(value, type, &out) } } }
        self = .maybe(.of(V.self), text: text, push: { scope in get(scope).map { TemplateScopeOf($0, below: scope, isLast: false) } },
                      isAbsent: { get($0) == nil })
    }

    init<V: TemplateValue>(many get: @escaping @Sendable (TemplateScope) -> [V]) {
        self = .many(.of(V.self), each: { scope, body in
            let items = get(scope)
            for (k, item) in items.enumerated() { body(TemplateScopeOf(item, below: scope, isLast: k == items.count - 1)) }
        }, isEmpty: { get($0).isEmpty })
    }

    /// `{{name}}`; nil when the field has no text (a list, a view, a yes/no).
    var text: TemplateText? {
        switch self {
        case .one(_, let text, _, _), .maybe(_, let text, _, _): text
        case .many, .flag: nil
        }
    }
}

/// A view type as the compiler sees it, with the type erased: its field names, each field read from the
/// value some scopes down, and `{{.}}` of the top value. Made by one generic function per view type.
struct TemplateViewType: Sendable {
    /// The names of its fields, in declaration order (for the message of a name not found).
    let names: @Sendable () -> [String]
    /// The field `name` of the value `depth` scopes down.
    let field: @Sendable (_ name: String, _ depth: Int) -> TemplateBinding?
    /// `{{.}}`: the top value as text; nil for a view.
    let dot: TemplateText?

    static func of<V: TemplateValue>(_: V.Type) -> TemplateViewType {
        var dot: TemplateText?
        if let write = V.templateText { dot = { scope, type, out in write(scope.value(at: 0, as: V.self), type, &out) } }
        return TemplateViewType(names: { V.templateFields.map(\.0) },
                                field: { name, depth in V.field(name)?.bind { $0.value(at: depth, as: V.self) } },
                                dot: dot)
    }
}
