import JukiDiagnostics
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
    /// Where the key of each list stood (`研修:`), for what points at a list as a whole.
    private(set) var listKeyLocations: [FieldPath: SourceLocation] = [:]

    /// Whether `locations` and `listKeyLocations` are kept: only for messages about an edition that read (the
    /// rules, last year's warnings), which `EditionReader` asks for again when it needs them.
    let keepsPlaces: Bool

    init(file: SourceFile, keepsPlaces: Bool = true) {
        self.file = file
        self.keepsPlaces = keepsPlaces
    }

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
        guard keepsPlaces else { return }
        locations[path] = location(node)
    }

    /// Something else where `key: value` pairs belong; a list of pairs (`- 開始日: …`) is told to drop its dashes.
    func reportNotMapping(_ node: Node, key: String) {
        report(node.sequence != nil ? .listWhereMappingBelongs(key: key) : .expectedMapping(key: key), at: node)
    }

    /// A mapping's entries by key, after checking the keys against those allowed here.
    func fields(_ node: Node, path: FieldPath, name: String, place: String,
                allowed: [String], required: [String]) -> Fields? {
        guard case .mapping(let mapping) = node else {
            if case .scalar(let s) = node, let key = WidthSlips.keyWithFullWidthColon(in: s.string, keys: allowed) {
                report(.fullWidthColon(key: key), at: WidthSlips.colon(after: key, in: file, from: location(node).line))
            } else {
                reportNotMapping(node, key: name)
            }
            return nil
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        var suggested: Set<String> = []
        // A mistyped key is one of those not written correctly here (広表 is 公表 when 別表 is there already).
        let present = Set(mapping.compactMap { $0.key.scalar?.string })
        let absent = allowed.filter { !present.contains($0) }
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            guard allowed.contains(key) else {
                if let k = WidthSlips.keyWithFullWidthColon(in: key, keys: allowed) {
                    report(.fullWidthColon(key: k), at: WidthSlips.colon(after: k, in: file, from: location(keyNode).line))
                    suggested.insert(k)
                    continue
                }
                let suggestion = KeySuggestion.closest(to: key, in: absent)
                if let suggestion { suggested.insert(suggestion) }
                report(.unknownKey(key, suggestion: suggestion, allowed: allowed), at: keyNode)
                continue
            }
            entries[key] = (keyNode, value)
            // A group of fields (監査結果:) is pointed at by its key line, a single value by the value.
            remember(path.appending(key), value.mapping != nil ? keyNode : value)
            if keepsPlaces, value.sequence != nil { listKeyLocations[path.appending(key)] = location(keyNode) }
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
        return Fields(reader: self, node: node, path: path, entries: entries, suggested: suggested)
    }

    struct Fields {
        let reader: YAMLRecordReader
        let node: Node
        let path: FieldPath
        let entries: [String: (key: Node, value: Node)]
        /// Keys another (mistyped) key was taken for: already reported, never to be called missing.
        let suggested: Set<String>

        func has(_ key: String) -> Bool { entries[key] != nil }
        func value(_ key: String) -> Node? { entries[key]?.value }
        func keyNode(_ key: String) -> Node? { entries[key]?.key }

        func text(_ key: String) -> String? {
            guard let v = value(key) else { return nil }
            return reader.text(v, key: key)
        }

        func count(_ key: String, _ kind: CountKind) -> Int? {
            guard let v = value(key) else { return nil }
            return reader.count(v, key: key, kind: kind)
        }

        func period(_ key: String) -> Period? { date(key, DateNotation.period) }

        func day(_ key: String) -> Day? { date(key, DateNotation.day) }

        /// A date of the notation `parse` reads (a period, a day, a 年度).
        func date<T>(_ key: String, _ parse: (String) -> Result<T, DateNotation.Failure>) -> T? {
            guard let s = text(key), let v = value(key) else { return nil }
            return reader.date(parse(s), at: v, key: key)
        }

        /// A key that may be left out, read by `read`: `.some(nil)` when it is left out, `.some(value)` when
        /// read, and nil when it is written but refused (the problem reported). So `guard let x = f.optional(…)`
        /// goes on with `x` nil or a value, and stops only at a refused value.
        func optional<T>(_ key: String, _ read: (Node) -> T?) -> T?? {
            guard let node = value(key) else { return .some(nil) }
            return read(node).map { .some($0) }
        }

        /// A text that may be left out (`optional`).
        func optionalText(_ key: String) -> String?? { optional(key) { reader.text($0, key: key) } }

        /// A list of texts; a single text is a list of one.
        func texts(_ key: String) -> [String]? {
            guard let v = value(key) else { return nil }
            if case .scalar = v { return text(key).map { [$0] } }
            guard case .sequence(let seq) = v else {
                reader.report(.expectedList(key: key), at: v)
                return nil
            }
            if seq.isEmpty {
                reader.report(.emptyList(key: key, required: false), at: v)
                return nil
            }
            var out: [String] = []
            for (i, item) in seq.enumerated() {
                reader.remember(path.appending(key).appending(i), item)
                if let s = reader.item(item, key: key) { out.append(s) }
            }
            return out
        }

        /// The items of a list that must have some (研修, 点検・監査), with their paths.
        func items(_ key: String) -> [(path: FieldPath, node: Node)] {
            guard let v = value(key) else { return [] }
            guard case .sequence(let seq) = v, !seq.isEmpty else {
                // An empty section would print its heading over nothing.
                reader.report(reader.isEmpty(v) || v.sequence != nil ? .emptyList(key: key, required: true) : .expectedList(key: key), at: v)
                return []
            }
            return seq.enumerated().map { (i, item) in
                let p = path.appending(key).appending(i)
                reader.remember(p, item)
                return (p, item)
            }
        }
    }

    /// Nothing written: no value, `~`, `null`, or quotes around nothing but blanks (`講師: "　"`, `Notation`).
    func isEmpty(_ node: Node) -> Bool {
        guard case .scalar(let s) = node else { return false }
        if Notation.isBlank(s.string) { return true }
        return s.style == .plain && (s.string == "~" || s.string == "null")
    }

    /// One line of text as an item of a list (`- 横浜県税事務所`).
    func item(_ node: Node, key: String) -> String? {
        guard case .scalar = node else {
            report(.expectedTextItem(key: key), at: node)
            return nil
        }
        return text(node, key: key)
    }

    /// One line of text (`RecordValue.text`).
    func text(_ node: Node, key: String) -> String? {
        guard case .scalar = node else {
            report(.expectedText(key: key), at: node)
            return nil
        }
        guard let raw = scalarText(node, key: key) else { return nil }
        return checked(RecordValue.text(raw, key: key), node, key: key)
    }

    /// A count (`RecordValue.count`).
    func count(_ node: Node, key: String, kind: CountKind) -> Int? {
        guard case .scalar = node else {
            report(.expectedCount(key: key), at: node)
            return nil
        }
        guard let raw = scalarText(node, key: key) else { return nil }
        return checked(RecordValue.count(raw, key: key, kind: kind), node, key: key)
    }

    /// A scalar's text as YAML gives it, after what only YAML can get wrong: nothing written, or an item
    /// joined to the value before it. A block scalar's final line break is dropped.
    private func scalarText(_ node: Node, key: String) -> String? {
        guard case .scalar(let s) = node else { return nil }
        if isEmpty(node) {
            report(.emptyValue(key: key), at: node)
            return nil
        }
        // `- 所属` indented deeper than the item before: YAML reads it as the rest of that item's text.
        if s.style == .plain, s.string.containsUTF8(" - "), let line = node.mark?.line, let next = file.line(line + 1) {
            let indent = next.prefix(while: { $0 == " " }).count
            let rest = next.dropFirst(indent)
            if rest.hasPrefix("- "), s.string.containsUTF8(" " + rest) {
                report(.itemJoinedToValue(key: key), at: SourceLocation(file: file.path, line: line + 1, column: indent + 1))
                return nil
            }
        }
        var t = s.string
        while t.last == "\n" { t.removeLast() }
        return t
    }

    /// The value, or its fault reported at the node (a refused character at its column: quoted scalars
    /// start one column before their text).
    private func checked<T>(_ result: Result<T, RecordValue.Fault>, _ node: Node, key: String) -> T? {
        switch result {
        case .success(let v):
            return v
        case .failure(.value(let problem)):
            report(problem, at: node)
        case .failure(.character(let c, let offset)):
            guard case .scalar(let s) = node else { return nil }
            let at = location(node)
            let shift = s.style == .plain ? 0 : 1
            report(.forbiddenCharacter(key: key, c), at: SourceLocation(file: at.file, line: at.line, column: at.column + shift + offset))
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
