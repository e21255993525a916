// The preview's own pages as the templates name them (templates/serve/; see ViewSchema.swift).

extension BannerView: TemplateValue {
    static let templateFields: [(String, TemplateField<BannerView>)] = [
        ("editions", many { $0.editions }),
    ]
}

extension BannerEditionView: TemplateValue {
    static let templateFields: [(String, TemplateField<BannerEditionView>)] = [
        ("name", one { $0.name }), ("status", one { $0.status }), ("ok", flag { $0.ok }),
        ("page", one { $0.page }), ("check", one { $0.check }), ("diff", one { $0.diff }), ("plan", one { $0.plan }),
    ]
}

extension ProblemsView: TemplateValue {
    static let templateFields: [(String, TemplateField<ProblemsView>)] = [
        ("title", one { $0.title }), ("summary", one { $0.summary }), ("report", maybe { $0.report }),
    ]
}
