import JukiDiagnostics

/// A field of a view, as its list declares it (`TemplateValue.one`, `maybe`, `many`, `flag`).
protocol TemplateField<Owner>: Sendable {
    associatedtype Owner
    /// The field read from a frame `G` through `path` (the owner's place in the context stack).
    func bind<G: TemplateFrame>(_ path: @escaping @Sendable (G) -> Owner) -> any TemplateBinding<G>
}

/// A name resolved at a site: what it becomes as `{{name}}` and as a section, in the site's frame type.
protocol TemplateBinding<Context> {
    associatedtype Context
    /// `{{name}}`; nil when the field has no text (a list, a view, a yes/no).
    func variable(_ type: TemplateContentType) -> TemplateStep<Context>?
    /// `{{#name}}…{{/name}}` (or `{{^name}}`), its body compiled in the frame the section pushes.
    func section(_ body: [TemplateToken], inverted: Bool, site: TemplateSite,
                 compiler: TemplateCompiler) throws(Diagnostics) -> TemplateStep<Context>
    /// `empty(name)`: lists only.
    var isEmpty: (@Sendable (Context) -> Bool)? { get }
    /// The rest of a dotted name (`site.contact`): through a field that is always there.
    func member(_ name: String) -> (any TemplateBinding<Context>)?
}

extension TemplateBinding {
    var isEmpty: (@Sendable (Context) -> Bool)? { nil }
    func member(_ name: String) -> (any TemplateBinding<Context>)? { nil }
    func variable(_ type: TemplateContentType) -> TemplateStep<Context>? { nil }
}

struct OneField<Owner, V>: Sendable {
    let get: @Sendable (Owner) -> V
}

extension OneField: TemplateField where V: TemplateValue {
    func bind<G: TemplateFrame>(_ path: @escaping @Sendable (G) -> Owner) -> any TemplateBinding<G> {
        let get = self.get
        return OneBinding<G, V>(get: { get(path($0)) })
    }
}

struct MaybeField<Owner, V>: Sendable {
    let get: @Sendable (Owner) -> V?
}

extension MaybeField: TemplateField where V: TemplateValue {
    func bind<G: TemplateFrame>(_ path: @escaping @Sendable (G) -> Owner) -> any TemplateBinding<G> {
        let get = self.get
        return MaybeBinding<G, V>(get: { get(path($0)) })
    }
}

struct ManyField<Owner, V>: Sendable {
    let get: @Sendable (Owner) -> [V]
}

extension ManyField: TemplateField where V: TemplateValue {
    func bind<G: TemplateFrame>(_ path: @escaping @Sendable (G) -> Owner) -> any TemplateBinding<G> {
        let get = self.get
        return ManyBinding<G, V>(get: { get(path($0)) })
    }
}

struct FlagField<Owner>: TemplateField {
    let get: @Sendable (Owner) -> Bool
    func bind<G: TemplateFrame>(_ path: @escaping @Sendable (G) -> Owner) -> any TemplateBinding<G> {
        let get = self.get
        return FlagBinding<G>(get: { get(path($0)) })
    }
}

/// A text, count or view: written as text, or pushed by a section (which always renders; inverted, never).
struct OneBinding<G, V> {
    let get: @Sendable (G) -> V
}

extension OneBinding: TemplateBinding where G: TemplateFrame, V: TemplateValue {
    func variable(_ type: TemplateContentType) -> TemplateStep<G>? {
        guard let text = V.templateText else { return nil }
        let get = self.get
        return .run { frame, out in text(get(frame), type, &out) }
    }

    func section(_ body: [TemplateToken], inverted: Bool, site: TemplateSite,
                 compiler: TemplateCompiler) throws(Diagnostics) -> TemplateStep<G> {
        if inverted {
            _ = try compiler.compile(body, site, G.self)
            return .bytes([])
        }
        let steps = try compiler.compile(body, site.pushed(list: false), Frame<V, G>.self), get = self.get
        return .run { frame, out in steps.render(Frame(top: get(frame), below: frame, isLast: false), into: &out) }
    }

    func member(_ name: String) -> (any TemplateBinding<G>)? {
        let get = self.get
        return V.field(name)?.bind { get($0) }
    }
}

/// An optional: written when present; a section renders it pushed when present, inverted when absent.
struct MaybeBinding<G, V> {
    let get: @Sendable (G) -> V?
}

extension MaybeBinding: TemplateBinding where G: TemplateFrame, V: TemplateValue {
    func variable(_ type: TemplateContentType) -> TemplateStep<G>? {
        guard let text = V.templateText else { return nil }
        let get = self.get
        return .run { frame, out in if let value = get(frame) { text(value, type, &out) } }
    }

    func section(_ body: [TemplateToken], inverted: Bool, site: TemplateSite,
                 compiler: TemplateCompiler) throws(Diagnostics) -> TemplateStep<G> {
        let get = self.get
        if inverted {
            let steps = try compiler.compile(body, site, G.self)
            return .run { frame, out in if get(frame) == nil { steps.render(frame, into: &out) } }
        }
        let steps = try compiler.compile(body, site.pushed(list: false), Frame<V, G>.self)
        return .run { frame, out in
            if let value = get(frame) { steps.render(Frame(top: value, below: frame, isLast: false), into: &out) }
        }
    }
}

/// A list: a section renders once per item (`last()` true for the last), inverted when it is empty.
struct ManyBinding<G, V> {
    let get: @Sendable (G) -> [V]
}

extension ManyBinding: TemplateBinding where G: TemplateFrame, V: TemplateValue {
    func section(_ body: [TemplateToken], inverted: Bool, site: TemplateSite,
                 compiler: TemplateCompiler) throws(Diagnostics) -> TemplateStep<G> {
        let get = self.get
        if inverted {
            let steps = try compiler.compile(body, site.pushed(list: false), G.self)
            return .run { frame, out in if get(frame).isEmpty { steps.render(frame, into: &out) } }
        }
        let steps = try compiler.compile(body, site.pushed(list: true), Frame<V, G>.self)
        return .run { frame, out in
            let items = get(frame)
            for (k, item) in items.enumerated() {
                steps.render(Frame(top: item, below: frame, isLast: k == items.count - 1), into: &out)
            }
        }
    }

    var isEmpty: (@Sendable (G) -> Bool)? {
        let get = self.get
        return { get($0).isEmpty }
    }
}

/// A yes/no (`{{#hasFindings}}`, `empty(…)`, `last()`): the section renders in the same frame, or not.
struct FlagBinding<G> {
    let get: @Sendable (G) -> Bool
}

extension FlagBinding: TemplateBinding where G: TemplateFrame {
    func section(_ body: [TemplateToken], inverted: Bool, site: TemplateSite,
                 compiler: TemplateCompiler) throws(Diagnostics) -> TemplateStep<G> {
        let steps = try compiler.compile(body, site, G.self), get = self.get
        return .run { frame, out in if get(frame) != inverted { steps.render(frame, into: &out) } }
    }
}
