import JukiDiagnostics
import JukiModel
import JukiRecords

extension PublishedReader {
    /// `(n) rest`: the number (半角 or 全角 digits, either bracket) and the rest of the line.
    static func numbered(_ line: TextLine) -> (Int, Substring)? {
        let t = line.text[...]
        guard let open = t.first, Fold.isOpen(open) else { return nil }
        let digits = Fold.leadingNumber(t.dropFirst())
        guard !digits.isEmpty, let close = t[digits.endIndex...].first, Fold.isClose(close) else { return nil }
        var n = 0
        for c in digits {
            guard let d = Notation.digit(c), n < 1_000_000 else { return nil }
            n = n * 10 + d
        }
        return (n, t[t.index(after: digits.endIndex)...].drop(while: Notation.isBlank))
    }

    /// The bracketed group that ends `s`: the text before it and the text inside (either kind of bracket).
    static func trailingGroup(_ s: Substring) -> (before: Substring, inner: Substring)? {
        guard let last = s.last, Fold.isClose(last) else { return nil }
        var depth = 0
        var i = s.endIndex
        while i > s.startIndex {
            i = s.index(before: i)
            if Fold.isClose(s[i]) { depth += 1 } else if Fold.isOpen(s[i]) {
                depth -= 1
                if depth == 0 { return (s[..<i], s[s.index(after: i)..<s.index(before: s.endIndex)]) }
            }
        }
        return nil
    }

    /// The number of an item, which must be the next: `(k)` and, for a training, `第k回`.
    mutating func checkNumber(_ n: Int, expected k: Int, _ line: TextLine, word: (Int) -> String) {
        guard n != k else { return }
        problems.append(Diagnostic(.importNumberOutOfSequence(expected: word(k), found: word(n)), at: at(line)))
    }

    /// `第k回（period※note）` after the `(k) ` of a training's heading.
    mutating func trainingHeading(_ line: TextLine, _ rest: Substring, number k: Int, path: FieldPath)
        -> (Period?, String?)? {
        guard rest.hasPrefix("第") else { return nil }
        let digits = Fold.leadingNumber(rest.dropFirst())
        guard !digits.isEmpty, rest[digits.endIndex...].hasPrefix("回"),
              let group = Self.trailingGroup(rest[rest.index(after: digits.endIndex)...]),
              Notation.isBlank(group.before) else { return nil }
        if let m = Int(Notation.halfWidthDigits(String(digits))) {
            checkNumber(m, expected: k, line) { "第\($0)回" }
        }
        var periodText = group.inner, note: String?
        if let mark = group.inner.firstIndex(of: "※") {
            periodText = group.inner[..<mark]
            note = text(group.inner[group.inner.index(after: mark)...], line, key: RecordKey.periodNote,
                        path: path.appending(RecordKey.periodNote))
        }
        let period = date(periodText, line, key: RecordKey.period, path: path.appending(RecordKey.period), DateNotation.period)
        return (period, note)
    }

    /// 1 セキュリティ研修 of the results: (1) 第1回（…） with 受講者, 講師, 内容, 備考; then the ※ note.
    mutating func trainings() throws(Unplaceable) -> ([Training?], TrainingNote?) {
        try heading(Headings.trainings)
        var out: [Training?] = []
        while let line = peek, let (n, rest) = Self.numbered(line) {
            let path = FieldPath().appending(RecordKey.trainings).appending(out.count)
            checkNumber(n, expected: out.count + 1, line) { "(\($0))" }
            guard let (period, note) = trainingHeading(line, rest, number: out.count + 1, path: path) else {
                throw misplaced(line, "研修の見出し「(\(out.count + 1)) 第\(out.count + 1)回（時期）」")
            }
            index += 1
            let section = "第\(out.count + 1)回の研修"
            let (pLine, pValue) = try labeled(RecordKey.participants, in: section)
            let participants = self.participants(pValue, pLine, path: path.appending(RecordKey.participants))
            let (lLine, lValue) = try labeled(RecordKey.lecturer, in: section)
            let lecturer = text(lValue, lLine, key: RecordKey.lecturer, path: path.appending(RecordKey.lecturer))
            let (cLine, cValue) = try labeled(RecordKey.content, in: section)
            let content = text(cValue, cLine, key: RecordKey.content, path: path.appending(RecordKey.content))
            let remarksLine = optionalLabeled(RecordKey.remarks)
            let remarks = remarksLine.flatMap { text($1, $0, key: RecordKey.remarks, path: path.appending(RecordKey.remarks)) }
            if let period, let participants, let lecturer, let content, remarksLine == nil || remarks != nil {
                out.append(Training(period: period, periodNote: note, participants: participants, lecturer: lecturer,
                                    content: content, remarks: remarks))
            } else {
                out.append(nil)
            }
        }
        if out.isEmpty {
            let line = try next("研修の見出し「(1) 第1回（時期）」")
            throw misplaced(line, "研修の見出し「(1) 第1回（時期）」")
        }
        return (out, try trainingNote())
    }

