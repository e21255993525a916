import JukiDiagnostics
import JukiModel
import Yams

/// Composes `report.yaml` into a node tree, refusing what a hand-edited record never needs and what could
/// make reading it blow up: anchors and aliases (an alias bomb grows ~9× per level), and deep nesting.
enum YAMLDocument {
    static let depthLimit = 32
    /// Values, list items and keys in one report.yaml. R4 has about 200; 100,000 is far past any hand-written
    /// record, and Yams composes that many in well under a second and 100 MB (2,080,000 items of a flow list,
    /// within the 4 MiB limit, took 31 s and 1 GB).
    static let nodeLimit = 100_000

    static func compose(_ file: SourceFile) -> Result<Node, Diagnostic> {
        if let problem = scan(file) { return .failure(problem) }
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
        // Bytes, but no records: only comments and blank lines.
        guard let root else { return .failure(Diagnostic(.noRecords(file.path), at: nil)) }
        return .success(root)
    }

    /// Reads the text once, before Yams does, for what must be refused before composing:
    ///
    /// - an anchor (`&a`) or an alias (`*a`) at the start of a value. Yams resolves every alias while it
    ///   composes, so an alias bomb would be expanded before any check of the tree could run (and the
    ///   nodes keep their anchors only weakly: after composing they are gone).
    /// - nesting deeper than `depthLimit`, in flow (`[[[…`) or block (`- - - …`, deeper and deeper
    ///   indentation) form: Yams composes recursively and would exhaust the stack first.
    ///
    /// - more than `nodeLimit` values, items and keys: counted as `- `, `key:`, `[`, `{` and `,` in flow.
    ///
    /// Quotes are followed (a `*` inside "…" is text), and so are comments.
    static func scan(_ file: SourceFile) -> Diagnostic? {
        func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: file.path, line: line, column: column) }
        var flow = 0
        var quote: Unicode.Scalar?
        var blocks: [Int] = []
        var lineNumber = 0
        var nodes = 0
        func counted(_ column: Int) -> Diagnostic? {
            nodes += 1
            return nodes > nodeLimit ? Diagnostic(.yamlTooManyNodes(limit: nodeLimit), at: at(lineNumber, column)) : nil
        }
        // The lines as SourceFile counts them (LF, CR or CRLF ends one); a split of the String by Character cost
        // 4.2 M instructions of reading R4 (grapheme breaking).
        for n in 1...file.lineCount {
            lineNumber = n
            let line = Array((file.line(n) ?? "").unicodeScalars)
            // libyaml refuses control characters and U+FFFE/U+FFFF at line 1 of the file; say where. (A tab in a
            // value, and the direction and zero-width characters, are named later, with their key.)
            if let c = line.firstIndex(where: { $0 != "\t" && [.control, .noncharacter].contains(TextRules.kind(of: $0)) }),
               let kind = TextRules.kind(of: line[c]) {
                return Diagnostic(.yamlForbiddenCharacter(ForbiddenCharacter(scalar: line[c], kind: kind)), at: at(lineNumber, c + 1))
            }
            var i = 0
            if quote == nil && flow == 0 {
                // Block nesting: the indentation levels open at this line, and each `- ` opens one more.
                while i < line.count, line[i] == " " { i += 1 }
                guard i < line.count, line[i] != "#" else { continue }
                while let top = blocks.last, top >= i { blocks.removeLast() }
                blocks.append(i)
                while i + 1 < line.count, line[i] == "-", line[i + 1] == " " {
                    if let d = counted(i + 1) { return d }
                    i += 2
                    while i < line.count, line[i] == " " { i += 1 }
                    blocks.append(i)
                }
                if blocks.count > depthLimit { return Diagnostic(.yamlTooDeep(limit: depthLimit), at: at(lineNumber, i + 1)) }
            }
            var valueStart = quote == nil
            while i < line.count {
                let c = line[i]
                defer { i += 1 }
                if let q = quote {
                    if c == "\\" && q == "\"" { i += 1 } else if c == q {
                        if q == "'", i + 1 < line.count, line[i + 1] == "'" { i += 1 } else { quote = nil }
                    }
                    continue
                }
                if c == " " { continue }
                if c == "#", i == 0 || line[i - 1] == " " { break }
                if valueStart {
                    switch c {
                    case "\"", "'":
                        quote = c
                        valueStart = false
                        continue
                    case "&", "*":
                        return Diagnostic(.yamlAnchor, at: at(lineNumber, i + 1))
                    case "-" where i + 1 == line.count || line[i + 1] == " ":
                        continue
                    default:
                        break
                    }
                }
                switch c {
                case "[" where valueStart || flow > 0, "{" where valueStart || flow > 0:
                    if let d = counted(i + 1) { return d }
                    flow += 1
                    if flow > depthLimit { return Diagnostic(.yamlTooDeep(limit: depthLimit), at: at(lineNumber, i + 1)) }
                    valueStart = true
                case "]" where flow > 0, "}" where flow > 0:
                    flow -= 1
                    valueStart = false
                case "," where flow > 0:
                    if let d = counted(i + 1) { return d }
                    valueStart = true
                case ":" where i + 1 == line.count || line[i + 1] == " " || (flow > 0 && line[i + 1] == ","):
                    if let d = counted(i + 1) { return d }
                    valueStart = true
                case "?" where valueStart:
                    valueStart = true
                default:
                    valueStart = false
                }
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
            if let known = YAMLSlips.explain(problem: problem, context: context?.text, mark: mark,
                                             contextMark: context?.mark, file: file) {
                return known
            }
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            // libyaml names where the construct it was reading began (an opening quote, a mapping): say so.
            let notes = context.flatMap { $0.mark.line == mark.line && $0.mark.column == mark.column ? nil : $0 }
                .map { [Diagnostic.Note(.yamlStartedHere, at: at($0.mark))] } ?? []
            return Diagnostic(.yamlSyntax(detail), at: at(mark), notes: notes)
        case .duplicatedKeysInMapping(let duplicates, let context):
            if let d = DuplicateKeys.find(duplicates, near: context.mark, in: file) { return d }
            return Diagnostic(.duplicateKey(duplicates.joined(separator: "、")), at: at(context.mark))
        case .reader(let problem, _, _, _):
            return Diagnostic(.yamlSyntax(problem), at: SourceLocation(file: file.path, line: 1, column: 1))
        default:
            return Diagnostic(.yamlSyntax("\(error)"), at: SourceLocation(file: file.path, line: 1, column: 1))
        }
    }
}
