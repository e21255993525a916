import JukiDiagnostics

/// Reads a template in one pass over its bytes (swift-mustache 2.1.1 counted the rest of the file at every
/// tag: see `Templates`). The whitespace rules are swift-mustache's, step for step, so that every output keeps
/// its bytes: a section, inverted section, closing, comment, pragma, partial, parent or block tag alone on its
/// line takes the line with it. The syntax errors are swift-mustache's too, at the same line and column.
struct TemplateParser {
    let source: TemplateSource
    private let b: [UInt8]
    private var i = 0

    init(_ source: TemplateSource) {
        self.source = source
        b = source.bytes
    }

    /// The template's tokens, or its first syntax error at its place.
    static func parse(_ source: TemplateSource) throws(Diagnostics) -> [TemplateToken] {
        var parser = TemplateParser(source)
        do {
            return try parser.parse(State())
        } catch {
            throw source.diagnostics(error.problem, at: error.offset)
        }
    }

    struct Failure: Error {
        let problem: Problem
        let offset: Int
    }

    struct State {
        var sectionName: String?
        var transforms: [String] = []
        var newLine = true
        var inParent = false
        var parentTopLevel = false
        var blockIndent: Int?

        /// The state inside a section or block just opened (swift-mustache's `withSectionName`).
        func entering(_ name: String, _ transforms: [String] = [], standalone: Bool) -> State {
            var inner = self
            inner.sectionName = name
            inner.transforms = transforms
            inner.parentTopLevel = false
            if !standalone { inner.newLine = false }
            return inner
        }
    }

    private func fail(_ fault: Problem.TemplateFault, at offset: Int? = nil) -> Failure {
        Failure(problem: .templateSyntax(fault), offset: offset ?? i)
    }

    private func failTag(_ fault: Problem.TemplateTagFault, from start: Int) -> Failure {
        Failure(problem: .templateTag(tag: String(decoding: b[start..<min(max(i, start), b.count)], as: UTF8.self),
                                      fault: fault), offset: start)
    }

    private var current: UInt8? { i < b.count ? b[i] : nil }

