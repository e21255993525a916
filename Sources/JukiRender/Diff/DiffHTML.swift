import JukiDiagnostics
import JukiModel
import JukiDiff

/// The HTML output: one page with a table per section, each change on a row with the old and the new side.
/// Deleted runs are `<del>` and inserted runs `<ins>`, each also bracketed as `[-…-]` and `{+…+}`, so that
/// colour is never the only signal. The layout is `templates/diff/page.mustache`, which escapes every value as
/// the other pages do (`HTMLEscaping`, per Unicode scalar): the views here hold plain text.
public enum DiffHTML {
    /// `warnings`: those of the new edition against the old one (`check`'s warnings), listed in a section 警告.
    public static func render(_ diff: EditionDiff, templates: Templates, warnings: [Diagnostic] = []) throws(Diagnostics) -> String {
        try templates.render(DiffPageView(diff, warnings: warnings), template: TemplateRoots.diffPage)
    }
}

struct DiffPageView: Sendable {
    let title: String
    let oldHeading: String
    let newHeading: String
    let oldSide: String
    let newSide: String
    let summary: String
    let sections: [DiffSectionView]
    let oldWord: String
    let newWord: String
    let hasWarnings: Bool
    let warnings: [DiffWarningView]

    init(_ d: EditionDiff, warnings: [Diagnostic]) {
        let words = DiffVocabulary(d)
        let header = words.header(d)
        title = words.title(d)
        oldHeading = header.old
        newHeading = header.new
        oldSide = "\(words.oldSide)（\(d.old.yearText)）"
        newSide = "\(words.newSide)（\(d.new.yearText)）"
        summary = d.isEmpty ? "違いはありません。" : "違いは\(d.changeCount)件です。"
        sections = d.sections.enumerated().filter { !$1.changes.isEmpty }.map { DiffSectionView($1, words: words) }
        oldWord = words.oldSide
        newWord = words.newSide
        hasWarnings = !warnings.isEmpty
        self.warnings = warnings.map(DiffWarningView.init)
    }
}

/// A warning as the diff page lists it: where (file:line:column), and the message with its notes' places.
struct DiffWarningView: Sendable {
    let place: String
    let hasPlace: Bool
    let message: String

    init(_ d: Diagnostic) {
        func at(_ l: SourceLocation?) -> String { l.map { "\($0.file):\($0.line):\($0.column)" } ?? "" }
        place = at(d.location)
        hasPlace = d.location != nil
        message = d.problem.message + d.notes.map { n in
            guard n.location != nil else { return n.problem.message }
            let text = n.problem.message.hasSuffix("。") ? String(n.problem.message.dropLast()) : n.problem.message
            return "\(text)：\(at(n.location))。"
        }.joined()
    }
}

struct DiffSectionView: Sendable {
    let id: String
    let title: String
    let rows: [DiffRowView]

    init(_ s: DiffSection, words: DiffVocabulary) {
        id = "s-" + s.id
        title = s.title
        rows = s.changes.map { DiffRowView($0, words: words) }
    }
}

struct DiffRowView: Sendable {
    let place: String
    let old: [DiffPiece]
    let new: [DiffPiece]
    let delta: String

    init(_ c: Change, words: DiffVocabulary) {
        place = c.place.joined(separator: " ")
        switch c.kind {
        case .figure(let o, let n, let unit):
            (old, new) = ([.plain(Notation.grouped(o) + unit)], [.plain(Notation.grouped(n) + unit)])
            delta = DiffNotation.delta(o, n)
        case .date(let o, let n):
            (old, new, delta) = ([.plain(DiffNotation.text(o))], [.plain(DiffNotation.text(n))], "")
        case .text(let t):
            (old, new, delta) = (DiffPiece.old(t), DiffPiece.new(t), "")
        case .replaced(let o, let n):
            let t = DiffNotation.runs(o, n)
            (old, new, delta) = (DiffPiece.old(t), DiffPiece.new(t), "")
        case .units(let added, let removed, let oc, let nc):
            old = [.plain("\(Notation.grouped(oc))所属")] + (removed.isEmpty ? [] : [.plain(" \(words.removed)："), .deleted(removed.joined(separator: "、"))])
            new = [.plain("\(Notation.grouped(nc))所属")] + (added.isEmpty ? [] : [.plain(" \(words.added)："), .inserted(added.joined(separator: "、"))])
            delta = DiffNotation.delta(oc, nc)
        case .added(let part):
            (old, new, delta) = ([.plain("（なし）")], [.plain(words.added + "："), .inserted(DiffNotation.text(part))], "")
        case .removed(let part):
            (old, new, delta) = ([.plain(words.removed + "："), .deleted(DiffNotation.text(part))], [.plain("（なし）")], "")
        }
    }
}

/// A run of a cell: plain, deleted or inserted (the template chooses the markup).
struct DiffPiece: Sendable {
    let text: String
    let plain: Bool
    let del: Bool
    let ins: Bool

    static func plain(_ s: String) -> DiffPiece { DiffPiece(text: s, plain: true, del: false, ins: false) }
    static func deleted(_ s: String) -> DiffPiece { DiffPiece(text: s, plain: false, del: true, ins: false) }
    static func inserted(_ s: String) -> DiffPiece { DiffPiece(text: s, plain: false, del: false, ins: true) }

    /// The old side of a text: its equal and deleted runs.
    static func old(_ t: TextDiff) -> [DiffPiece] {
        t.spans.compactMap { $0.operation == .insert ? nil : ($0.operation == .delete ? .deleted($0.text) : .plain($0.text)) }
    }

    /// The new side of a text: its equal and inserted runs.
    static func new(_ t: TextDiff) -> [DiffPiece] {
        t.spans.compactMap { $0.operation == .delete ? nil : ($0.operation == .insert ? .inserted($0.text) : .plain($0.text)) }
    }
}
