import JukiModel

extension Problem {
    /// The records stage (report.yaml, the CSV tables, site.yaml, the model's rules), in Japanese: what is
    /// wrong, then how to mend it. The records are written in Japanese, so their messages are too.
    var recordsMessage: String {
        switch self {
        case .siteUpdatedNotAdded(let edition):
            return "「\(SiteKey.updated)」に版「\(EditionName.shown(edition))」の行を加えると、site.yaml を読めなくなります。"
                + "「\(SiteKey.updated)」を「  R4: 令和5年6月30日」のように1行に1版ずつ書いてから、もう一度実行してください。"
        case .noRecords(let p):
            return "「\(p)」にはコメントと空行しかありません。README の「記録の形式」のとおりに記録を書いてください。"
        case .yamlSyntax(let detail):
            return "YAML の書き方に誤りがあります（\(detail)）。字下げ、「: 」の後の空白、引用符の閉じ忘れを確かめてください。"
        case .duplicateKey(let key):
            return "項目「\(key)」が同じ場所に2度あります。1つにまとめてください。"
        case .duplicateKeyNewItem(let key):
            return "項目「\(key)」が同じ場所に2度あります。ここから並びの次の項目を始めるなら、「\(key)」の前に「- 」を書いてください。"
        case .yamlUnclosedQuote(let q):
            return "この引用符（\(q)）が閉じられていません。値の終わりに \(q) を加えてください。"
        case .yamlNoColon:
            return "この行を「項目名: 値」として読めません。項目名の後に半角の「: 」（コロンと空白）を書いてください。"
        case .yamlUnclosedFlow:
            return "この括弧（[ または {）が閉じられていません。同じ行の終わりに ] または } を加えてください。"
        case .yamlColonInValue:
            return "値の中に「: 」（コロンと空白）があり、YAML は項目名の区切りと読みます。値全体を引用符（\"）で囲むか、"
                + "全角の「：」にしてください。"
        case .yamlValueStartsWithIndicator(let c):
            return "値を「\(c)」で始めると YAML の記号として読まれます。値全体を引用符（\"）で囲んでください。"
        case .yamlSecondDocument:
            return "「---」から2つ目の記録が始まっています。report.yaml には1つの版の記録だけを書いてください。"
        case .yamlTextAfterClosing(let c):
            return "「\(c)」で閉じた後に文字があります。値が「\"」「'」「[」「{」で始まると YAML は引用や並びと読みます。"
                + "値全体を引用符（\"）で囲んでください（中の \" は \\\" と書きます）。"
        case .yamlIndentation:
            return "字下げがそろっていません。同じ組・同じ並びの行は、前の行と同じ位置から書き始めてください。"
        case .yamlMissingDash:
            return "「- 」で始まる並びの途中に「- 」のない行があります。並びの項目なら「- 」を付け、"
                + "前の項目の続きなら前の項目の中身と同じ位置まで字下げしてください。"
        case .noteListStartsHere:
            return "並びはここから始まっています。"
        case .fullWidthDash:
            return "並びの「- 」が全角です。半角のハイフンと半角の空白（「- 」）で書いてください。"
        case .itemJoinedToValue(let key):
            return "この「- 」の行は前の行より深く字下げされていて、「\(key)」の前の行の続きとして読まれます。"
                + "前の行の「- 」と同じ位置から書いてください。"
        case .yamlStartedHere:
            return "読んでいた要素はここで始まっています。"
        case .yamlAnchor:
            return "値の初めの & と * は YAML のアンカーとエイリアスになり、使えません。同じ内容はそれぞれの場所に書き、"
                + "& や * で始まる文は全体を引用符（\"）で囲んでください。"
        case .yamlTooDeep(let limit):
            return "入れ子が深すぎます（\(Notation.grouped(limit))段まで）。記録の形式を確かめてください。"
        case .fullWidthIndent:
            return "字下げに全角スペース（　）が使われています。字下げは半角スペースで書いてください。"
        case .tabIndent:
            return "字下げにタブが使われています。字下げは半角スペースで書いてください。"
        case .fullWidthColon(let key):
            return "「\(key)：」の「：」が全角です。項目名の後は半角の「: 」（コロンと空白）にしてください。"
        case .expectedMapping(let key):
            return "「\(key)」には「項目: 値」の組を字下げして書いてください。"
        case .expectedList(let key):
            return "「\(key)」には「- 」で始まる行の並びを書いてください。"
        case .emptyList(let key, true):
            return "「\(key)」に中身がありません。「- 」で始まる行を字下げして並べてください。"
        case .emptyList(let key, false):
            return "「\(key)」の並びが空です。「- 」で始まる行を並べるか、「\(key)」の行を消してください。"
        case .listWhereMappingBelongs(let key):
            return "「\(key)」には「- 」を付けずに「項目: 値」の組を字下げして書いてください。"
        case .expectedTextItem(let key):
            return "「\(key)」の「- 」の行には文を1つ書いてください（「項目: 値」の組や並びではなく）。"
        case .expectedCount(let key):
            return "「\(key)」には0以上の整数を1つ書いてください（並びや「項目: 値」の組ではなく）。"
        case .expectedText(let key):
            return "「\(key)」には文を1つ書いてください（並びや「項目: 値」の組ではなく）。"
        case .unknownKey(let key, let suggestion, let allowed):
            if let suggestion {
                return "「\(key)」という項目はありません。「\(suggestion)」の誤りではありませんか。"
            }
            return "「\(key)」という項目はありません。ここに書ける項目: \(allowed.joined(separator: "、"))。"
        case .missingKey(let key, let place):
            return "\(place)に「\(key)」がありません。「\(key): …」の行を加えてください。"
        case .toFill(let key):
            return "「\(key)」がまだ記入されていません。【要記入】を実績の値に置き換えてください。"
        case .emptyValue(let key):
            return "「\(key)」が空です。値を書いてください。"
        case .multilineText(let key):
            return "「\(key)」は1行で書いてください（改行は出力の段落を崩します）。"
        case .notACount(let key, let text):
            return "「\(key)」には0以上の整数を書いてください（「\(text)」とあります）。"
        case .negativeCount(let key, let text):
            return "「\(key)」に負の数「\(text)」は書けません。0以上の整数を書いてください。"
        case .countTooLarge(let key, let text, let kind):
            return "「\(key)」の「\(text)」は大きすぎます（\(kind.bound)）。桁を確かめてください。"
        case .badDate(let key, let failure):
            return "「\(key)」: " + failure.message
        case .summaryShape(let key):
            return "「\(key)」には、文1つ、「- 」で始まる段落の並び、または「見出し: 本文」の組（○ 見出しになります）を書いてください。"
        case .conflictingTargets:
            return "「\(RecordKey.target)」と「\(RecordKey.targetUnits)」は一緒に書けません。所属を列挙するなら「\(RecordKey.targetUnits)」、"
                + "「全利用所属」のように言葉で書くなら「\(RecordKey.target)」と「\(RecordKey.targetCount)」を使ってください。"
        case .statedCountDisagrees(let key, let stated, let computed, let from):
            return "「\(key)」は\(Notation.grouped(stated))とありますが、\(from)から数えると\(Notation.grouped(computed))です。"
                + "「\(key)」を消すか、\(Notation.grouped(computed))に直すか、\(from)を直してください。"
        case .noteComputedHere(let computed):
            return "ここから数えると\(Notation.grouped(computed))です。"
        case .csvUnterminatedQuote:
            return "引用符（\"）が閉じられていません。値の終わりに \" を加えてください。"
        case .csvStrayQuote:
            return "引用符（\"）で始まらない値の中に \" があります。値全体を \" で囲み、中の \" は \"\" と2つ重ねてください。"
        case .csvTextAfterQuote:
            return "閉じた引用符（\"）の後に文字があります。値全体を \" で囲み、中の \" は \"\" と2つ重ねてください。"
        case .csvFieldCount(let expected, let found):
            return "この行の値は\(Notation.grouped(found))個ですが、見出し行に合わせて\(Notation.grouped(expected))個にしてください"
                + "（値の中のコンマは値全体を \" で囲みます）。"
        case .csvHeader(let expected, let found):
            return "見出し行は「\(expected.joined(separator: ","))」にしてください（「\(found.joined(separator: ","))」とあります）。"
        case .csvNoRows(let p):
            return "「\(p)」に見出し行の後の行がありません。"
        case .csvOnlyTotalRow(let p, let header):
            return "「\(p)」には計の行しかありません。所属ごとに「\(header.joined(separator: ","))」の行を書いてください（計は各行から数えます）。"
        case .csvUnknownArea(let area):
            return "区分「\(area)」はありません。「運用面」か「システム面」と書いてください。"
        case .csvUnknownKind(let kind):
            return "区分「\(kind)」はありません。「利用」か「提供」と書いてください。"
        case .csvRecipientForUse:
            return "区分が「利用」の行には提供先を書きません。提供なら区分を「提供」に、利用なら提供先を空にしてください。"
        case .csvStatedTotalDisagrees(let stated, let computed):
            return "計の行は\(Notation.grouped(stated))とありますが、各行の合計は\(Notation.grouped(computed))です。計の行を消すか、\(Notation.grouped(computed))に直してください。"
        case .rule(let kind):
            return kind.message
        case .noteFirstHere:
            return "最初はここにあります。"
        case .siteUpdatedMissing(let edition):
            return "「\(SiteKey.updated)」に版「\(edition)」の更新日がありません。「  \(edition): 令和5年6月30日」のような行を加えてください。"
        case .unsafeLink(let key, let text):
            return "「\(key)」の「\(text)」はリンク先に使えません。https:// で始まるアドレスか、/ で始まるパスを書いてください。"
        case .yamlForbiddenCharacter(let c):
            return c.message(in: nil)
        case .forbiddenCharacter(let key, let c):
            return c.message(in: key)
        case .textTooLong(let key, let length, let limit):
            return "「\(key)」が長すぎます（\(Notation.grouped(length))文字、上限\(Notation.grouped(limit))文字）。1つの値の文を短くするか、分けてください。"
        case .countSumTooLarge(let key):
            return "「\(key)」の合計がこの行で\(Notation.grouped(Tally.maximum))を超えます（報告に書ける数の上限）。"
                + "各行の「\(key)」の桁を確かめてください。"
        case .yamlTooManyNodes(let limit):
            return "値と項目が多すぎます（report.yaml 全体で\(Notation.grouped(limit))個まで）。"
                + "手で書く記録としては多すぎます。正しいファイルか確かめてください。"
        case .yamlCommentCutsValue, .noteFirstSpelledHere, .unitMissingThisYear, .notePreviousHere, .countMoved,
             .plannedTrainingNotHeld, .plannedActivityNotHeld, .previousUnreadable:
            return yearMessage
        case .csvTooManyRows(let p, let limit):
            return "「\(p)」の行が多すぎます（見出し行の後に\(Notation.grouped(limit))行まで）。この行から後は読んでいません。"
                + "正しいファイルか確かめてください。"
        // MARK: issue 14 site
        case .siteSampleValue, .pageDateBeforeData, .annexesNotBuilt:
            return siteMessage
        default:
            return String(describing: self)
        }
    }
}

