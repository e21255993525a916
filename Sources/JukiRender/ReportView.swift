import JukiModel

/// The edition as display-ready strings: every date in 和暦, every figure formatted, every derived figure
/// computed. Templates only place these; they decide nothing. Field names are the templates' vocabulary.
public struct ReportView: Sendable {
    public let fiscalYear: String
    public let title: String
    public let trainings: [TrainingView]
    public let trainingNote: TrainingNoteView?
    public let activities: [ActivityView]
    /// 令和5年3月31日: the end of the 年度, for 「…現在」.
    public let asOf: String
    public let statutory: UseView
    public let ordinance: UseView
    public let publication: String
    public let certificationTotal: String
    /// All 所属 in order (for a one-column table).
    public let certification: [CountView]
    /// The text layout: two column pairs filled down the left, then the right; 計 in the right pair of the last row.
    public let certificationGrid: [GridRow]
    public let disclosureSince: String
    public let disclosureRequests: String
    public let hasDisclosureRequests: Bool
    public let findingAreas: [FindingAreaView]
    public let findingsClosing: String?
    /// 別添1–3, when the edition carries them.
    public let statutoryAnnex: AffairAnnexView?
    public let ordinanceAnnex: AffairAnnexView?
    public let publicationAnnex: PublicationAnnexView?
    /// The 公表 sentence in runs: its 「別添3」 links the 別添3 page when the edition carries it (issue 14).
    public let publicationRuns: [TextRunView]
    /// Whether `publicationRuns` links 別添3 (the page then needs no link of its own to it).
    public let publicationLinksAnnex: Bool
    public let planYear: String
    public let planTrainings: [PlannedTrainingView]
    public let planActivities: [ActivityView]

    public init(_ e: Edition) {
        fiscalYear = EraText.fiscalYear(e.fiscalYear)
        title = e.title
        trainings = e.results.trainings.enumerated().map { TrainingView($1, number: $0 + 1) }
        trainingNote = e.results.trainingNote.map {
            TrainingNoteView(text: $0.text, participantCount: Notation.grouped($0.participantCount))
        }
        activities = e.results.activities.enumerated().map { ActivityView($1, number: $0 + 1) }
        asOf = EraText.day(e.fiscalYear.lastDay)
        statutory = UseView(e.results.identityUse.statutory)
        ordinance = UseView(e.results.identityUse.ordinance)
        publication = e.results.identityUse.publication
        let table = e.results.certification
        certificationTotal = Notation.grouped(table.total)
        certification = table.rows.map { CountView(unit: $0.unit, count: Notation.grouped($0.count)) }
        certificationGrid = GridRow.layout(certification)
        disclosureSince = EraText.day(e.results.disclosure.since)
        disclosureRequests = Notation.grouped(e.results.disclosure.requests)
        hasDisclosureRequests = e.results.disclosure.requests > 0
        findingAreas = AuditArea.allCases.enumerated().map { i, area in
            FindingAreaView(number: i + 1, name: area.rawValue,
                            findings: e.findings.findings(in: area).map { FindingView(finding: $0.finding, response: $0.response) })
        }
        findingsClosing = e.findings.closing
        statutoryAnnex = AffairAnnexView(e.results.identityUse.statutory, fileName: AnnexFiles.statutory)
        ordinanceAnnex = AffairAnnexView(e.results.identityUse.ordinance, fileName: AnnexFiles.ordinance)
        publicationAnnex = PublicationAnnexView(e.results.identityUse)
        publicationRuns = TextRunView.linking(AnnexFiles.publicationReference, in: publication, to: publicationAnnex?.href)
        publicationLinksAnnex = publicationRuns.contains { $0.href != nil }
        planYear = EraText.fiscalYear(e.planYear)
        planTrainings = e.plan.trainings.enumerated().map { i, t in
            PlannedTrainingView(number: i + 1, period: EraText.period(t.period), periodIsSpan: !t.period.isSingleMonth,
                                audience: t.audience, content: t.content)
        }
        planActivities = e.plan.activities.enumerated().map { ActivityView($1, number: $0 + 1) }
    }
}

public struct TrainingView: Sendable {
    public let number: Int
    public let period: String
    public let periodNote: String?
    public let participants: [CountView]
    public let lecturer: String
    public let content: String
    public let remarks: String?

    init(_ t: Training, number: Int) {
        self.number = number
        period = EraText.period(t.period)
        periodNote = t.periodNote
        participants = t.participants.map { CountView(unit: $0.group, count: Notation.grouped($0.count)) }
        lecturer = t.lecturer
        content = t.content
        remarks = t.remarks
    }
}

public struct TrainingNoteView: Sendable {
    public let text: String
    public let participantCount: String
}

/// A name (所属, group of 受講者) with its formatted count.
public struct CountView: Sendable {
    public let unit: String
    public let count: String
}

public struct ActivityView: Sendable {
    public let number: Int
    public let name: String
    public let period: String
    public let periodIsSpan: Bool
    public let conductors: [String]
    /// Listed 所属 (the count is `targetCount`).
    public let targetUnits: [String]
    /// 市町村課、全利用所属 (with a stated count).
    public let targetDescription: String?
    /// 所属 covered, as the model counts them (`Activity.unitCount`); placed only with targets.
    public let targetCount: String
    public let summaryInline: String?
    public let summaryParagraphs: [String]
    public let summarySections: [SummarySection]
    public let hasSummaryBlock: Bool
    public let auditItems: [String]
    public let remarks: String?
    public let auditResult: AuditResultView?

