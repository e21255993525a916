import Mustache

// How templates/diff/page.mustache finds the fields of the diff page's views, as ViewLookup.swift does
// for the report: without these, swift-mustache reflects the whole view through `Mirror` for every
// `{{name}}` at every level of the context stack, about 100 µs a row (5 s for a table of 50,000 changed rows).
// DiffViewLookupTests checks every field of every view against its Mirror.

extension DiffPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "oldHeading": return oldHeading
        case "newHeading": return newHeading
        case "oldSide": return oldSide
        case "newSide": return newSide
        case "summary": return summary
        case "sections": return sections
        case "oldWord": return oldWord
        case "newWord": return newWord
        case "hasWarnings": return hasWarnings
        case "warnings": return warnings
        default: return nil
        }
    }
}

extension DiffSectionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "rows": return rows
        default: return nil
        }
    }
}

extension DiffRowView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "place": return place
        case "old": return old
        case "new": return new
        case "delta": return delta
        default: return nil
        }
    }
}

extension DiffPiece: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return text
        case "plain": return plain
        case "del": return del
        case "ins": return ins
        default: return nil
        }
    }
}

extension DiffWarningView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "place": return place
        case "hasPlace": return hasPlace
        case "message": return message
        default: return nil
        }
    }
}
