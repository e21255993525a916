import JukiRender

/// The HTML output: one page with a table per section, each change on a row with the old and the new side.
/// Deleted runs are `<del>` and inserted runs `<ins>`, each also bracketed as `[-…-]` and `{+…+}`, so that
/// colour is never the only signal. The layout is `templates/diff/page.mustache`, which escapes every value as
/// the other pages do (`HTMLEscaping`, per Unicode scalar): the views here hold plain text.
public enum DiffHTML {
    public static let template = "diff/page"

    public static func render(_ diff: EditionDiff, templates: Templates) throws(Templates.LoadError) -> String {
        try templates.render(PageView(diff), template: template)
    }
}

struct PageView {
    let title: String
    let oldHeading: String
    let newHeading: String
    let oldSide: String
    let newSide: String
    let summary: String
    let sections: [SectionView]
    let oldWord: String
    let newWord: String

    init(_ d: EditionDiff) {
        let words = Vocabulary(d)
        let header = words.header(d)
        title = "\(d.old.name) と \(d.new.name) の違い"
        oldHeading = header.old
        newHeading = header.new
        oldSide = "\(words.oldSide)（\(d.old.yearText)）"
        newSide = "\(words.newSide)（\(d.new.yearText)）"
        summary = d.isEmpty ? "違いはありません。" : "違いは\(d.changeCount)件です。"
        sections = d.sections.enumerated().filter { !$1.changes.isEmpty }.map { SectionView($1, words: words) }
        oldWord = words.oldSide
        newWord = words.newSide
    }
}

struct SectionView {
    let id: String
    let title: String
    let rows: [RowView]

    init(_ s: DiffSection, words: Vocabulary) {
        id = "s-" + s.id
        title = s.title
        rows = s.changes.map { RowView($0, words: words) }
    }
}

struct RowView {
    let place: String
    let old: [Piece]
    let new: [Piece]
    let delta: String

    init(_ c: Change, words: Vocabulary) {
        place = c.place.joined(separator: " ")
        switch c.kind {
        case .figure(let o, let n, let unit):
            (old, new) = ([.plain(Figures.grouped(o) + unit)], [.plain(Figures.grouped(n) + unit)])
            delta = Vocabulary.delta(o, n)
        case .date(let o, let n):
            (old, new, delta) = ([.plain(o.text)], [.plain(n.text)], "")
        case .text(let t):
            old = t.spans.compactMap { $0.operation == .insert ? nil : ($0.operation == .delete ? .deleted($0.text) : .plain($0.text)) }
            new = t.spans.compactMap { $0.operation == .delete ? nil : ($0.operation == .insert ? .inserted($0.text) : .plain($0.text)) }
            delta = ""
        case .units(let added, let removed, let oc, let nc):
            old = [.plain("\(Figures.grouped(oc))所属")] + (removed.isEmpty ? [] : [.plain(" \(words.removed)："), .deleted(removed.joined(separator: "、"))])
            new = [.plain("\(Figures.grouped(nc))所属")] + (added.isEmpty ? [] : [.plain(" \(words.added)："), .inserted(added.joined(separator: "、"))])
            delta = Vocabulary.delta(oc, nc)
        case .added(let text):
            (old, new, delta) = ([.plain("（なし）")], [.plain(words.added + "："), .inserted(text)], "")
        case .removed(let text):
            (old, new, delta) = ([.plain(words.removed + "："), .deleted(text)], [.plain("（なし）")], "")
        }
    }
}

/// A run of a cell: plain, deleted or inserted (the template chooses the markup).
struct Piece {
    let text: String
    let plain: Bool
    let del: Bool
    let ins: Bool

    static func plain(_ s: String) -> Piece { Piece(text: s, plain: true, del: false, ins: false) }
    static func deleted(_ s: String) -> Piece { Piece(text: s, plain: false, del: true, ins: false) }
    static func inserted(_ s: String) -> Piece { Piece(text: s, plain: false, del: false, ins: true) }
}