    init(_ a: Activity, number: Int) {
        self.number = number
        name = a.name
        period = EraText.period(a.period)
        periodIsSpan = !a.period.isSingleMonth
        conductors = a.conductors
        switch a.targets {
        case .units(let units)?:
            targetUnits = units
            targetDescription = nil
        case .described(let text, _)?:
            targetUnits = []
            targetDescription = text
        case nil:
            targetUnits = []
            targetDescription = nil
        }
        targetCount = Notation.grouped(a.unitCount)
        switch a.summary {
        case .inline(let s)?: (summaryInline, summaryParagraphs, summarySections) = (s, [], [])
        case .paragraphs(let p)?: (summaryInline, summaryParagraphs, summarySections) = (nil, p, [])
        case .sections(let s)?: (summaryInline, summaryParagraphs, summarySections) = (nil, [], s)
        case nil: (summaryInline, summaryParagraphs, summarySections) = (nil, [], [])
        }
        hasSummaryBlock = !summaryParagraphs.isEmpty || !summarySections.isEmpty
        auditItems = a.auditItems
        remarks = a.remarks
        let covered = targetCount
        auditResult = a.auditResult.map {
            AuditResultView(targetCount: covered,
                            unitsWithFindings: Notation.grouped($0.unitsWithFindings),
                            hasFindings: $0.unitsWithFindings > 0, remark: $0.remark)
        }
    }
}

public struct AuditResultView: Sendable {
    public let targetCount: String
    public let unitsWithFindings: String
    public let hasFindings: Bool
    public let remark: String?
}

public struct UseView: Sendable {
    public let availableAffairs: String
    public let basis: String?
    public let usedAffairs: String
    public let cases: String

    init(_ c: UseCategory) {
        availableAffairs = Notation.grouped(c.availableAffairs)
        basis = c.basis
        usedAffairs = Notation.grouped(c.usedAffairs)
        cases = Notation.grouped(c.cases)
    }
}

public struct FindingAreaView: Sendable {
    public let number: Int
    public let name: String
    public let findings: [FindingView]
}

public struct FindingView: Sendable {
    public let finding: String
    public let response: String
}

public struct PlannedTrainingView: Sendable {
    public let number: Int
    public let period: String
    public let periodIsSpan: Bool
    public let audience: String
    public let content: String
}

/// One row of the two-pair table: a left pair, a right pair, or the total in the right pair.
public struct GridRow: Sendable {
    public let left: CountView?
    public let right: CountView?
    public let totalOnRight: Bool

    /// n entries fill ⌈n/2⌉ rows down the left, then the right. The total takes the right pair of the last
    /// row when it is free (n odd), else a row of its own with an empty left pair (as R4 prints it).
    static func layout(_ entries: [CountView]) -> [GridRow] {
        let rows = (entries.count + 1) / 2
        var out: [GridRow] = []
        for r in 0..<rows {
            let right = r + rows < entries.count ? entries[r + rows] : nil
            out.append(GridRow(left: entries[r], right: right, totalOnRight: right == nil))
        }
        if entries.count % 2 == 0 { out.append(GridRow(left: nil, right: nil, totalOnRight: true)) }
        return out
    }
}

/// The pages of the 別添 tables beside an edition's page.
public enum AnnexFiles {
    public static let statutory = "annex1.html"
    public static let ordinance = "annex2.html"
    public static let publication = "annex3.html"
    /// How the 公表 sentence names 別添3 (「別添3のとおり公表する」): the words that link its page.
    public static let publicationReference = "別添3"
}

// MARK: issue 14 site
/// A run of a sentence, linked or not (the template chooses the markup).
public struct TextRunView: Sendable {
    public let text: String
    public let href: String?

    /// `text` as runs, its first `words` linked to `href`; one plain run when there is no link to make.
    static func linking(_ words: String, in text: String, to href: String?) -> [TextRunView] {
        guard let href, let range = text.range(of: words) else { return [TextRunView(text: text, href: nil)] }
        return [TextRunView(text: String(text[..<range.lowerBound]), href: nil), TextRunView(text: words, href: href),
                TextRunView(text: String(text[range.upperBound...]), href: nil)].filter { !$0.text.isEmpty }
    }
}

/// A 別添 table as the report and its page show it: a row per 事務, the total, and the page's file name beside
/// index.html (annex1.html).
public struct AnnexTableView<Row: Sendable>: Sendable {
    public let rows: [Row]
    public let total: String
    public let href: String
}

/// 別添1 or 別添2: a row per 事務 with its basis and 件数, and the total.
public typealias AffairAnnexView = AnnexTableView<AffairRowView>
/// 別添3: what is published, 事務 by 事務.
public typealias PublicationAnnexView = AnnexTableView<PublishedRowView>

extension AnnexTableView where Row == AffairRowView {
    /// nil when the category has no table (its figures are stated).
    init?(_ category: UseCategory, fileName: String) {
        guard let rows = category.annex else { return nil }
        self.init(rows: rows.map { AffairRowView(affair: $0.affair, basis: $0.basis, cases: Notation.grouped($0.cases)) },
                  total: Notation.grouped(category.cases), href: fileName)
    }
}

extension AnnexTableView where Row == PublishedRowView {
    /// nil when the edition does not carry 別添3.
    init?(_ use: IdentityUse) {
        guard let rows = use.publicationAnnex, let cases = use.publicationCases else { return nil }
        self.init(rows: rows.map {
            PublishedRowView(affair: $0.affair, basis: $0.basis, kind: $0.kind.rawValue, recipient: $0.recipient ?? "",
                             cases: Notation.grouped($0.cases))
        }, total: Notation.grouped(cases), href: AnnexFiles.publication)
    }
}

public struct AffairRowView: Sendable {
    public let affair: String
    public let basis: String
    public let cases: String
}

public struct PublishedRowView: Sendable {
    public let affair: String
    public let basis: String
    public let kind: String
    public let recipient: String
    public let cases: String
}
