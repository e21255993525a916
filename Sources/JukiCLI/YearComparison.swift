import ArgumentParser
import Foundation
import JukiDiagnostics
import JukiDiff
import JukiModel
import JukiRecords

/// `--previous` and `--strict` of `check` and `build`.
struct YearOptions: ParsableArguments {
    @Option(name: .long, help: "昨年度の版（名前、フォルダ、または report.xml）。既定: --input の下で年度がすぐ前の版。")
    var previous: String?

    @Flag(name: .long, help: "昨年度と比べた警告があれば、誤りと同じく終了コード1で終わります（build は何も書きません）。")
    var strict = false
}

/// The warnings of `check` and `build` against last year: each edition read is compared (`EditionDiff.yearWarnings`)
/// with the edition of the nearest earlier 年度 under `--input` (or `--previous`), and each warning is placed
/// where this year's records say it. No earlier edition: no warnings. One that does not read: a warning naming it.
struct YearComparison {
    let input: String
    let templates: String
    let previous: String?

    func warnings(for loaded: [EditionSet.Loaded]) -> Diagnostics {
        let locator = EditionLocator(input: input, templates: templates)
        var all = Diagnostics([])
        if let previous {
            let before = locator.read(previous)
            for item in loaded { all = all + Self.compare(.init(folder: input + "/" + item.name, edition: item.edition), with: before, named: previous) }
            return all
        }
        // An archive named as --input stands alone.
        guard !EditionSet.isFile(input), case .success(let names) = EditionSet.names(input: input, requested: []) else { return all }
        // The 年度 of each edition: of those read, and of the others from report.yaml's 年度 line; an edition whose
        // line does not tell (an archive, an odd report.yaml) is read whole. Only the one chosen is then read.
        var read: [String: Result<EditionLocator.Located, Diagnostics>] = [:]
        for item in loaded { read[item.name] = .success(.init(folder: input + "/" + item.name, edition: item.edition)) }
        var years: [String: FiscalYear] = [:]
        for name in names {
            if case .success(let e)? = read[name] { years[name] = e.edition.fiscalYear; continue }
            if let year = EditionReader.statedFiscalYear(directory: input + "/" + name) { years[name] = year; continue }
            let whole = locator.read(name)
            read[name] = whole
            if case .success(let e) = whole { years[name] = e.edition.fiscalYear }
        }
        for item in loaded {
            let year = item.edition.fiscalYear
            if let name = Self.yearBefore(year, of: item.name, among: names.map { ($0, years[$0]) }) {
                let before = read[name] ?? locator.read(name)
                read[name] = before
                all = all + Self.compare(.init(folder: input + "/" + item.name, edition: item.edition), with: before, named: name)
            } else if let (name, failed) = names.lazy.compactMap({ n in read[n].flatMap { r in r.failureValue.map { (n, $0) } } })
                .first(where: { $0.0.compare(item.name, options: .numeric) == .orderedAscending }) {
                // An edition that does not read, named before this one: perhaps the year before.
                all = all + Self.compare(.init(folder: input + "/" + item.name, edition: item.edition), with: .failure(failed), named: name)
            }
        }
        return all
    }

    /// The edition before one of `year` named `name`: of the nearest earlier 年度 among `editions` (in name order,
    /// with their 年度 where known); of two such, the first by name. serve's diff and plan choose it the same way.
    static func yearBefore(_ year: FiscalYear, of name: String, among editions: [(String, FiscalYear?)]) -> String? {
        editions.compactMap { n, y in y.flatMap { $0 < year && n != name ? (n, $0) : nil } }.max { $0.1 < $1.1 }?.0
    }

    /// The warnings of `item` against `before`, named `name` in the messages (its last path component).
    static func compare(_ item: EditionLocator.Located, with before: Result<EditionLocator.Located, Diagnostics>,
                        named name: String) -> Diagnostics {
        let old: EditionLocator.Located
        switch before {
        case .success(let e): old = e
        case .failure(let d):
            return Diagnostics([Diagnostic(.previousUnreadable(path: name, count: d.count), at: nil)])
        }
        let found = EditionDiff.yearWarnings(previous: old.edition, current: item.edition)
        guard !found.isEmpty else { return Diagnostics([]) }
        // Positions only now, when there is something to place: the records are read again, with their places.
        let here = placed(item.folder)
        let there = found.contains { $0.previousPlace != nil } ? placed(old.folder) : nil
        let shownName = (name as NSString).lastPathComponent
        let items = found.map { w in
            Diagnostic(Self.problem(w.kind, previous: shownName), at: here?.location(w.place),
                       notes: w.previousPlace.map { [.init(.notePreviousHere(previous: shownName), at: there?.location($0))] } ?? [])
        }
        var sources = here?.sources ?? [:]
        sources.merge(there?.sources ?? [:]) { a, _ in a }
        return Diagnostics(items.sorted(by: EditionReader.order), sources: sources)
    }

    private static func placed(_ folder: String) -> PlacedEdition? {
        guard EditionSet.isFile(folder + "/" + EditionReader.yamlFile) else { return nil }
        return try? EditionReader.readPlaced(directory: folder).get()
    }

    static func problem(_ kind: YearWarning.Kind, previous: String) -> Problem {
        switch kind {
        case .unitMissing(let unit):
            return .unitMissingThisYear(unit: unit, previous: previous)
        case .participantsMoved(let training, let group, let old, let new):
            return .countMoved(what: Problem.participantsFigure(training: training, group: group), old: old, new: new,
                               counter: "名", previous: previous)
        case .casesMoved(let category, let old, let new):
            return .countMoved(what: Problem.casesFigure(statutory: category == .statutory), old: old, new: new,
                               counter: "件", previous: previous)
        case .certifiedMoved(let unit, let old, let new):
            return .countMoved(what: Problem.certifiedFigure(unit: unit), old: old, new: new, counter: "人", previous: previous)
        case .plannedTrainingNotHeld(let number, let period):
            return .plannedTrainingNotHeld(number: number, period: period, previous: previous)
        case .plannedActivityNotHeld(let name, let period):
            return .plannedActivityNotHeld(name: name, period: period, previous: previous)
        }
    }
}

private extension Result {
    var failureValue: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
}