extension CountKind {
    /// The most a value may say, as a message gives it: 1所属あたり999,999人まで.
    var bound: String {
        switch self {
        case .staffOfUnit: return "1所属あたり\(Notation.grouped(maximum))人まで"
        case .staffTotal: return "計は\(Notation.grouped(maximum))人まで"
        case .people: return "\(Notation.grouped(maximum))人まで"
        case .units: return "\(Notation.grouped(maximum))所属まで"
        case .affairs: return "\(Notation.grouped(maximum))事務まで"
        case .cases: return "\(Notation.grouped(maximum))件まで"
        }
    }
}

extension DateNotation.Failure {
    var message: String {
        switch self {
        case .unrecognized(let t):
            return "「\(t)」は日付として読めません。令和4年6月、令和5年3月31日、2022-06、2023-03-31 のように書いてください。"
        case .noSuchMonth(let m):
            return "\(m)月はありません。月は1から12で書いてください。"
        case .noSuchDay(let y, let m, let d):
            return "\(EraText.month(YearMonth(year: y, month: m)!))に\(d)日はありません。"
        case .eraYearZero(let era):
            return "\(era)0年はありません。最初の年は「\(era)元年」（または\(era)1年）です。"
        case .outsideEra(let written, let correct):
            return "「\(written)」はありません（その時の元号で書くと\(correct)）。"
        case .tooEarly(let t):
            return "「\(t)」は明治より前です。"
        case .dayNotAllowed(let t):
            return "時期は月までで書いてください（「\(t)」の日を除きます）。"
        case .reversedSpan(let s, let e):
            // 令和4年11月から1月: the end month without a year is in the start's year; 年をまたぐ spans name it.
            if let m = Int(e.dropLast()), e.hasSuffix("月"), case .success(let start) = DateNotation.month(s),
               let next = YearMonth(year: start.year + 1, month: m) {
                return "期間の終わり「\(e)」が始め「\(s)」より前です。年をまたぐときは、終わりにも年を書いてください"
                    + "（\(s)から\(EraText.month(next))）。"
            }
            return "期間の終わり「\(e)」が始め「\(s)」より前です。"
        case .monthWithoutDay(let t):
            let example = t.hasSuffix("月") ? t + "1日" : t + "-01"
            return "「\(t)」には日がありません。\(example) のように日まで書いてください。"
        case .spanSeparator(let written, let suggested):
            return "「\(written)」は期間として読めません。期間は「から」でつないでください（\(suggested)）。"
        case .notFiscalYear(let t):
            return "「\(t)」は年度として読めません。令和4年度 か 2022 のように書いてください。"
        case .noSuchFiscalYear(let written, let correct):
            return "「\(written)」はありません。\(correct)と書いてください。"
        case .tooLate(let t, let last):
            return "「\(t)」は先すぎます（西暦\(last)年\(last == DateNotation.lastFiscalYear ? "度" : "")まで）。年の数字を確かめてください。"
        }
    }
}

