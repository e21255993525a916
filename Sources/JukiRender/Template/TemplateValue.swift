/// A value a template can name. A view lists its fields, by the names the templates use, once; text and
/// counts are written as themselves (`{{.}}`, `{{number}}`). `Templates.load` resolves every name of every
/// template against these lists; rendering then calls the closures found, with no lookup by name.
/// TemplateSchemaTests holds each view's list to its stored properties, so that a field the list forgets fails
/// a test (and a template naming it fails to load), never renders empty.
protocol TemplateValue: Sendable {
    /// The fields, in declaration order (the order a message lists them in).
    static var templateFields: [(String, TemplateField<Self>)] { get }
    /// How the value is written as text; nil for a view, which is not text.
    static var templateText: (@Sendable (Self, TemplateContentType, inout TemplateOutput) -> Void)? { get }
}

extension TemplateValue {
    static var templateText: (@Sendable (Self, TemplateContentType, inout TemplateOutput) -> Void)? { nil }

    static func field(_ name: String) -> TemplateField<Self>? {
        templateFields.first { $0.0 == name }?.1
    }

    /// A field holding a text, a count or a view (`{{title}}`, `{{#statutory}}`).
    static func one<V: TemplateValue>(_ get: @escaping @Sendable (Self) -> V) -> TemplateField<Self> {
        TemplateField { owner in TemplateBinding(one: { get(owner($0)) }) }
    }

    /// A field that may be absent (`{{#remarks}}…{{/remarks}}`, `{{^href}}`).
    static func maybe<V: TemplateValue>(_ get: @escaping @Sendable (Self) -> V?) -> TemplateField<Self> {
        TemplateField { owner in TemplateBinding(maybe: { get(owner($0)) }) }
    }

    /// A list (`{{#trainings}}…{{/trainings}}`, `empty(conductors)`, `last()` inside).
    static func many<V: TemplateValue>(_ get: @escaping @Sendable (Self) -> [V]) -> TemplateField<Self> {
        TemplateField { owner in TemplateBinding(many: { get(owner($0)) }) }
    }

    /// A yes/no for a section (`{{#hasFindings}}`).
    static func flag(_ get: @escaping @Sendable (Self) -> Bool) -> TemplateField<Self> {
        TemplateField { owner in .flag { get(owner($0)) } }
    }
}

extension String: TemplateValue {
    static var templateFields: [(String, TemplateField<String>)] { [] }
    static var templateText: (@Sendable (String, TemplateContentType, inout TemplateOutput) -> Void)? {
        { value, type, out in out.append(value, as: type) }
    }
}

extension Int: TemplateValue {
    static var templateFields: [(String, TemplateField<Int>)] { [] }
    static var templateText: (@Sendable (Int, TemplateContentType, inout TemplateOutput) -> Void)? {
        { value, _, out in out.append(value) }
    }
}
