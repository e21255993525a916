/// The context stack of mustache at render: the innermost value on top of the scopes it was reached through,
/// `isLast` for the last item of a list. `Templates.load` has already turned every name into "the value `d`
/// scopes down, then a field", so rendering walks `below` and reads a field, with no lookup by name.
///
/// Why no type per stack: the first compiler typed the stack (`Frame<Top, Below>`, one generic type per depth
/// and combination of sections, with bindings and steps generic over it). Every such type, its conformances
/// and its witness tables were made by the Swift runtime when the templates were loaded: `build R4` cost
/// 145.3 M instructions, of which 31.2 M `Templates.load`, most of it metadata (swift_getTypeByMangledName,
/// createBoundGenericType, swift_conformsToProtocol). Here the only generic types are one per view type
/// (`TemplateScopeOf<V>`, `TemplateField<Owner>`), and a binding, a step and a site are the same type at
/// every depth. That alone took resolving and assembling from 18.9 M to 8.1 M (`Templates.load` 31.2 M ->
/// 20.4 M), and rendering got cheaper too (a push allocates one object; a read walks `below` and casts with
/// `unsafeDowncast` to a concrete class, never to a protocol). With the changes after it (Templates.swift),
/// `build R4` costs 121.1 M and loading 8.3 M (docs/BENCHMARK.md).
class TemplateScope: @unchecked Sendable {
    final let below: TemplateScope?
    final let isLast: Bool

    init(below: TemplateScope?, isLast: Bool) {
        self.below = below
        self.isLast = isLast
    }

    /// The value `depth` scopes down, which the compiler found to be a `V` (its view type at that depth).
    @inline(__always)
    final func value<V>(at depth: Int, as _: V.Type) -> V {
        var scope = self
        var depth = depth
        while depth > 0 {
            scope = scope.below.unsafelyUnwrapped
            depth -= 1
        }
        return unsafeDowncast(scope, to: TemplateScopeOf<V>.self).top
    }
}

/// A scope holding a `V`: one class per view type, whatever sections it is pushed in. No constraint on `V` in
/// the declaration (a constrained type's metadata is checked against its requirements when it is first made).
/// Immutable, and its values are Sendable views.
final class TemplateScopeOf<V>: TemplateScope, @unchecked Sendable {
    let top: V

    init(_ top: V, below: TemplateScope?, isLast: Bool) {
        self.top = top
        super.init(below: below, isLast: isLast)
    }
}
