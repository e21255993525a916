import JukiModel

extension Problem {
    /// Whether a problem stops the run, decided once by its kind: an error, a 【要記入】 mark (stops a build all
    /// the same), a correction `import --accept-stated` made (訂正: reported, the run goes on), a warning
    /// (printed; the run goes on unless --strict), or a note (printed; never fails a run).
    public enum Severity: Hashable, Sendable {
        case error, toFill, correction, warning, note
    }

    public var severity: Severity {
        switch self {
        case .toFill: return .toFill
        case .importCorrected: return .correction
        case .unitMissingThisYear, .countMoved, .plannedTrainingNotHeld, .plannedActivityNotHeld, .previousUnreadable,
             .siteSampleValue, .pageDateBeforeData:
            return .warning
        case .annexesNotBuilt: return .note
        default: return .error
        }
    }

    /// The messages of issue 14: a value cut by a comment, two spellings of one 所属, and the warnings that
    /// compare an edition with the one before it (`previous` is its name).
    var yearMessage: String {
        switch self {
        case .yamlCommentCutsValue(let key, let written, let kept, let quoted):
            return "「\(key)」の値「\(written)」は「 #」から後が YAML のコメントになり、「\(kept)」だけが読まれます。"
                + "「#」も値なら、\(quoted) のように \" で囲んでください。コメントなら、前の行に書いてください。"
        case .noteFirstSpelledHere(let name):
            return "最初はここにあります（「\(name)」）。"
        case .unitMissingThisYear(let unit, let previous):
            return "昨年度（\(previous)）の照合情報の表にある所属「\(unit)」が、この表にありません。"
                + "なくなった所属でなければ、行を加えてください。"
        case .notePreviousHere(let previous):
            return "昨年度（\(previous)）はここにあります。"
        case .countMoved(let what, let old, let new, let counter, let previous):
            return "\(what)が昨年度（\(previous)）の\(Notation.grouped(old))\(counter)から\(Notation.grouped(new))\(counter)になりました"
                + "（\(old == 0 ? "0からの増加" : new == 0 ? "0への減少" : new > old ? "2倍を超える増加" : "半分未満への減少")）。"
                + "書き誤りでないか確かめてください。"
        case .plannedTrainingNotHeld(let number, let period, let previous):
            return "昨年度（\(previous)）の次年度計画にある第\(Notation.grouped(number))回の研修（\(EraText.period(period))）の結果がありません。"
                + "行ったなら「\(RecordKey.trainings)」に加えてください。"
        case .plannedActivityNotHeld(let name, let period, let previous):
            return "昨年度（\(previous)）の次年度計画にある「\(name)」（\(EraText.period(period))）の結果がありません。"
                + "行ったなら「\(RecordKey.activities)」に計画と同じ名称で加えてください。"
        case .previousUnreadable(let path, let count):
            return "前の版「\(path)」に\(Notation.grouped(count))件の誤りがあり、昨年度との比較をしていません。"
                + "その版を juki-report check で確かめてください。"
        default:
            return String(describing: self)
        }
    }
}

extension Diagnostic {
    public var severity: Problem.Severity { problem.severity }
}

extension Problem {
    /// The figures `countMoved` names, in the records' words.
    public static func participantsFigure(training: Int, group: String) -> String {
        "第\(Notation.grouped(training))回の研修の\(RecordKey.participants)（\(group)）"
    }

    public static func casesFigure(statutory: Bool) -> String {
        "\(statutory ? RecordKey.statutory : RecordKey.ordinance)の\(RecordKey.cases)"
    }

    public static func certifiedFigure(unit: String) -> String {
        "所属「\(unit)」の人数"
    }
}
