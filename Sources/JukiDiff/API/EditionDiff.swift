import JukiModel

/// What changed between two editions, section by section, in the report's own terms. Built by
/// `EditionDiff.compare(_:_:)` (this year's edition against last year's) or `EditionDiff.comparePlan(_:_:)`
/// (what one edition planned against what the next reports as done). It holds values, not display text: the
/// writers (JukiRender's DiffText, DiffHTML, DiffJSON) decide how a count, a date or a part reads.
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
        /// A figure: 受講者 751 → 768. `unit` is the report's counter word (名, 件, 事務, 人, 所属).
        case figure(old: Int, new: Int, unit: String)
        /// A text, with the changed characters marked.
        case text(TextDiff)
        /// A date or period, moved: 2022-06 → 2023-07.
        case date(old: DateValue, new: DateValue)
        /// 所属 added to or removed from a list, with the list's count on each side.
        case units(added: [String], removed: [String], oldCount: Int, newCount: Int)
        /// A value that changed shape (対象 given as a list of 所属 on one side, described on the other).
        case replaced(old: Part, new: Part)
        /// A part, table row or value that only the new side has (in `.plan` mode: done, not planned).
        case added(Part)
        /// A part, table row or value that only the old side has (in `.plan` mode: planned, not done).
        case removed(Part)
    }

    /// Where in the section, outermost first.
    public var place: [String]
    public var kind: Kind

    public init(_ place: [String], _ kind: Kind) {
        self.place = place
        self.kind = kind
    }
}

/// A date of the model, as compared: the period of a 研修 or 点検, a day (開示の開始日), a 年度.
public enum DateValue: Hashable, Sendable {
    case period(Period)
    case day(Day)
    case fiscalYear(FiscalYear)

    public init(_ p: Period) { self = .period(p) }

    public init(_ d: Day) { self = .day(d) }

    public init(_ fy: FiscalYear) { self = .fiscalYear(fy) }
}
