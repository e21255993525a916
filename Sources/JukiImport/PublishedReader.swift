import JukiDiagnostics
import JukiModel
import JukiRecords

/// The state of reading one published text: the lines still to place, the problems found, and the position
/// of every value read, by the record path it will be written to (so a broken rule of the model points at
/// the text as it points at report.yaml).
struct PublishedReader {
    /// A line that fits nowhere: reading stops there (what follows cannot be placed either).
    struct Unplaceable: Error { let diagnostic: Diagnostic }

    let file: SourceFile
    let lines: [TextLine]
    var index = 0
    var problems: [Diagnostic] = []
    var positions: [FieldPath: SourceLocation] = [:]
    /// The 年度 as the title states it, and where: every other mention of a 年度 is checked against it.
    var fiscalYear = FiscalYear(startYear: 2022)
    var fiscalYearAt: SourceLocation?
    /// `--accept-stated`: a figure that disagrees with what it counts is taken as counted, and said in
    /// `corrections` (the records keep it as a comment), instead of stopping the import.
    let acceptStated: Bool
    var corrections: [Diagnostic] = []

    init(file: SourceFile, acceptStated: Bool = false) {
        self.file = file
        self.acceptStated = acceptStated
        lines = TextLine.lines(of: file)
    }

    var peek: TextLine? { index < lines.count ? lines[index] : nil }

    mutating func take() -> TextLine {
        defer { index += 1 }
        return lines[index]
    }

    func at(_ line: TextLine, _ offset: Int = 0) -> SourceLocation {
        SourceLocation(file: file.path, line: line.number, column: line.lead + offset + 1)
    }

    /// Where a value starts: `part` is a slice of `line.text`.
    func at(_ line: TextLine, _ part: Substring) -> SourceLocation {
        at(line, line.text.unicodeScalars[line.text.startIndex..<part.startIndex].count)
    }

    /// Just after the last line that holds something: where the text ends.
    var end: SourceLocation {
        guard let last = lines.last else { return SourceLocation(file: file.path, line: 1, column: 1) }
        return at(last, last.text.unicodeScalars.count)
    }

    // MARK: Fitting lines

    /// The next line, which must be there: else the text ended where `expected` belongs.
    mutating func next(_ expected: String) throws(Unplaceable) -> TextLine {
        guard let line = peek else { throw Unplaceable(diagnostic: Diagnostic(.importTextEnds(expected: expected), at: end)) }
        index += 1
        return line
    }

    /// The line where `expected` belongs does not fit it.
    func misplaced(_ line: TextLine, _ expected: String) -> Unplaceable {
        if let heading = Headings.known(line, fiscalYear: fiscalYear) {
            return Unplaceable(diagnostic: Diagnostic(.importHeadingOutOfOrder(found: heading, expected: expected), at: at(line)))
        }
        return Unplaceable(diagnostic: Diagnostic(.importUnexpectedLine(expected: expected), at: at(line)))
    }

    /// A fixed heading, in any of the tolerated variants.
    mutating func heading(_ text: String) throws(Unplaceable) {
        let expected = "見出し「\(text)」"
        let line = try next(expected)
        guard line.folded == Fold.fold(text) else { throw misplaced(line, expected) }
    }

    /// `label：value` (or `label: value`), the value as a slice of the line's text (maybe empty).
    static func labeled(_ line: TextLine, _ label: String) -> Substring? {
        let t = line.text
        guard t.hasPrefix(label) else { return nil }
        var rest = t[t.index(t.startIndex, offsetBy: label.count)...]
        rest = rest.drop(while: Notation.isBlank)
        guard let c = rest.first, Fold.isColon(c) else { return nil }
        return rest.dropFirst().drop(while: Notation.isBlank)
    }

    /// The next line as `label：value`, required.
    mutating func labeled(_ label: String, in section: String) throws(Unplaceable) -> (TextLine, Substring) {
        let expected = "「\(label)：」の行（\(section)）"
        let line = try next(expected)
        guard let value = Self.labeled(line, label) else { throw misplaced(line, expected) }
        return (line, value)
    }

    /// The next line as `label：value` if it is one.
    mutating func optionalLabeled(_ label: String) -> (TextLine, Substring)? {
        guard let line = peek, let value = Self.labeled(line, label) else { return nil }
        index += 1
        return (line, value)
    }

    // MARK: Values

