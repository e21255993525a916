import JukiDiagnostics
import JukiModel
import JukiRecords

/// Reads a published text (report.txt as it was published, or as a web page was copied) back into the one
/// model: text → lines with positions → `Edition`, every value kept with where it stood, then the model's
/// rules (the ones `check` applies to records). Figures the text derives — （13所属）, 計752人, 15所属中,
/// 「令和5年3月31日現在」, the years it names — are checked against what they count and left out of the
/// model, which computes them.
///
/// The layout is the one `templates/text/*.mustache` prints. What a copy may change is tolerated: UTF-8 or
/// CP932, CRLF, blank lines missing or doubled (they carry nothing: every paragraph is one line), blanks
/// around lines, tables with blanks instead of tabs, 全角 or 半角 brackets and colons. A line that fits
/// nowhere stops the reading there, with what belongs in its place; nothing is made.
public enum PublishedText {
    /// An edition read from a text, and the figures of the text it took as counted (`acceptStated`), each a
    /// diagnostic at the figure with a note at what it counts.
    public struct Imported: Sendable {
        public let edition: Edition
        public let corrections: [Diagnostic]
        /// The text read, for quoting the corrections' lines.
        public let sources: [String: SourceFile]
    }

    /// A published text is a few hundred lines; with its 別添 tables, it may list thousands of 事務.
    static let sizeLimit = 64 * 1024 * 1024

    /// The text at `path` (as the user named it), read and placed; a figure that disagrees with what it
    /// counts is an error.
    public static func read(path: String) -> Result<Edition, Diagnostics> {
        read(path: path, acceptStated: false).map(\.edition)
    }

    /// - Parameter acceptStated: take a figure that disagrees with what it counts as counted, and say so
    ///   in `corrections`, instead of failing.
    public static func read(path: String, acceptStated: Bool) -> Result<Imported, Diagnostics> {
        switch InputFile.bytes(path, limit: sizeLimit) {
        case .failure(let d): return .failure(Diagnostics([d]))
        case .success(let bytes): return read(bytes: bytes, path: path, acceptStated: acceptStated)
        }
    }

    public static func read(bytes: [UInt8], path: String) -> Result<Edition, Diagnostics> {
        read(bytes: bytes, path: path, acceptStated: false).map(\.edition)
    }

    public static func read(bytes: [UInt8], path: String, acceptStated: Bool) -> Result<Imported, Diagnostics> {
        switch RecordFile.decode(bytes, path: path) {
        case .failure(let d): return .failure(Diagnostics([d]))
        case .success(let file): return read(file, acceptStated: acceptStated)
        }
    }

    /// A decoded text.
    public static func read(_ file: SourceFile, acceptStated: Bool = false) -> Result<Imported, Diagnostics> {
        var reader = PublishedReader(file: file, acceptStated: acceptStated)
        let sources = [file.path: file]
        func failure(_ extra: [Diagnostic]) -> Result<Imported, Diagnostics> {
            .failure(Diagnostics((reader.problems + extra).sorted { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) },
                                 sources: sources))
        }
        let edition: Edition?
        do throws(PublishedReader.Unplaceable) {
            edition = try reader.edition()
        } catch {
            return failure([error.diagnostic])
        }
        guard reader.problems.isEmpty, let edition else { return failure([]) }
        let positions = reader.positions
        func location(_ path: FieldPath) -> SourceLocation? {
            var p = path
            while !p.components.isEmpty {
                if let l = positions[p] { return l }
                p = p.parent
            }
            return nil
        }
        let violations = edition.ruleViolations()
        guard violations.isEmpty else {
            return failure(violations.map { v in
                Diagnostic(rule: v, at: location(v.place.recordPath)) { location($0.recordPath) }
            })
        }
        return .success(Imported(edition: edition, corrections: reader.corrections, sources: sources))
    }
}

extension PublishedReader {
    /// The whole text, part by part, as `text/report` lays it out.
    mutating func edition() throws(Unplaceable) -> Edition? {
        let (year, title) = try titleLine()
        let (trainings, note) = try self.trainings()
        let activities = try self.activities(.results)
        let (statutory, ordinance, publication, certification, disclosure) = try identityUse()
        let findings = try self.findings()
        let (planTrainings, planActivities) = try plan()
        let annexes = try self.annexes()
        if let line = peek { throw misplaced(line, "文の終わり（または別添1〜3の節）") }

        let statutoryUse = use(statutory, annex: annexes.affairs[0], file: 1)
        let ordinanceUse = use(ordinance, annex: annexes.affairs[1], file: 2)
        guard let year, let title, let publication, let certification, let disclosure,
              let findings, let statutoryUse, let ordinanceUse, annexes.ok else { return nil }
        let t = trainings.compactMap { $0 }, a = activities.compactMap { $0 }
        let pt = planTrainings.compactMap { $0 }, pa = planActivities.compactMap { $0 }
        guard t.count == trainings.count, a.count == activities.count, pt.count == planTrainings.count,
              pa.count == planActivities.count else { return nil }
        let identityUse = IdentityUse(statutory: statutoryUse, ordinance: ordinanceUse, publication: publication,
                                      publicationAnnex: annexes.published)
        return Edition(fiscalYear: year, title: title,
                       results: Results(trainings: t, trainingNote: note, activities: a, identityUse: identityUse,
                                        certification: certification, disclosure: disclosure),
                       findings: findings, plan: Plan(trainings: pt, activities: pa))
    }

    /// 令和4年度住民基本台帳ネットワークシステムの セキュリティ対策の措置状況等について: the 年度 and the title.
    mutating func titleLine() throws(Unplaceable) -> (FiscalYear?, String?) {
        let expected = "年度と表題の行（令和4年度住民基本台帳ネットワークシステムの…について）"
        let line = try next(expected)
        guard let mark = line.text.range(of: "年度") else { throw misplaced(line, expected) }
        let yearText = line.text[..<mark.upperBound]
        let year = date(yearText, line, key: RecordKey.fiscalYear, path: FieldPath().appending(RecordKey.fiscalYear), DateNotation.fiscalYear)
        if let year {
            fiscalYear = year
            fiscalYearAt = at(line)
        }
        let title = text(line.text[mark.upperBound...], line, key: RecordKey.title, path: FieldPath().appending(RecordKey.title))
        return (year, title)
    }

    /// A category of 3 (1) or (2): its stated figures, or its 別添 table with the stated figures checked.
    mutating func use(_ stated: StatedUse, annex: ([AffairUse], SourceLocation)?, file: Int) -> UseCategory? {
        guard stated.ok, let available = stated.available, let used = stated.used, let cases = stated.cases else { return nil }
        guard let (rows, heading) = annex else {
            return UseCategory(availableAffairs: available, basis: stated.basis, usedAffairs: used, cases: cases)
        }
        let category = UseCategory(basis: stated.basis, annex: rows)
        for (key, value, computed) in [(RecordKey.availableAffairs, available, category.availableAffairs),
                                       (RecordKey.usedAffairs, used, category.usedAffairs),
                                       (RecordKey.cases, cases, category.cases)] {
            guard let place = stated.at[key] else { continue }
            check(figure: "「\(key)」", stated: Notation.grouped(value), counted: Notation.grouped(computed), at: place,
                  countedAt: heading, what: "別添\(file)の表")
        }
        return category
    }
}