extension RuleViolation.Kind {
    var message: String {
        switch self {
        case .periodOutsideFiscalYear(let p, let fy):
            return "時期「\(EraText.period(p))」が\(EraText.fiscalYear(fy))"
                + "（\(EraText.month(fy.firstMonth))から\(EraText.month(fy.lastMonth))まで）の外です。"
        case .duplicateUnit(let name, _, let firstName) where name == firstName:
            return "所属「\(name)」が2度あります。1度だけ書いてください。"
        case .duplicateUnit(let name, _, let firstName):
            return "所属「\(name)」は「\(firstName)」と同じ所属です（全角と半角などの違いだけです）。1つの書き方で1度だけ書いてください。"
        case .moreUnitsWithFindingsThanTargets(let n, let t):
            return "指摘があった所属（\(Notation.grouped(n))）が対象の所属（\(Notation.grouped(t))）より多くなっています。"
        case .findingsWithoutAuditResult(let n):
            return "\(RecordKey.findingsFile) に指摘事項が\(Notation.grouped(n))件ありますが、どの「\(RecordKey.activities)」にも「\(RecordKey.auditResult)」がありません。"
        case .auditResultDisagreesWithFindings(let units, let findings):
            if units == 0 {
                return "「\(RecordKey.unitsWithFindings)」は0ですが、\(RecordKey.findingsFile) に指摘事項が\(Notation.grouped(findings))件あります。"
            }
            return "「\(RecordKey.unitsWithFindings)」は\(Notation.grouped(units))ですが、\(RecordKey.findingsFile) に指摘事項がありません。"
        case .secondAuditResult:
            return "「\(RecordKey.auditResult)」は1つの「\(RecordKey.activities)」にだけ書けます。"
        case .moreUsedThanAvailable(let used, let available):
            return "利用した事務（\(Notation.grouped(used))）が利用できる事務（\(Notation.grouped(available))）より多くなっています。"
        case .disclosureAfterYear(let d, let fy):
            return "開示の開始日「\(EraText.day(d))」が\(EraText.fiscalYear(fy))の終わりより後です。"
        }
    }
}