    private mutating func parse(_ entry: State) throws(Failure) -> [TemplateToken] {
        var tokens: [TemplateToken] = []
        var state = entry
        var whiteSpace: ArraySlice<UInt8> = []
        while i < b.count {
            if state.newLine {
                let start = i
                while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
                let read = b[start..<i]
                if state.inParent, !state.parentTopLevel {
                    if let indent = state.blockIndent { whiteSpace = read.dropFirst(indent) } else { state.blockIndent = read.count }
                } else {
                    whiteSpace = read
                }
            }
            let textStart = i
            var foundTag = false
            while i < b.count {
                if b[i] == 0x0A { break }
                if b[i] == 0x7B, i + 1 < b.count, b[i + 1] == 0x7B { foundTag = true; break }
                i += 1
            }
            let text = b[textStart..<i]
            if !foundTag, i < b.count {
                var line = [UInt8]()
                line.reserveCapacity(whiteSpace.count + text.count + 1)
                line += whiteSpace
                line += text
                line.append(0x0A)
                tokens.append(.text(line))
                state.newLine = true
                i += 1
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(Array(whiteSpace) + Array(text)))
                whiteSpace = []
                state.newLine = false
            }
            guard foundTag else { break }
            let tagStart = i
            i += 2
            guard let kind = current else { break }
            var setNewLine = false
            switch kind {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                i += 1
                let (name, transforms) = try readName()
                if isStandalone(state) {
                    setNewLine = true
                } else if !whiteSpace.isEmpty {
                    tokens.append(.text(Array(whiteSpace)))
                    whiteSpace = []
                }
                let tag = self.tag(name, transforms, from: tagStart)
                let body = try parse(state.entering(name, transforms, standalone: setNewLine))
                tokens.append(.section(tag, inverted: kind == UInt8(ascii: "^"), body: body))
            case UInt8(ascii: "/"):
                i += 1
                let nameStart = i
                let (name, transforms) = try readName()
                guard name == state.sectionName, transforms == state.transforms else {
                    throw fail(.closingNameMismatch, at: nameStart)
                }
                if !isStandalone(state), !whiteSpace.isEmpty {
                    tokens.append(.text(Array(whiteSpace)))
                }
                return tokens
            case UInt8(ascii: "!"):
                guard let end = find("}}", from: i) else { throw fail(.unfinishedTag, at: b.count) }
                i = end + 2
                setNewLine = isStandalone(state)
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                if !whiteSpace.isEmpty {
                    tokens.append(.text(Array(whiteSpace)))
                    whiteSpace = []
                }
                i += 1
                let (name, transforms) = try readName()
                if kind == UInt8(ascii: "{") {
                    guard current == UInt8(ascii: "}") else { throw fail(.unfinishedTag) }
                    i += 1
                }
                tokens.append(.variable(tag(name, transforms, from: tagStart), escaped: false))
            case UInt8(ascii: ">"):
                i += 1
                skipWhitespace()
                if current == UInt8(ascii: "*") { throw failTag(.unsupported, from: tagStart) }
                let name = try readPartialName()
                if !whiteSpace.isEmpty { tokens.append(.text(Array(whiteSpace))) }
                let standalone = isStandalone(state)
                setNewLine = standalone
                tokens.append(.partial(tag(name, [], from: tagStart), indentation: standalone ? Array(whiteSpace) : nil))
                whiteSpace = []
            case UInt8(ascii: "<"):
                i += 1
                skipWhitespace()
                let name = try readPartialName()
                if name.hasPrefix("*") { throw failTag(.unsupported, from: tagStart) }
                if !whiteSpace.isEmpty { tokens.append(.text(Array(whiteSpace))) }
                setNewLine = isStandalone(state)
                var inner = state
                inner.sectionName = name
                inner.transforms = []
                inner.newLine = true
                inner.inParent = true
                inner.parentTopLevel = true
                var blocks: [String: [TemplateToken]] = [:]
                for token in try parse(inner) {
                    switch token {
                    case .blockDefinition(let block, let body): blocks[block.name] = body
                    case .text: break
                    default: throw failTag(.onlyBlocksInParent, from: tagStart)
                    }
                }
                tokens.append(.parent(tag(name, [], from: tagStart), indentation: Array(whiteSpace), blocks: blocks))
                whiteSpace = []
            case UInt8(ascii: "$"):
                i += 1
                let (name, transforms) = try readName()
                guard transforms.isEmpty else { throw fail(.other("ブロック {{$…}} には変換を付けられません")) }
                let tag = self.tag(name, [], from: tagStart)
                if state.parentTopLevel {
                    setNewLine = isStandalone(state)
                    tokens.append(.blockDefinition(tag, body: try parse(state.entering(name, standalone: setNewLine))))
                } else {
                    if !whiteSpace.isEmpty { tokens.append(.text(Array(whiteSpace))) }
                    setNewLine = isStandalone(state)
                    let body = try parse(state.entering(name, standalone: setNewLine))
                    tokens.append(.block(tag, indentation: Array(whiteSpace), body: body))
                    whiteSpace = []
                }
            case UInt8(ascii: "="):
                throw failTag(.unsupported, from: tagStart)
            case UInt8(ascii: "%"):
                i += 1
                let type = try readPragma()
                tokens.append(.contentType(type, tag("", [], from: tagStart)))
                setNewLine = isStandalone(state)
            default:
                if !whiteSpace.isEmpty {
                    tokens.append(.text(Array(whiteSpace)))
                    whiteSpace = []
                }
                let (name, transforms) = try readName()
                tokens.append(.variable(tag(name, transforms, from: tagStart), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw fail(.sectionNotClosed) }
        return tokens
    }

    /// A tag, quoted in messages as written: from its `{{` to its `}}` (`}}}`), not the line end it took.
    private func tag(_ name: String, _ transforms: [String], from start: Int) -> TemplateTag {
        var end = min(find("}}", from: start + 2).map { $0 + 2 } ?? i, b.count)
        if b[start..<b.count].starts(with: [0x7B, 0x7B, 0x7B]), end < b.count, b[end] == 0x7D { end += 1 }
        return TemplateTag(name: name, transforms: transforms, offset: start,
                           source: String(decoding: b[start..<end], as: UTF8.self))
    }

    private func find(_ needle: String, from start: Int) -> Int? {
        let n = Array(needle.utf8)
        var k = start
        while k + n.count <= b.count {
            if b[k] == n[0], b[k..<(k + n.count)].elementsEqual(n) { return k }
            k += 1
        }
        return nil
    }

    /// swift-mustache's `isStandalone`: at a line's start, and only spaces or tabs up to the line's end
    /// (taken with it) or the file's.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if i >= b.count { return true }
        var k = i
        while k < b.count, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        guard let length = newlineLength(at: k) else { return false }
        i = k + length
        return true
    }

    /// The length of a Character that `isNewline` (LF, CR LF, CR, VT, FF, NEL, LS, PS) at `k`.
    private func newlineLength(at k: Int) -> Int? {
        guard k < b.count else { return nil }
        switch b[k] {
        case 0x0A, 0x0B, 0x0C: return 1
        case 0x0D: return k + 1 < b.count && b[k + 1] == 0x0A ? 2 : 1
        case 0xC2: return k + 1 < b.count && b[k + 1] == 0x85 ? 2 : nil
        case 0xE2: return k + 2 < b.count && b[k + 1] == 0x80 && (b[k + 2] == 0xA8 || b[k + 2] == 0xA9) ? 3 : nil
        default: return nil
        }
    }

    /// Skips what `Character.isWhitespace` calls whitespace.
    private mutating func skipWhitespace() {
        while i < b.count {
            if let n = newlineLength(at: i) { i += n; continue }
            switch b[i] {
            case 0x20, 0x09: i += 1; continue
            default: break
            }
            guard b[i] >= 0x80 else { return }
            var scalars = String(decoding: b[i..<min(i + 4, b.count)], as: UTF8.self).unicodeScalars.makeIterator()
            guard let s = scalars.next(), s.properties.isWhitespace else { return }
            i += String(s).utf8.count
        }
    }

    /// The bytes of a name (swift-mustache's set): a table, one look-up a byte.
    private static let nameBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for c in "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*".utf8 { table[Int(c)] = true }
        return table
    }()

