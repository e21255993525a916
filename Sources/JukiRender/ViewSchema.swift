import JukiModel

// The report's and the site's views as the templates name them (`TemplateValue`): each field under its own
// name, once. `Templates.load` resolves every tag of templates/ against these lists; TemplateSchemaTests
// holds each list to the view's stored properties, so a field left out fails a test, not a page.

extension ReportView: TemplateValue {
    static let templateFields: [(String, TemplateField<ReportView>)] = [
        ("fiscalYear", one { $0.fiscalYear }), ("title", one { $0.title }), ("trainings", many { $0.trainings }),
        ("trainingNote", maybe { $0.trainingNote }), ("activities", many { $0.activities }), ("asOf", one { $0.asOf }),
        ("statutory", one { $0.statutory }), ("ordinance", one { $0.ordinance }), ("publication", one { $0.publication }),
        ("certificationTotal", one { $0.certificationTotal }), ("certification", many { $0.certification }),
        ("certificationGrid", many { $0.certificationGrid }), ("disclosureSince", one { $0.disclosureSince }),
        ("disclosureRequests", one { $0.disclosureRequests }),
        ("hasDisclosureRequests", flag { $0.hasDisclosureRequests }), ("findingAreas", many { $0.findingAreas }),
        ("findingsClosing", maybe { $0.findingsClosing }), ("statutoryAnnex", maybe { $0.statutoryAnnex }),
        ("ordinanceAnnex", maybe { $0.ordinanceAnnex }), ("publicationAnnex", maybe { $0.publicationAnnex }),
        ("publicationRuns", many { $0.publicationRuns }), ("publicationLinksAnnex", flag { $0.publicationLinksAnnex }),
        ("planYear", one { $0.planYear }), ("planTrainings", many { $0.planTrainings }),
        ("planActivities", many { $0.planActivities }),
    ]
}

extension TextRunView: TemplateValue {
    static let templateFields: [(String, TemplateField<TextRunView>)] = [
        ("text", one { $0.text }), ("href", maybe { $0.href }),
    ]
}

extension TrainingView: TemplateValue {
    static let templateFields: [(String, TemplateField<TrainingView>)] = [
        ("number", one { $0.number }), ("period", one { $0.period }), ("periodNote", maybe { $0.periodNote }),
        ("participants", many { $0.participants }), ("lecturer", one { $0.lecturer }), ("content", one { $0.content }),
        ("remarks", maybe { $0.remarks }),
    ]
}

extension TrainingNoteView: TemplateValue {
    static let templateFields: [(String, TemplateField<TrainingNoteView>)] = [
        ("text", one { $0.text }), ("participantCount", one { $0.participantCount }),
    ]
}

extension CountView: TemplateValue {
    static let templateFields: [(String, TemplateField<CountView>)] = [
        ("unit", one { $0.unit }), ("count", one { $0.count }),
    ]
}

extension ActivityView: TemplateValue {
    static let templateFields: [(String, TemplateField<ActivityView>)] = [
        ("number", one { $0.number }), ("name", one { $0.name }), ("period", one { $0.period }),
        ("periodIsSpan", flag { $0.periodIsSpan }), ("conductors", many { $0.conductors }),
        ("targetUnits", many { $0.targetUnits }), ("targetDescription", maybe { $0.targetDescription }),
        ("targetCount", one { $0.targetCount }), ("summaryInline", maybe { $0.summaryInline }),
        ("summaryParagraphs", many { $0.summaryParagraphs }), ("summarySections", many { $0.summarySections }),
        ("hasSummaryBlock", flag { $0.hasSummaryBlock }), ("auditItems", many { $0.auditItems }),
        ("remarks", maybe { $0.remarks }), ("auditResult", maybe { $0.auditResult }),
    ]
}

extension SummarySection: TemplateValue {
    static let templateFields: [(String, TemplateField<SummarySection>)] = [
        ("heading", one { $0.heading }), ("text", one { $0.text }),
    ]
}

extension AuditResultView: TemplateValue {
    static let templateFields: [(String, TemplateField<AuditResultView>)] = [
        ("targetCount", one { $0.targetCount }), ("unitsWithFindings", one { $0.unitsWithFindings }),
        ("hasFindings", flag { $0.hasFindings }), ("remark", maybe { $0.remark }),
    ]
}

extension UseView: TemplateValue {
    static let templateFields: [(String, TemplateField<UseView>)] = [
        ("availableAffairs", one { $0.availableAffairs }), ("basis", maybe { $0.basis }),
        ("usedAffairs", one { $0.usedAffairs }), ("cases", one { $0.cases }),
    ]
}

extension FindingAreaView: TemplateValue {
    static let templateFields: [(String, TemplateField<FindingAreaView>)] = [
        ("number", one { $0.number }), ("name", one { $0.name }), ("findings", many { $0.findings }),
    ]
}

extension FindingView: TemplateValue {
    static let templateFields: [(String, TemplateField<FindingView>)] = [
        ("finding", one { $0.finding }), ("response", one { $0.response }),
    ]
}

extension PlannedTrainingView: TemplateValue {
    static let templateFields: [(String, TemplateField<PlannedTrainingView>)] = [
        ("number", one { $0.number }), ("period", one { $0.period }), ("periodIsSpan", flag { $0.periodIsSpan }),
        ("audience", one { $0.audience }), ("content", one { $0.content }),
    ]
}

extension GridRow: TemplateValue {
    static let templateFields: [(String, TemplateField<GridRow>)] = [
        ("left", maybe { $0.left }), ("right", maybe { $0.right }), ("totalOnRight", flag { $0.totalOnRight }),
    ]
}

extension AnnexTableView: TemplateValue where Row: TemplateValue {
    static var templateFields: [(String, TemplateField<AnnexTableView<Row>>)] {
        [("rows", many { $0.rows }), ("total", one { $0.total }), ("href", one { $0.href })]
    }
}

extension AffairRowView: TemplateValue {
    static let templateFields: [(String, TemplateField<AffairRowView>)] = [
        ("affair", one { $0.affair }), ("basis", one { $0.basis }), ("cases", one { $0.cases }),
    ]
}

extension PublishedRowView: TemplateValue {
    static let templateFields: [(String, TemplateField<PublishedRowView>)] = [
        ("affair", one { $0.affair }), ("basis", one { $0.basis }), ("kind", one { $0.kind }),
        ("recipient", one { $0.recipient }), ("cases", one { $0.cases }),
    ]
}