    /// 市町村住基ネット担当者59名、県利用所属職員10名.
    mutating func participants(_ value: Substring, _ line: TextLine, path: FieldPath) -> [Participants]? {
        var out: [Participants] = []
        var ok = true
        for item in value.split(separator: "、", omittingEmptySubsequences: false) {
            // The count is the number before the final 名; the group is what comes before it.
            var body = item
            guard body.hasSuffix("名") else {
                problems.append(Diagnostic(.notACount(key: RecordKey.participants, text: String(item)), at: at(line, item)))
                ok = false
                continue
            }
            body = body.dropLast()
            var start = body.endIndex
            while start > body.startIndex, let c = body[..<start].last, Notation.digit(c) != nil || c == "," { start = body.index(before: start) }
            let group = body[..<start], digits = body[start...]
            guard !digits.isEmpty, !Notation.isBlank(group) else {
                problems.append(Diagnostic(.notACount(key: RecordKey.participants, text: String(item)), at: at(line, item)))
                ok = false
                continue
            }
            let groupName = text(group, line, key: RecordKey.participants, path: nil)
            let count = self.count(digits, line, key: RecordKey.participants, kind: .people, path: path.appending(String(group)))
            if let groupName, let count { out.append(Participants(group: groupName, count: count)) } else { ok = false }
        }
        return ok ? out : nil
    }

    /// ※ その他、…を書面研修にて実施（令和4年度受講者35名）.
    mutating func trainingNote() throws(Unplaceable) -> TrainingNote? {
        guard let line = peek, line.text.hasPrefix("※") else { return nil }
        index += 1
        let body = line.text.dropFirst().drop(while: Notation.isBlank)
        let path = FieldPath().appending(RecordKey.trainingNote)
        guard let group = Self.trailingGroup(body), let yearEnd = group.inner.range(of: "年度受講者") else {
            throw misplaced(line, "研修の補足「※ 本文（\(EraText.fiscalYear(fiscalYear))受講者N名）」")
        }
        let yearText = group.inner[..<group.inner.index(yearEnd.lowerBound, offsetBy: 2)]
        checkYear(yearText, line, expected: fiscalYear, figure: "研修の補足の年度")
        let text = self.text(group.before, line, key: RecordKey.noteText, path: path.appending(RecordKey.noteText))
        guard let (n, rest) = counted(group.inner[yearEnd.upperBound...], unit: "名", line, key: RecordKey.participantCount,
                                      kind: .people, path: path.appending(RecordKey.participantCount)) else { return nil }
        guard rest.isEmpty else { throw misplaced(line, "研修の補足「※ 本文（\(EraText.fiscalYear(fiscalYear))受講者N名）」") }
        guard let text, let n else { return nil }
        return TrainingNote(text: text, participantCount: n)
    }

    /// 1 セキュリティ研修 of the plan: (1) 第1回(period) with 対象 and 内容.
    mutating func plannedTrainings() throws(Unplaceable) -> [PlannedTraining?] {
        try heading(Headings.trainings)
        var out: [PlannedTraining?] = []
        while let line = peek, let (n, rest) = Self.numbered(line) {
            let path = FieldPath().appending(RecordKey.plan).appending(RecordKey.trainings).appending(out.count)
            guard let (period, _) = trainingHeading(line, rest, number: out.count + 1, path: path) else { break }
            index += 1
            checkNumber(n, expected: out.count + 1, line) { "(\($0))" }
            let section = "次年度計画の第\(out.count + 1)回の研修"
            let (aLine, aValue) = try labeled(RecordKey.target, in: section)
            let audience = text(aValue, aLine, key: RecordKey.target, path: path.appending(RecordKey.target))
            let (cLine, cValue) = try labeled(RecordKey.content, in: section)
            let content = text(cValue, cLine, key: RecordKey.content, path: path.appending(RecordKey.content))
            if let period, let audience, let content {
                out.append(PlannedTraining(period: period, audience: audience, content: content))
            } else {
                out.append(nil)
            }
        }
        return out
    }
}
