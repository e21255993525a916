import Yams

/// Composes `report.yaml` into a node tree, refusing what a hand-edited record never needs and what could
/// make reading it blow up: anchors and aliases (an alias bomb grows ~7× per level), and deep nesting.
enum YAMLDocument {
    static let depthLimit = 32

    static func compose(_ file: SourceFile) -> Result<Node, Diagnostic> {
        if let problem = flowDepthProblem(file) { return .failure(problem) }
        let root: Node?
        do {
            // The basic resolver: every plain scalar is a string. The readers take each value's text and
            // decide its type themselves (YAML's own rules read `012` as 10 and `no` as false), so the default
            // resolver's regular expressions were pure cost: compiling them (9.0 M instructions a process)
            // and matching each scalar against them (about 4 M an edition, 81 M for a site.yaml of 940 更新日).
            root = try Yams.compose(yaml: file.text, .basic)
        } catch let error as YamlError {
            return .failure(diagnostic(error, file: file))
        } catch {
            return .failure(Diagnostic(.yamlSyntax("\(error)"), at: SourceLocation(file: file.path, line: 1, column: 1)))
        }
        guard let root else { return .failure(Diagnostic(.fileEmpty(file.path), at: nil)) }
        if let problem = refuseAnchors(root, file: file, depth: 0) { return .failure(problem) }
        return .success(root)
    }

    /// Stops at the first anchor, before any alias to it could be expanded.
    static func refuseAnchors(_ node: Node, file: SourceFile, depth: Int) -> Diagnostic? {
        let here = SourceLocation(file: file.path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        if node.anchor != nil { return Diagnostic(.yamlAnchor, at: here) }
        if depth > depthLimit { return Diagnostic(.yamlTooDeep(limit: depthLimit), at: here) }
        switch node {
        case .mapping(let m):
            for (k, v) in m {
                if let d = refuseAnchors(k, file: file, depth: depth + 1) ?? refuseAnchors(v, file: file, depth: depth + 1) {
                    return d
                }
            }
        case .sequence(let s):
            for v in s {
                if let d = refuseAnchors(v, file: file, depth: depth + 1) { return d }
            }
        case .scalar, .alias:
            break
        }
        return nil
    }

    /// Yams composes recursively: thousands of nested `[` would exhaust the stack before it could answer.
    /// Count flow brackets outside quotes and comments first (block nesting is bounded by line width).
    static func flowDepthProblem(_ file: SourceFile) -> Diagnostic? {
        // The depth cannot pass the limit with fewer brackets than that: a byte count settles it for every
        // real record (the walk by Character below cost 6.3 M instructions an edition).
        var openers = 0
        for b in file.text.utf8 where b == UInt8(ascii: "[") || b == UInt8(ascii: "{") { openers += 1 }
        if openers <= depthLimit { return nil }
        var depth = 0, line = 1, column = 0
        var quote: Character?
        var comment = false
        for c in file.text {
            column += 1
            if c == "\n" || c == "\r\n" || c == "\r" {
                line += 1
                column = 0
                comment = false
                continue
            }
            if comment { continue }
            if let q = quote {
                if c == q { quote = nil }
                continue
            }
            switch c {
            case "\"", "'": quote = c
            case "#": comment = true
            case "[", "{":
                depth += 1
                if depth > depthLimit {
                    return Diagnostic(.yamlTooDeep(limit: depthLimit), at: SourceLocation(file: file.path, line: line, column: column))
                }
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }

    static func diagnostic(_ error: YamlError, file: SourceFile) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file.path, line: mark.line, column: mark.column) }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // A key typed with a 全角 colon is behind most "could not find expected ':'" errors: name it.
            let near = [context?.mark.line, mark.line, mark.line - 1].compactMap { $0 }
            for line in near {
                if let key = WidthSlips.keyWithFullWidthColon(onLine: line, of: file),
                   let spot = WidthSlips.colon(after: key, in: file, from: line) {
                    return Diagnostic(.fullWidthColon(key: key), at: spot)
                }
            }
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            // libyaml names where the construct it was reading began (an opening quote, a mapping): say so.
            let notes = context.map { [Diagnostic.Note(.yamlStartedHere, at: at($0.mark))] } ?? []
            return Diagnostic(.yamlSyntax(detail), at: at(mark), notes: notes)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(.duplicateKey(duplicates.joined(separator: "、")), at: at(context.mark))
        case .reader(let problem, _, _, _):
            return Diagnostic(.yamlSyntax(problem), at: SourceLocation(file: file.path, line: 1, column: 1))
        default:
            return Diagnostic(.yamlSyntax("\(error)"), at: SourceLocation(file: file.path, line: 1, column: 1))
        }
    }
}
