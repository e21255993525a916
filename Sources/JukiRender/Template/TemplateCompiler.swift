import JukiDiagnostics

/// Where tokens are compiled: the file they come from (for positions), the content type in force, the view
/// types in scope (innermost first), whether the top one is a list's item (`last()`), the blocks a parent
/// gave, and the partials being included (a loop).
struct TemplateSite: Sendable {
    var source: TemplateSource
    /// What the root writes: an HTML page may not switch a part of itself to text.
    var output: TemplateContentType
    var contentType: TemplateContentType = .html
    /// What each scope holds at render, the top first.
    var scopes: [TemplateViewType]
    var inList = false
    var blocks: [String: TemplateBlock] = [:]
    var including: [String]

    func pushed(list: Bool) -> TemplateSite {
        var site = self
        site.inList = list
        return site
    }

    /// The site of a section's body, which renders with a value of `view` on top.
    func pushing(_ view: TemplateViewType, list: Bool) -> TemplateSite {
        var site = pushed(list: list)
        site.scopes.insert(view, at: 0)
        return site
    }

    /// The names in scope, innermost first (for the message of a name not found).
    var namesInScope: [String] {
        var names: [String] = []
        for view in scopes {
            for name in view.names() where !names.contains(name) { names.append(name) }
        }
        return names
    }

    func failure(_ tag: TemplateTag, _ fault: Problem.TemplateTagFault) -> Diagnostics {
        source.diagnostics(.templateTag(tag: tag.source, fault: fault), at: tag.offset)
    }
}

/// A block given in `{{<parent}}`, with the file it was written in.
struct TemplateBlock: Sendable {
    let tokens: [TemplateToken]
    let source: TemplateSource
}

/// Turns parsed templates into steps, resolving every name once against the view types in scope
/// (`TemplateViewType`). Partials and parents are compiled in place, in the scopes of the site that includes
/// them, as mustache renders them; so `{{fiscalYear}}` inside a section becomes "the report's field, one
/// scope down".
struct TemplateCompiler: Sendable {
    /// The parsed templates by name (`text/report`).
    let parsed: [String: (source: TemplateSource, tokens: [TemplateToken])]

    func compileRoot<V: TemplateValue>(_ name: String, as: V.Type,
                                       output: TemplateContentType) throws(Diagnostics) -> CompiledTemplate<V>? {
        guard let template = parsed[name] else { return nil }
        let site = TemplateSite(source: template.source, output: output, scopes: [.of(V.self)], including: [name])
        let steps = try compile(template.tokens, site)
        return CompiledTemplate { view, out in steps.render(TemplateScopeOf(view, below: nil, isLast: false), into: &out) }
    }

    /// A root whose view sits inside another, as it does where a page includes it: html/content, which the page
    /// renders inside `{{#report}}`, is compiled for the fragment inside `FragmentPageView` (a page without
    /// dates), so the names it shares with the page resolve the same way in both.
    func compileRoot<V: TemplateValue, O: TemplateValue>(_ name: String, as: V.Type, within outer: O,
                                                         output: TemplateContentType) throws(Diagnostics) -> CompiledTemplate<V>? {
        guard let template = parsed[name] else { return nil }
        let site = TemplateSite(source: template.source, output: output, scopes: [.of(V.self), .of(O.self)],
                                including: [name])
        let steps = try compile(template.tokens, site)
        let below = TemplateScopeOf(outer, below: nil, isLast: false)
        return CompiledTemplate { view, out in steps.render(TemplateScopeOf(view, below: below, isLast: false), into: &out) }
    }

    func compile(_ tokens: [TemplateToken], _ entry: TemplateSite) throws(Diagnostics) -> [TemplateStep] {
        var steps = TemplateSteps()
        var site = entry
        for token in tokens {
            switch token {
            case .text(let bytes):
                steps.append(.bytes(bytes))
            case .contentType(let type, let tag):
                if type == .text, site.output == .html { throw site.failure(tag, .textInHTML) }
                site.contentType = type
            case .variable(let tag, let escaped):
                if !escaped, site.contentType == .html { throw site.failure(tag, .unescapedInHTML) }
                steps.append(try variable(tag, site))
            case .section(let tag, let inverted, let body):
                steps.append(try section(binding(forSection: tag, site), body, inverted: inverted, site))
            case .partial(let tag, let indentation):
                if let indentation, !indentation.isEmpty { throw site.failure(tag, .unsupported) }
                steps.append(contentsOf: try include(tag, blocks: [:], site))
            case .parent(let tag, let indentation, let blocks):
                if !indentation.isEmpty { throw site.failure(tag, .unsupported) }
                let given = blocks.mapValues { TemplateBlock(tokens: $0, source: site.source) }
                steps.append(contentsOf: try include(tag, blocks: given, site))
            case .block(let tag, let indentation, let body):
                if !indentation.isEmpty { throw site.failure(tag, .unsupported) }
                var inner = site.pushed(list: false)
                if let given = site.blocks[tag.name] {
                    inner.source = given.source
                    steps.append(contentsOf: try compile(given.tokens, inner))
                } else {
                    steps.append(contentsOf: try compile(body, inner))
                }
            case .blockDefinition:
                break
            }
        }
        return steps.finish()
    }

