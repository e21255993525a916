import JukiDiagnostics
import JukiModel
import JukiRecords

extension PublishedReader {
    /// The figures 3 (1) or (2) states, with where, to be checked against a 別添 table if the text has one.
    struct StatedUse {
        var available: Int?, used: Int?, cases: Int?
        var basis: String?
        var at: [String: SourceLocation] = [:]
        var ok = true
    }

    /// 3 本人確認情報の利用又は提供について, (1) to (5).
    mutating func identityUse() throws(Unplaceable) -> (StatedUse, StatedUse, String?, Certification?, Disclosure?) {
        try heading(Headings.use)
        try heading(Headings.statutory)
        let statutory = try useCategory(.statutory, word: "利用実績", annex: 1)
        try heading(Headings.ordinance)
        let ordinance = try useCategory(.ordinance, word: "利用提供実績", annex: 2)
        try heading(Headings.publication)
        let pLine = try next("公表の文（\(Headings.publication)）")
        if Headings.known(pLine, fiscalYear: fiscalYear) != nil { throw misplaced(pLine, "公表の文（\(Headings.publication)）") }
        let publication = text(pLine.text[...], pLine, key: RecordKey.publication,
                               path: FieldPath().appending(RecordKey.identityUse).appending(RecordKey.publication))
        try heading(Headings.certification)
        let certification = try self.certification()
        try heading(Headings.disclosure)
        return (statutory, ordinance, publication, certification, try disclosure())
    }

    /// `- ` and the rest of a bulleted line, required.
    mutating func bullet(_ expected: String) throws(Unplaceable) -> (TextLine, Substring) {
        let line = try next(expected)
        guard let dash = line.text.first, dash == "-" || dash == "－" else { throw misplaced(line, expected) }
        return (line, line.text.dropFirst().drop(while: Notation.isBlank))
    }

    /// - 75事務（別表第5及び第6）で本人確認情報の利用又は提供が可能（令和5年3月31日現在）
    /// - 令和4年度の利用実績は、20事務で1,352,771件（別添1参照）
    mutating func useCategory(_ category: IdentityUse.Category, word: String, annex: Int) throws(Unplaceable) -> StatedUse {
        let path = FieldPath().appending(RecordKey.identityUse).appending(category.recordKey)
        var stated = StatedUse()
        let first = "「- N事務（根拠）で本人確認情報の利用又は提供が可能（年度末現在）」の行"
        let (line, body) = try bullet(first)
        guard let (available, afterCount) = counted(body, unit: "事務", line, key: RecordKey.availableAffairs, kind: .affairs,
                                                    path: path.appending(RecordKey.availableAffairs)) else {
            stated.ok = false
            return try useLine2(stated, category, word: word, annex: annex, path: path)
        }
        stated.available = available
        stated.at[RecordKey.availableAffairs] = at(line, body)
        var rest = afterCount
        if let open = rest.first, Fold.isOpen(open), let close = rest.firstIndex(where: Fold.isClose) {
            stated.basis = text(rest[rest.index(after: rest.startIndex)..<close], line, key: RecordKey.basis, path: path.appending(RecordKey.basis))
            if stated.basis == nil { stated.ok = false }
            rest = rest[rest.index(after: close)...]
        }
        let phrase = "で本人確認情報の利用又は提供が可能"
        guard rest.hasPrefix(phrase), let group = Self.trailingGroup(rest.dropFirst(phrase.count)),
              Notation.isBlank(group.before), group.inner.hasSuffix("現在") else { throw misplaced(line, first) }
        asOf(group.inner.dropLast(2), line)
        return try useLine2(stated, category, word: word, annex: annex, path: path)
    }

    mutating func useLine2(_ s: StatedUse, _ category: IdentityUse.Category, word: String, annex: Int,
                           path: FieldPath) throws(Unplaceable) -> StatedUse {
        var stated = s
        let second = "「- \(EraText.fiscalYear(fiscalYear))の\(word)は、N事務でN件（別添\(annex)参照）」の行"
        let (line, body) = try bullet(second)
        guard let mark = body.range(of: "の\(word)は、") else { throw misplaced(line, second) }
        checkYear(body[..<mark.lowerBound], line, expected: fiscalYear, figure: "利用実績の年度")
        guard let (used, afterUsed) = counted(body[mark.upperBound...], unit: "事務", line, key: RecordKey.usedAffairs,
                                              kind: .affairs, path: path.appending(RecordKey.usedAffairs)) else {
            stated.ok = false
            return stated
        }
        stated.used = used
        stated.at[RecordKey.usedAffairs] = at(line, body[mark.upperBound...])
        guard afterUsed.hasPrefix("で") else { throw misplaced(line, second) }
        guard let (cases, afterCases) = counted(afterUsed.dropFirst(), unit: "件", line, key: RecordKey.cases, kind: .cases,
                                                path: path.appending(RecordKey.cases)) else {
            stated.ok = false
            return stated
        }
        stated.cases = cases
        stated.at[RecordKey.cases] = at(line, afterUsed.dropFirst())
        guard Fold.fold(afterCases) == "(別添\(annex)参照)" else { throw misplaced(line, second) }
        if used == nil || cases == nil || stated.available == nil { stated.ok = false }
        return stated
    }

    /// 令和5年3月31日現在: a day that exists, and the end of the 年度.
    mutating func asOf(_ stated: Substring, _ line: TextLine) {
        guard date(stated, line, key: "現在の日付", path: nil, DateNotation.day) != nil else { return }
        checkAsOf(stated, line)
    }

    /// (5) 開示: - 平成16年2月1日から、… の開示を実施 / - 令和4年度は、1件の開示請求があった。
    mutating func disclosure() throws(Unplaceable) -> Disclosure? {
        let path = FieldPath().appending(RecordKey.disclosure)
        let first = "「- 開始日から、本人確認情報利用・提供状況の開示を実施」の行"
        let (line, body) = try bullet(first)
        guard let from = body.range(of: "から、"),
              body[from.upperBound...] == "本人確認情報利用・提供状況の開示を実施" else { throw misplaced(line, first) }
        let since = date(body[..<from.lowerBound], line, key: RecordKey.disclosureSince,
                         path: path.appending(RecordKey.disclosureSince), DateNotation.day)
        let second = "「- \(EraText.fiscalYear(fiscalYear))は、N件の開示請求があった。」の行"
        let (rLine, rBody) = try bullet(second)
        guard let mark = rBody.range(of: "は、") else { throw misplaced(rLine, second) }
        checkYear(rBody[..<mark.lowerBound], rLine, expected: fiscalYear, figure: "開示の年度")
        let rest = rBody[mark.upperBound...]
        var requests: Int?
        if rest == "開示請求はなかった。" {
            requests = 0
            positions[path.appending(RecordKey.requests)] = at(rLine, rest)
        } else {
            guard let (n, after) = counted(rest, unit: "件", rLine, key: RecordKey.requests, kind: .cases,
                                           path: path.appending(RecordKey.requests)) else { return nil }
            guard after == "の開示請求があった。" else { throw misplaced(rLine, second) }
            requests = n
        }
        guard let since, let requests else { return nil }
        return Disclosure(since: since, requests: requests)
    }
}