    /// A value of text, checked by the records' one rule (`RecordValue.text`), its position kept at `path`.
    mutating func text(_ raw: Substring, _ line: TextLine, key: String, path: FieldPath?) -> String? {
        let where_ = at(line, raw)
        if let path { positions[path] = where_ }
        switch RecordValue.text(String(raw), key: key) {
        case .success(let s): return s
        case .failure(.value(let p)): problems.append(Diagnostic(p, at: where_))
        case .failure(.character(let c, let offset)):
            problems.append(Diagnostic(.forbiddenCharacter(key: key, c),
                                       at: SourceLocation(file: where_.file, line: where_.line, column: where_.column + offset)))
        }
        return nil
    }

    /// A count as the text prints it (751, 1,352,771), by the records' one rule (`RecordValue.count`).
    mutating func count(_ raw: Substring, _ line: TextLine, key: String, kind: CountKind, path: FieldPath?) -> Int? {
        let where_ = at(line, raw)
        if let path { positions[path] = where_ }
        switch RecordValue.count(String(raw), key: key, kind: kind) {
        case .success(let n): return n
        case .failure(.value(let p)): problems.append(Diagnostic(p, at: where_))
        case .failure(.character(let c, _)): problems.append(Diagnostic(.forbiddenCharacter(key: key, c), at: where_))
        }
        return nil
    }

    /// `[number][unit]` at the start of `s` (751名, 1,352,771件): the count and what follows the unit; a
    /// missing number is reported as the text found where it belongs.
    mutating func counted(_ s: Substring, unit: String, _ line: TextLine, key: String, kind: CountKind,
                          path: FieldPath?) -> (Int?, Substring)? {
        let digits = Fold.leadingNumber(s)
        let rest = s[digits.endIndex...]
        guard !digits.isEmpty, rest.hasPrefix(unit) else {
            let word = s.prefix { $0 != Character(unit) && $0 != "、" }
            problems.append(Diagnostic(.notACount(key: key, text: String(word)), at: at(line, s)))
            return nil
        }
        return (count(digits, line, key: key, kind: kind, path: path), rest.dropFirst(unit.count))
    }

    /// A date read by the one notation (`DateNotation`); a failure reported at it.
    mutating func date<T>(_ raw: Substring, _ line: TextLine, key: String, path: FieldPath?,
                          _ read: (String) -> Result<T, DateNotation.Failure>) -> T? {
        let where_ = at(line, raw)
        if let path { positions[path] = where_ }
        switch read(String(raw)) {
        case .success(let v): return v
        case .failure(let f):
            problems.append(Diagnostic(.badDate(key: key, f), at: where_))
            return nil
        }
    }

    // MARK: Stated figures

    /// A figure the text states that it also counts (or takes from the 年度): a disagreement is reported at
    /// the figure, with a note at what it counts.
    mutating func check(figure: String, stated: String, counted: String, at place: SourceLocation,
                        countedAt: SourceLocation?, what: String) {
        guard stated != counted else { return }
        let note = Diagnostic.Note(.importNoteCountedHere(what), at: countedAt)
        if acceptStated {
            corrections.append(Diagnostic(.importCorrected(figure: figure, stated: stated, counted: counted), at: place, notes: [note]))
        } else {
            problems.append(Diagnostic(.importStatedDisagrees(figure: figure, stated: stated, counted: counted), at: place, notes: [note]))
        }
    }

    /// A 年度 the text names (令和4年度の利用実績) against the title's.
    mutating func checkYear(_ stated: Substring, _ line: TextLine, expected: FiscalYear, figure: String) {
        yearMention(figure, stated, line, expected: EraText.fiscalYear(expected))
    }

    /// 「令和5年3月31日現在」 against the end of the 年度.
    mutating func checkAsOf(_ stated: Substring, _ line: TextLine) {
        yearMention("年度末の日付", stated, line, expected: EraText.day(fiscalYear.lastDay))
    }

    /// A 年度 or day the text names, against what the title's 年度 gives; the note points at the title.
    mutating func yearMention(_ figure: String, _ stated: Substring, _ line: TextLine, expected: String) {
        guard Fold.fold(stated) != expected else { return }
        let note = Diagnostic.Note(.importNoteTitleYear, at: fiscalYearAt)
        if acceptStated {
            corrections.append(Diagnostic(.importCorrected(figure: figure, stated: String(stated), counted: expected),
                                          at: at(line, stated), notes: [note]))
        } else {
            problems.append(Diagnostic(.importYearDisagrees(figure: figure, stated: String(stated), expected: expected),
                                       at: at(line, stated), notes: [note]))
        }
    }
}