    /// A partial (`{{> html/frame-top}}`) or parent (`{{<text.activity}}`, "." for "/"), in this site's scopes;
    /// it starts in HTML until its own pragma, as in swift-mustache. Blocks given further out win.
    private func include(_ tag: TemplateTag, blocks: [String: TemplateBlock],
                         _ site: TemplateSite) throws(Diagnostics) -> [TemplateStep] {
        let name = parsed[tag.name] != nil ? tag.name : String(decoding: tag.name.utf8.map { $0 == 0x2E ? 0x2F : $0 }, as: UTF8.self)
        guard let template = parsed[name] else { throw site.failure(tag, .partialMissing(tag.name)) }
        guard !site.including.contains(name) else { throw site.failure(tag, .partialLoop(name)) }
        var inner = TemplateSite(source: template.source, output: site.output, scopes: site.scopes,
                                 including: site.including + [name])
        inner.blocks = site.blocks.merging(blocks) { outer, _ in outer }
        return try compile(template.tokens, inner)
    }

    private func variable(_ tag: TemplateTag, _ site: TemplateSite) throws(Diagnostics) -> TemplateStep {
        guard tag.transforms.isEmpty else { throw site.failure(tag, .notText(tag.name + "()")) }
        let type = site.contentType
        if tag.name == "." {
            guard let dot = site.scopes[0].dot else { throw site.failure(tag, .notText(".")) }
            return .run { scope, out in dot(scope, type, &out) }
        }
        guard let text = try resolve(tag, site).text else { throw site.failure(tag, .notText(tag.name)) }
        return .run { scope, out in text(scope, type, &out) }
    }

    private func binding(forSection tag: TemplateTag, _ site: TemplateSite) throws(Diagnostics) -> TemplateBinding {
        switch tag.transforms {
        case []:
            return try resolve(tag, site)
        case ["empty"]:
            guard case .many(_, _, let isEmpty) = try resolve(tag, site) else { throw site.failure(tag, .notAList(tag.name)) }
            return .flag(isEmpty)
        case ["last"] where tag.name.isEmpty:
            guard site.inList else { throw site.failure(tag, .lastOutsideList) }
            return .flag { $0.isLast }
        default:
            throw site.failure(tag, .unknownTransform(tag.transforms.last ?? ""))
        }
    }

    /// `{{#name}}…{{/name}}` (or `{{^name}}`): the body compiled in the scopes the section pushes.
    private func section(_ binding: TemplateBinding, _ body: [TemplateToken], inverted: Bool,
                         _ site: TemplateSite) throws(Diagnostics) -> TemplateStep {
        switch binding {
        case .one(let view, _, let push, _):
            if inverted {
                _ = try compile(body, site)
                return .bytes([])
            }
            let steps = try compile(body, site.pushing(view, list: false))
            return .run { scope, out in steps.render(push(scope), into: &out) }
        case .maybe(let view, _, let push, let isAbsent):
            if inverted {
                let steps = try compile(body, site)
                return .run { scope, out in if isAbsent(scope) { steps.render(scope, into: &out) } }
            }
            let steps = try compile(body, site.pushing(view, list: false))
            return .run { scope, out in if let pushed = push(scope) { steps.render(pushed, into: &out) } }
        case .many(let view, let each, let isEmpty):
            if inverted {
                let steps = try compile(body, site.pushed(list: false))
                return .run { scope, out in if isEmpty(scope) { steps.render(scope, into: &out) } }
            }
            let steps = try compile(body, site.pushing(view, list: true))
            return .run { scope, out in each(scope) { steps.render($0, into: &out) } }
        case .flag(let get):
            let steps = try compile(body, site)
            return .run { scope, out in if get(scope) != inverted { steps.render(scope, into: &out) } }
        }
    }

    /// A name in the scopes, innermost first (`.name`: the top scope only); a dotted name's rest in what its
    /// first part holds.
    private func resolve(_ tag: TemplateTag, _ site: TemplateSite) throws(Diagnostics) -> TemplateBinding {
        let topOnly = tag.name.hasPrefix(".")
        let names = tag.name.utf8.contains(UInt8(ascii: "."))
            ? Array(tag.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init).dropFirst(topOnly ? 1 : 0))
            : [tag.name]
        guard let first = names.first, !first.isEmpty,
              var found = topOnly ? site.scopes[0].field(first, 0) : lookUp(first, site) else {
            throw site.failure(tag, .unknownName(tag.name, inScope: site.namesInScope))
        }
        for part in names.dropFirst() {
            guard case .one(_, _, _, let member) = found, let next = member(part) else {
                throw site.failure(tag, .unknownName(tag.name, inScope: site.namesInScope))
            }
            found = next
        }
        return found
    }

    private func lookUp(_ name: String, _ site: TemplateSite) -> TemplateBinding? {
        for (depth, view) in site.scopes.enumerated() {
            if let found = view.field(name, depth) { return found }
        }
        return nil
    }
}

/// A root template compiled for its view: rendering runs its steps over the view into one byte buffer.
struct CompiledTemplate<V>: Sendable {
    let render: @Sendable (V, inout TemplateOutput) -> Void
}
