/// A value a template can name. A view lists its fields, by the names the templates use, once; text and
/// counts are written as themselves (`{{.}}`, `{{number}}`). `Templates.load` resolves every name of every
/// template against these lists; rendering then calls the closures found, with no lookup by name.
/// TemplateSchemaTests holds each view's list to its stored properties, so that a field the list forgets fails
/// a test (and a template naming it fails to load), never renders empty.
protocol TemplateValue: Sendable {
    /// The fields, in declaration order (the order a message lists them in).
    static var templateFields: [(String, any TemplateField<Self>)] { get }
    /// How the value is written as text; nil for a view, which is not text.
    static var templateText: (@Sendable (Self, TemplateContentType, inout TemplateOutput) -> Void)? { get }
}

extension TemplateValue {
    static var templateText: (@Sendable (Self, TemplateContentType, inout TemplateOutput) -> Void)? { nil }

    static func field(_ name: String) -> (any TemplateField<Self>)? {
        templateFields.first { $0.0 == name }?.1
    }

    /// A field holding a text, a count or a view (`{{title}}`, `{{#statutory}}`).
    static func one<V: TemplateValue>(_ get: @escaping @Sendable (Self) -> V) -> any TemplateField<Self> {
        OneField(get: get)
    }

    /// A field that may be absent (`{{#remarks}}…{{/remarks}}`, `{{^href}}`).
    static func maybe<V: TemplateValue>(_ get: @escaping @Sendable (Self) -> V?) -> any TemplateField<Self> {
        MaybeField(get: get)
    }

    /// A list (`{{#trainings}}…{{/trainings}}`, `empty(conductors)`, `last()` inside).
    static func many<V: TemplateValue>(_ get: @escaping @Sendable (Self) -> [V]) -> any TemplateField<Self> {
        ManyField(get: get)
    }

    /// A yes/no for a section (`{{#hasFindings}}`).
    static func flag(_ get: @escaping @Sendable (Self) -> Bool) -> any TemplateField<Self> {
        FlagField(get: get)
    }
}

extension String: TemplateValue {
    static var templateFields: [(String, any TemplateField<String>)] { [] }
    static var templateText: (@Sendable (String, TemplateContentType, inout TemplateOutput) -> Void)? {
        { value, type, out in out.append(value, as: type) }
    }
}

extension Int: TemplateValue {
    static var templateFields: [(String, any TemplateField<Int>)] { [] }
    static var templateText: (@Sendable (Int, TemplateContentType, inout TemplateOutput) -> Void)? {
        { value, _, out in out.append(value) }
    }
}

/// The context stack of mustache, as a type: the innermost value on top of the frames it was reached through.
/// `Templates.load` resolves a name by walking these types (the innermost first), so a name becomes a path of
/// closures to a field at a known depth, and a template that names nothing any frame has does not load.
protocol TemplateFrame: Sendable {
    /// A name looked up from this frame down to the root, read from a frame `G` that holds this one.
    static func bind<G: TemplateFrame>(_ name: String, from: @escaping @Sendable (G) -> Self) -> (any TemplateBinding<G>)?
    /// A name looked up in the top value only (`.name`, and the rest of a dotted name).
    static func bindTop<G: TemplateFrame>(_ name: String, from: @escaping @Sendable (G) -> Self) -> (any TemplateBinding<G>)?
    /// `{{.}}`: the top value as text.
    static func dot<G: TemplateFrame>(from: @escaping @Sendable (G) -> Self) -> (@Sendable (G, TemplateContentType, inout TemplateOutput) -> Void)?
    /// The names in scope, innermost first (for the message of a name not found).
    static var namesInScope: [String] { get }
    /// Whether the top value is the last item of the list it was pushed from (`last()`).
    var isLast: Bool { get }
}

/// Below the root: nothing.
struct NoFrame: TemplateFrame {
    static func bind<G: TemplateFrame>(_ name: String, from: @escaping @Sendable (G) -> NoFrame) -> (any TemplateBinding<G>)? { nil }
    static func bindTop<G: TemplateFrame>(_ name: String, from: @escaping @Sendable (G) -> NoFrame) -> (any TemplateBinding<G>)? { nil }
    static func dot<G: TemplateFrame>(from: @escaping @Sendable (G) -> NoFrame) -> (@Sendable (G, TemplateContentType, inout TemplateOutput) -> Void)? { nil }
    static var namesInScope: [String] { [] }
    var isLast: Bool { false }
}

/// A value pushed by a section, over the frame it was pushed in; `isLast` for the last item of a list.
/// (The generic types of Template/ carry no constraints in their declarations, only in their conformances: a
/// constrained type's metadata is checked against its requirements when it is first made, one search of the
/// conformance records per new type, which made loading the templates cost 24 M instructions more.)
/// A class, so that a push shares the frames below instead of copying them (a struct frame copied every
/// enclosing view, field by field, at every item of every list: 3.7 M instructions an edition).
final class Frame<Top, Below> {
    let top: Top
    let below: Below
    let isLast: Bool

    init(top: Top, below: Below, isLast: Bool) {
        self.top = top
        self.below = below
        self.isLast = isLast
    }
}

/// Immutable, and made of Sendable values.
extension Frame: @unchecked Sendable where Top: Sendable, Below: Sendable {}

extension Frame: TemplateFrame where Top: TemplateValue, Below: TemplateFrame {
    static func bind<G: TemplateFrame>(_ name: String, from: @escaping @Sendable (G) -> Frame) -> (any TemplateBinding<G>)? {
        if let found = bindTop(name, from: from) { return found }
        return Below.bind(name, from: { from($0).below })
    }

    static func bindTop<G: TemplateFrame>(_ name: String, from: @escaping @Sendable (G) -> Frame) -> (any TemplateBinding<G>)? {
        Top.field(name)?.bind { from($0).top }
    }

    static func dot<G: TemplateFrame>(from: @escaping @Sendable (G) -> Frame) -> (@Sendable (G, TemplateContentType, inout TemplateOutput) -> Void)? {
        guard let text = Top.templateText else { return nil }
        return { frame, type, out in text(from(frame).top, type, &out) }
    }

    static var namesInScope: [String] {
        var names = Top.templateFields.map(\.0)
        for name in Below.namesInScope where !names.contains(name) { names.append(name) }
        return names
    }
}