    private mutating func read(while allowed: (UInt8) -> Bool) -> String {
        let start = i
        while i < b.count, allowed(b[i]) { i += 1 }
        return String(decoding: b[start..<i], as: UTF8.self)
    }

    private mutating func expectClose() throws(Failure) {
        guard i + 1 < b.count, b[i] == 0x7D, b[i + 1] == 0x7D else { throw fail(.unfinishedTag) }
        i += 2
    }

    /// A name with its transforms: `conductors`, `empty(conductors)` → (conductors, [empty]), `last()` → ("", [last]).
    private mutating func readName() throws(Failure) -> (String, [String]) {
        skipWhitespace()
        let start = i
        let text = read { Self.nameBytes[Int($0)] || $0 == 0x28 || $0 == 0x29 }
        let parens = b[start..<i].contains { $0 == 0x28 || $0 == 0x29 }
        skipWhitespace()
        try expectClose()
        guard parens, let open = text.firstIndex(of: "(") else {
            if parens { throw fail(.unfinishedTag) }
            return (text, [])
        }
        var transforms = [String(text[..<open])]
        var rest = text[text.index(after: open)...]
        while let next = rest.firstIndex(where: { $0 == "(" || $0 == ")" }) {
            let part = String(rest[..<next])
            if rest[next] == "(" {
                transforms.append(part)
                rest = rest[rest.index(after: next)...]
                continue
            }
            let closing = rest[next...]
            guard closing.count == transforms.count, closing.allSatisfy({ $0 == ")" }) else { throw fail(.unfinishedTag) }
            return (part, transforms)
        }
        throw fail(.unfinishedTag)
    }

    private mutating func readPartialName() throws(Failure) -> String {
        skipWhitespace()
        let name = read { Self.nameBytes[Int($0)] || $0 == 0x28 || $0 == 0x29 || $0 == 0x2F }
        skipWhitespace()
        try expectClose()
        return name
    }

    private mutating func readPragma() throws(Failure) -> TemplateContentType {
        skipWhitespace()
        let variable = read { Self.nameBytes[Int($0)] }
        skipWhitespace()
        guard current == UInt8(ascii: ":") else { throw fail(.badConfiguration) }
        i += 1
        skipWhitespace()
        let value = read { Self.nameBytes[Int($0)] }
        skipWhitespace()
        guard i + 1 < b.count, b[i] == 0x7D, b[i + 1] == 0x7D else { throw fail(.badConfiguration) }
        i += 2
        guard !variable.isEmpty, !value.isEmpty, variable == "CONTENT_TYPE",
              let type = TemplateContentType(pragma: value) else { throw fail(.badConfiguration) }
        return type
    }
}
