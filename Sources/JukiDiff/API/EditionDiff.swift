import JukiModel

/// What changed between two editions, section by section, in the report's own terms. Built by
/// `EditionDiff.compare(_:_:)` (this year's edition against last year's) or `EditionDiff.comparePlan(_:_:)`
/// (what one edition planned against what the next reports as done); read by the text, JSON and HTML outputs.
public struct EditionDiff: Hashable, Sendable {
    /// What is compared with what.
    public enum Mode: String, Hashable, Sendable {
        /// Two editions, part by part.
        case editions
        /// The plan of the old edition against the results of the new one.
        case plan
    }

    /// One of the two editions compared, as the user named it.
    public struct Side: Hashable, Sendable {
        /// The edition's name or folder, as given on the command line (R4, Tests/Editions/R5-follows-plan).
        public var name: String
        /// The 年度 the side speaks of: the edition's year, or in `.plan` mode the old side's plan year.
        public var fiscalYear: FiscalYear

        public init(name: String, fiscalYear: FiscalYear) {
            self.name = name
            self.fiscalYear = fiscalYear
        }

        /// 令和4年度.
        public var yearText: String { EraText.fiscalYear(fiscalYear) }
    }

    public var mode: Mode
    public var old: Side
    public var new: Side
    /// Every section the mode compares, in report order, including those without changes.
    public var sections: [DiffSection]

    public init(mode: Mode, old: Side, new: Side, sections: [DiffSection]) {
        self.mode = mode
        self.old = old
        self.new = new
        self.sections = sections
    }

    /// True when the two editions say the same thing (diff(1) exits 0).
    public var isEmpty: Bool { sections.allSatisfy { $0.changes.isEmpty } }

    public var changeCount: Int { sections.reduce(0) { $0 + $1.changes.count } }
}

/// A part of the report (1 セキュリティ研修, 2 外部監査等 …) and what changed in it.
public struct DiffSection: Hashable, Sendable {
    /// A stable identifier for scripts: `title`, `trainings`, `activities`, `identityUse`, `findings`,
    /// `planTrainings`, `planActivities`.
    public var id: String
    /// The report's heading.
    public var title: String
    public var changes: [Change]

    public init(id: String, title: String, changes: [Change]) {
        self.id = id
        self.title = title
        self.changes = changes
    }

    /// A part of the report, under its name (`ReportSection.title`) or the one given.
    init(_ section: ReportSection, title: String? = nil, changes: [Change]) {
        self.init(id: section.rawValue, title: title ?? section.title, changes: changes)
    }
}

/// One difference, placed in the report's terms: `["第1回", "受講者", "県利用所属職員"]`.
public struct Change: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A figure: 受講者 751名 → 768名 (+17). `unit` is the report's counter word (名, 件, 事務, 人, 所属).
        case figure(old: Int, new: Int, unit: String)
        /// A text, with the changed characters marked.
        case text(TextDiff)
        /// A date or period, moved: 令和4年6月 → 令和5年7月.
        case date(old: DateValue, new: DateValue)
        /// 所属 added to or removed from a list, with the list's count on each side.
        case units(added: [String], removed: [String], oldCount: Int, newCount: Int)
        /// A part, table row or value that only the new side has (in `.plan` mode: done, not planned).
        case added(String)
        /// A part, table row or value that only the old side has (in `.plan` mode: planned, not done).
        case removed(String)
    }

    /// Where in the section, outermost first.
    public var place: [String]
    public var kind: Kind

    public init(_ place: [String], _ kind: Kind) {
        self.place = place
        self.kind = kind
    }
}

/// A date as the report prints it (和暦) and in ISO 8601 for scripts.
public struct DateValue: Hashable, Sendable {
    /// 令和4年11月から令和5年1月.
    public var text: String
    /// 2022-11/2023-01 (a period), 2022-06 (a month), 2004-02-01 (a day), 2022 (a 年度).
    public var iso: String

    public init(text: String, iso: String) {
        self.text = text
        self.iso = iso
    }

    public init(_ p: Period) {
        self.init(text: EraText.period(p), iso: p.isSingleMonth ? p.start.description : "\(p.start)/\(p.end)")
    }

    public init(_ d: Day) { self.init(text: EraText.day(d), iso: d.description) }

    public init(_ fy: FiscalYear) { self.init(text: EraText.fiscalYear(fy), iso: fy.description) }
}
