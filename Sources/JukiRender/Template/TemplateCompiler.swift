import JukiDiagnostics

/// Where tokens are compiled: the file they come from (for positions), the content type in force, whether the
/// top frame is a list's item (`last()`), the blocks a parent gave, and the partials being included (a loop).
struct TemplateSite: Sendable {
    var source: TemplateSource
    /// What the root writes: an HTML page may not switch a part of itself to text.
    var output: TemplateContentType
    var contentType: TemplateContentType = .html
    var inList = false
    var blocks: [String: TemplateBlock] = [:]
    var including: [String]

    func pushed(list: Bool) -> TemplateSite {
        var site = self
        site.inList = list
        return site
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

/// Turns parsed templates into steps for a frame type, resolving every name once (`TemplateFrame.bind`).
/// Partials and parents are compiled in place, in the frame of the site that includes them, as mustache
/// renders them; so `{{fiscalYear}}` inside a section becomes "the report's field, one frame down".
struct TemplateCompiler: Sendable {
    /// The parsed templates by name (`text/report`).
    let parsed: [String: (source: TemplateSource, tokens: [TemplateToken])]

    func compileRoot<V: TemplateValue>(_ name: String, as: V.Type,
                                       output: TemplateContentType) throws(Diagnostics) -> CompiledTemplate<V>? {
        guard let template = parsed[name] else { return nil }
        let site = TemplateSite(source: template.source, output: output, including: [name])
        let steps = try compile(template.tokens, site, Frame<V, NoFrame>.self)
        return CompiledTemplate { view, out in steps.render(Frame(top: view, below: NoFrame(), isLast: false), into: &out) }
    }

    /// A root whose view sits inside another, as it does where a page includes it: html/content, which the page
    /// renders inside `{{#report}}`, is compiled for the fragment inside `FragmentPageView` (a page without
    /// dates), so the names it shares with the page resolve the same way in both.
    func compileRoot<V: TemplateValue, O: TemplateValue>(_ name: String, as: V.Type, within outer: O,
                                                         output: TemplateContentType) throws(Diagnostics) -> CompiledTemplate<V>? {
        guard let template = parsed[name] else { return nil }
        let site = TemplateSite(source: template.source, output: output, including: [name])
        let steps = try compile(template.tokens, site, Frame<V, Frame<O, NoFrame>>.self)
        let frame = Frame(top: outer, below: NoFrame(), isLast: false)
        return CompiledTemplate { view, out in steps.render(Frame(top: view, below: frame, isLast: false), into: &out) }
    }

    func compile<F: TemplateFrame>(_ tokens: [TemplateToken], _ entry: TemplateSite,
                                   _ frame: F.Type) throws(Diagnostics) -> [TemplateStep<F>] {
        var steps: [TemplateStep<F>] = []
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
                steps.append(try variable(tag, site, F.self))
            case .section(let tag, let inverted, let body):
                steps.append(try binding(forSection: tag, site, F.self).section(body, inverted: inverted, site: site,
                                                                               compiler: self))
            case .partial(let tag, let indentation):
                if let indentation, !indentation.isEmpty { throw site.failure(tag, .unsupported) }
                steps += try include(tag, blocks: [:], site, F.self)
            case .parent(let tag, let indentation, let blocks):
                if !indentation.isEmpty { throw site.failure(tag, .unsupported) }
                let given = blocks.mapValues { TemplateBlock(tokens: $0, source: site.source) }
                steps += try include(tag, blocks: given, site, F.self)
            case .block(let tag, let indentation, let body):
                if !indentation.isEmpty { throw site.failure(tag, .unsupported) }
                var inner = site.pushed(list: false)
                if let given = site.blocks[tag.name] {
                    inner.source = given.source
                    steps += try compile(given.tokens, inner, F.self)
                } else {
                    steps += try compile(body, inner, F.self)
                }
            case .blockDefinition:
                break
            }
        }
        return steps.merged()
    }

    /// A partial (`{{> html/frame-top}}`) or parent (`{{<text.activity}}`, "." for "/"), in this site's frame;
    /// it starts in HTML until its own pragma, as in swift-mustache. Blocks given further out win.
    private func include<F: TemplateFrame>(_ tag: TemplateTag, blocks: [String: TemplateBlock], _ site: TemplateSite,
                                           _ frame: F.Type) throws(Diagnostics) -> [TemplateStep<F>] {
        let name = parsed[tag.name] != nil ? tag.name : tag.name.replacingOccurrences(of: ".", with: "/")
        guard let template = parsed[name] else { throw site.failure(tag, .partialMissing(tag.name)) }
        guard !site.including.contains(name) else { throw site.failure(tag, .partialLoop(name)) }
        var inner = TemplateSite(source: template.source, output: site.output, including: site.including + [name])
        inner.blocks = site.blocks.merging(blocks) { outer, _ in outer }
        return try compile(template.tokens, inner, F.self)
    }

    private func variable<F: TemplateFrame>(_ tag: TemplateTag, _ site: TemplateSite,
                                            _ frame: F.Type) throws(Diagnostics) -> TemplateStep<F> {
        guard tag.transforms.isEmpty else { throw site.failure(tag, .notText(tag.name + "()")) }
        let type = site.contentType
        if tag.name == "." {
            guard let dot = F.dot(from: { $0 }) else { throw site.failure(tag, .notText(".")) }
            return .run { frame, out in dot(frame, type, &out) }
        }
        guard let step = try resolve(tag, site, F.self).variable(type) else { throw site.failure(tag, .notText(tag.name)) }
        return step
    }

    private func binding<F: TemplateFrame>(forSection tag: TemplateTag, _ site: TemplateSite,
                                           _ frame: F.Type) throws(Diagnostics) -> any TemplateBinding<F> {
        switch tag.transforms {
        case []:
            return try resolve(tag, site, F.self)
        case ["empty"]:
            guard let isEmpty = try resolve(tag, site, F.self).isEmpty else { throw site.failure(tag, .notAList(tag.name)) }
            return FlagBinding(get: isEmpty)
        case ["last"] where tag.name.isEmpty:
            guard site.inList else { throw site.failure(tag, .lastOutsideList) }
            return FlagBinding<F>(get: { $0.isLast })
        default:
            throw site.failure(tag, .unknownTransform(tag.transforms.last ?? ""))
        }
    }

    /// A name in the frames, innermost first (`.name`: the top frame only); a dotted name's rest in what its
    /// first part holds.
    private func resolve<F: TemplateFrame>(_ tag: TemplateTag, _ site: TemplateSite,
                                           _ frame: F.Type) throws(Diagnostics) -> any TemplateBinding<F> {
        let parts = tag.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let topOnly = tag.name.hasPrefix(".")
        let names = topOnly ? Array(parts.dropFirst()) : parts
        guard let first = names.first, !first.isEmpty,
              var found = topOnly ? F.bindTop(first, from: { $0 }) : F.bind(first, from: { $0 }) else {
            throw site.failure(tag, .unknownName(tag.name, inScope: F.namesInScope))
        }
        for part in names.dropFirst() {
            guard let next = found.member(part) else { throw site.failure(tag, .unknownName(tag.name, inScope: F.namesInScope)) }
            found = next
        }
        return found
    }
}

/// A root template compiled for its view: rendering runs its steps over the view into one byte buffer.
struct CompiledTemplate<V>: Sendable {
    let render: @Sendable (V, inout TemplateOutput) -> Void
}
