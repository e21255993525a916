import JukiModel
import Yams

/// Reads values out of a composed YAML tree, checking their shape and keeping where each one stood.
///
/// Values are read from the raw scalar text (never through Yams' `Any` conversion, which turns `012` into
/// 10, `no` into false and `2022-06-01` into a Date). Problems are collected, not thrown, so that one run
/// reports all of them.
final class YAMLRecordReader {
    let file: SourceFile
    private(set) var diagnostics: [Diagnostic] = []
    /// Where each value read stood, for rules that point at it later.
    private(set) var locations: [FieldPath: SourceLocation] = [:]

    init(file: SourceFile) { self.file = file }

    func location(_ node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file.path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func report(_ problem: Problem, at node: Node, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(problem, at: location(node), notes: notes))
    }

    func report(_ problem: Problem, at location: SourceLocation?, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(problem, at: location, notes: notes))
    }

    func remember(_ path: FieldPath, _ node: Node) {
        locations[path] = location(node)
    }

    /// A mapping's entries by key, after checking the keys against those allowed here.
    func fields(_ node: Node, path: FieldPath, name: String, place: String,
                allowed: [String], required: [String]) -> Fields? {
        guard case .mapping(let mapping) = node else {
            if case .scalar(let s) = node, let key = WidthSlips.keyWithFullWidthColon(in: s.string, keys: allowed) {
                report(.fullWidthColon(key: key), at: WidthSlips.colon(after: key, in: file, from: location(node).line))
            } else {
                report(.expectedMapping(key: name), at: node)
            }
            return nil
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        var suggested: Set<String> = []
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            guard allowed.contains(key) else {
                if let k = WidthSlips.keyWithFullWidthColon(in: key, keys: allowed) {
                    report(.fullWidthColon(key: k), at: WidthSlips.colon(after: k, in: file, from: location(keyNode).line))
                    suggested.insert(k)
                    continue
                }
                let suggestion = KeySuggestion.closest(to: key, in: allowed)
                if let suggestion { suggested.insert(suggestion) }
                report(.unknownKey(key, suggestion: suggestion, allowed: allowed), at: keyNode)
                continue
            }
            entries[key] = (keyNode, value)
            remember(path.appending(key), value)
        }
        // A line `内容：…` indented under the line before is read by YAML as the rest of that line's value.
        for (key, entry) in entries {
            guard case .scalar(let s) = entry.value, s.style == .plain,
                  let slipped = WidthSlips.keyWithFullWidthColon(in: s.string, keys: allowed) else { continue }
            report(.fullWidthColon(key: slipped), at: WidthSlips.colon(after: slipped, in: file, from: location(entry.value).line))
            entries[key] = nil
            suggested.insert(key)
        }
        // A mistyped key already says which key it should be; do not also call that key missing.
        for key in required where entries[key] == nil && !suggested.contains(key) {
            report(.missingKey(key, in: place), at: node)
        }
        return Fields(reader: self, node: node, path: path, entries: entries)
    }

    struct Fields {
        let reader: YAMLRecordReader
        let node: Node
        let path: FieldPath
        let entries: [String: (key: Node, value: Node)]

        func has(_ key: String) -> Bool { entries[key] != nil }
        func value(_ key: String) -> Node? { entries[key]?.value }
        func keyNode(_ key: String) -> Node? { entries[key]?.key }

        func text(_ key: String) -> String? {
            guard let v = value(key) else { return nil }
            return reader.text(v, key: key)
        }

        func count(_ key: String) -> Int? {
            guard let v = value(key) else { return nil }
            return reader.count(v, key: key)
        }

        func period(_ key: String) -> Period? {
            guard let s = text(key), let v = value(key) else { return nil }
            return reader.date(DateNotation.period(s), at: v, key: key)
        }

        func day(_ key: String) -> Day? {
            guard let s = text(key), let v = value(key) else { return nil }
            return reader.date(DateNotation.day(s), at: v, key: key)
        }

        /// A list of texts; a single text is a list of one.
        func texts(_ key: String) -> [String]? {
            guard let v = value(key) else { return nil }
            if case .scalar = v { return text(key).map { [$0] } }
            guard case .sequence(let seq) = v else {
                reader.report(.expectedList(key: key), at: v)
                return nil
            }
            var out: [String] = []
            for (i, item) in seq.enumerated() {
                reader.remember(path.appending(key).appending(i), item)
                if let s = reader.text(item, key: key) { out.append(s) }
            }
            return out
        }

        /// The items of a list, with their paths.
        func items(_ key: String) -> [(path: FieldPath, node: Node)] {
            guard let v = value(key) else { return [] }
            guard case .sequence(let seq) = v else {
                if !reader.isEmpty(v) { reader.report(.expectedList(key: key), at: v) }
                return []
            }
            return seq.enumerated().map { (i, item) in
                let p = path.appending(key).appending(i)
                reader.remember(p, item)
                return (p, item)
            }
        }
    }

    func isEmpty(_ node: Node) -> Bool {
        guard case .scalar(let s) = node, s.style == .plain else { return false }
        return s.string.isEmpty || s.string == "~" || s.string == "null"
    }

    /// One line of text.
    func text(_ node: Node, key: String) -> String? {
        guard case .scalar(let s) = node else {
            report(.expectedText(key: key), at: node)
            return nil
        }
        if isEmpty(node) {
            report(.emptyValue(key: key), at: node)
            return nil
        }
        var t = s.string
        if t.contains(Placeholder.marker) {
            report(.toFill(key: key), at: node)
            return nil
        }
        while t.last == "\n" { t.removeLast() }
        if t.contains("\n") {
            report(.multilineText(key: key), at: node)
            return nil
        }
        if let (offset, scalar) = ControlCharacters.first(in: t) {
            let at = location(node)
            // Quoted scalars start one column before their text.
            let shift = s.style == .plain ? 0 : 1
            report(.controlCharacter(key: key, scalar: scalar),
                   at: SourceLocation(file: at.file, line: at.line, column: at.column + shift + offset))
            return nil
        }
        return t
    }

    func count(_ node: Node, key: String) -> Int? {
        guard let t = text(node, key: key) else { return nil }
        switch Count.parse(t) {
        case .success(let n): return n
        case .failure(.negative): report(.negativeCount(key: key, text: t), at: node)
        case .failure(.tooLarge): report(.countTooLarge(key: key, text: t), at: node)
        case .failure(.notACount): report(.notACount(key: key, text: t), at: node)
        }
        return nil
    }

    func date<T>(_ result: Result<T, DateNotation.Failure>, at node: Node, key: String) -> T? {
        switch result {
        case .success(let v): return v
        case .failure(let f):
            report(.badDate(key: key, f), at: node)
            return nil
        }
    }
}
