// The diff page's views as templates/diff/page.mustache names them (see ViewSchema.swift).

extension DiffPageView: TemplateValue {
    static let templateFields: [(String, TemplateField<DiffPageView>)] = [
        ("title", one { $0.title }), ("oldHeading", one { $0.oldHeading }), ("newHeading", one { $0.newHeading }),
        ("oldSide", one { $0.oldSide }), ("newSide", one { $0.newSide }), ("summary", one { $0.summary }),
        ("sections", many { $0.sections }), ("oldWord", one { $0.oldWord }), ("newWord", one { $0.newWord }),
        ("hasWarnings", flag { $0.hasWarnings }), ("warnings", many { $0.warnings }),
    ]
}

extension DiffWarningView: TemplateValue {
    static let templateFields: [(String, TemplateField<DiffWarningView>)] = [
        ("place", one { $0.place }), ("hasPlace", flag { $0.hasPlace }), ("message", one { $0.message }),
    ]
}

extension DiffSectionView: TemplateValue {
    static let templateFields: [(String, TemplateField<DiffSectionView>)] = [
        ("id", one { $0.id }), ("title", one { $0.title }), ("rows", many { $0.rows }),
    ]
}

extension DiffRowView: TemplateValue {
    static let templateFields: [(String, TemplateField<DiffRowView>)] = [
        ("place", one { $0.place }), ("old", many { $0.old }), ("new", many { $0.new }), ("delta", one { $0.delta }),
    ]
}

extension DiffPiece: TemplateValue {
    static let templateFields: [(String, TemplateField<DiffPiece>)] = [
        ("text", one { $0.text }), ("plain", flag { $0.plain }), ("del", flag { $0.del }), ("ins", flag { $0.ins }),
    ]
}
