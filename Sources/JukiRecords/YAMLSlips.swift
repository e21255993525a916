import JukiDiagnostics
import Yams

/// libyaml's errors that hand-written records run into, said in the clerk's terms and at the line to mend.
/// libyaml names the problem in English and often at the line after the one that is wrong (it notices a
/// missing `: ` only when the next key begins); its `context` mark is where the broken construct began.
enum YAMLSlips {
    static func explain(problem: String, context: String?, mark: Mark, contextMark: Mark?, file: SourceFile) -> Diagnostic? {
        func at(_ m: Mark) -> SourceLocation { SourceLocation(file: file.path, line: m.line, column: m.column) }
        let line = file.line(mark.line).map { Array($0.unicodeScalars) } ?? []
        /// The last character before the mark that is not a space.
        let before: Unicode.Scalar? = line.prefix(max(0, mark.column - 1)).last(where: { $0 != " " })
        let here: Unicode.Scalar? = mark.column - 1 < line.count ? line[mark.column - 1] : nil
        switch problem {
        case "found unexpected end of stream" where context?.contains("quoted scalar") == true:
            guard let contextMark, let open = file.line(contextMark.line).map({ Array($0.unicodeScalars) }),
                  contextMark.column - 1 < open.count else { return nil }
            return Diagnostic(.yamlUnclosedQuote(String(open[contextMark.column - 1])), at: at(contextMark))
        case "could not find expected ':'" where contextMark != nil:
            return Diagnostic(.yamlNoColon, at: at(contextMark!))
        case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
            guard let contextMark else { return nil }
            return Diagnostic(.yamlUnclosedFlow, at: at(contextMark))
        case "mapping values are not allowed in this context":
            return Diagnostic(.yamlColonInValue, at: at(mark))
        case "block sequence entries are not allowed in this context":
            return Diagnostic(.yamlValueStartsWithIndicator("- "), at: at(mark))
        case "found character that cannot start any token":
            guard let here else { return nil }
            return Diagnostic(.yamlValueStartsWithIndicator(String(here)), at: at(mark))
        case "but found another document":
            return Diagnostic(.yamlSecondDocument, at: at(mark))
        case "did not find expected key", "did not find expected '-' indicator":
            // After a closing quote or bracket: a value that began with one, as if it were the whole value.
            if let before, ["\"", "'", "]", "}"].contains(before) {
                return Diagnostic(.yamlTextAfterClosing(String(before)), at: at(mark))
            }
            guard problem == "did not find expected '-' indicator", let contextMark else {
                return Diagnostic(.yamlIndentation, at: at(mark))
            }
            return Diagnostic(.yamlMissingDash, at: at(mark), notes: [.init(.noteListStartsHere, at: at(contextMark))])
        default:
            return nil
        }
    }
}
