// The site's pages as the templates name them (see ViewSchema.swift).

extension SiteView: TemplateValue {
    static let templateFields: [(String, TemplateField<SiteView>)] = [
        ("name", one { $0.name }), ("url", one { $0.url }), ("contact", one { $0.contact }),
    ]
}

extension ContactView: TemplateValue {
    static let templateFields: [(String, TemplateField<ContactView>)] = [
        ("unit", one { $0.unit }), ("phone", one { $0.phone }), ("fax", maybe { $0.fax }),
        ("mailForm", maybe { $0.mailForm }),
    ]
}

extension PhoneView: TemplateValue {
    static let templateFields: [(String, TemplateField<PhoneView>)] = [
        ("text", one { $0.text }), ("href", maybe { $0.href }),
    ]
}

extension PageDatesView: TemplateValue {
    static let templateFields: [(String, TemplateField<PageDatesView>)] = [
        ("published", maybe { $0.published }), ("updated", one { $0.updated }),
    ]
}

extension CrumbView: TemplateValue {
    static let templateFields: [(String, TemplateField<CrumbView>)] = [
        ("name", one { $0.name }), ("href", maybe { $0.href }),
    ]
}

extension UpdatedView: TemplateValue {
    static let templateFields: [(String, TemplateField<UpdatedView>)] = [
        ("text", one { $0.text }), ("iso", one { $0.iso }),
    ]
}

extension PageView: TemplateValue {
    static let templateFields: [(String, TemplateField<PageView>)] = [
        ("pageTitle", one { $0.pageTitle }), ("site", one { $0.site }), ("breadcrumb", many { $0.breadcrumb }),
        ("dates", maybe { $0.dates }), ("report", one { $0.report }),
    ]
}

extension IndexView: TemplateValue {
    static let templateFields: [(String, TemplateField<IndexView>)] = [
        ("pageTitle", one { $0.pageTitle }), ("title", one { $0.title }), ("site", one { $0.site }),
        ("breadcrumb", many { $0.breadcrumb }), ("dates", maybe { $0.dates }), ("editions", many { $0.editions }),
    ]
}

extension IndexEntryView: TemplateValue {
    static let templateFields: [(String, TemplateField<IndexEntryView>)] = [
        ("fiscalYear", one { $0.fiscalYear }), ("title", one { $0.title }), ("href", one { $0.href }),
        ("editionUpdated", maybe { $0.editionUpdated }), ("files", many { $0.files }),
    ]
}

extension FileLinkView: TemplateValue {
    static let templateFields: [(String, TemplateField<FileLinkView>)] = [
        ("label", one { $0.label }), ("href", one { $0.href }),
    ]
}

extension AnnexPageView: TemplateValue {
    static let templateFields: [(String, TemplateField<AnnexPageView>)] = [
        ("site", one { $0.site }), ("breadcrumb", many { $0.breadcrumb }), ("dates", maybe { $0.dates }),
        ("fiscalYear", one { $0.fiscalYear }), ("reportTitle", one { $0.reportTitle }),
        ("isStatutory", flag { $0.isStatutory }), ("isOrdinance", flag { $0.isOrdinance }),
        ("isPublication", flag { $0.isPublication }), ("affairAnnex", maybe { $0.affairAnnex }),
        ("publicationAnnex", maybe { $0.publicationAnnex }),
    ]
}
