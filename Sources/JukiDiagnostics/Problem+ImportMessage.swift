import JukiModel

extension Problem {
    /// A published text read back into records (`juki-report import`), in Japanese: what is wrong, where
    /// it belongs, and how to mend the text (or, for a figure the text gets wrong, how to keep it).
    var importMessage: String {
        switch self {
        case .importUnexpectedLine(let expected):
            return "この行を公表文のどこにも置けません。ここには\(expected)が来るはずです。公表された文と見比べて直してください。"
        case .importHeadingOutOfOrder(let found, let expected):
            return "見出し「\(found)」の位置が違います。ここには\(expected)が来るはずです。見出しの順序と、抜けている節がないかを確かめてください。"
        case .importTextEnds(let expected):
            return "文がここで終わっています。この後に\(expected)が来るはずです。公表文の終わりまで写してあるか確かめてください。"
        case .importNumberOutOfSequence(let expected, let found):
            return "ここは「\(expected)」のはずですが、「\(found)」とあります。番号は1から順に付けてください。"
        case .importTableRow(let table, let expected, let found):
            return "\(table)の行には\(expected)つの欄がありますが、この行には\(found)つ\(found < expected ? "しかありません" : "あります")。"
                + "欄はタブ（または2つ以上の空白）で区切り、行が途中で切れていないか確かめてください。"
        case .importStatedDisagrees(let figure, let stated, let counted):
            return "\(figure)は「\(stated)」とありますが、数えると「\(counted)」です。" + Self.mendStated
        case .importNoteCountedHere(let what):
            return "\(what)はここから数えました。"
        case .importNoteTitleYear:
            return "表題の年度はここです。"
        case .importYearDisagrees(let figure, let stated, let expected):
            return "\(figure)は「\(stated)」とありますが、表題の年度からは「\(expected)」のはずです。" + Self.mendStated
        case .importCorrected(let figure, let stated, let counted):
            return "\(figure)は公表文では「\(stated)」ですが、「\(counted)」として取り込みました（--accept-stated）。"
        default:
            return String(describing: self)
        }
    }

    /// What to do about a figure a published text gets wrong: the records hold what is counted, not a
    /// second figure beside it.
    static let mendStated = "公表された文の誤りなら、--accept-stated を付けると数えた値で取り込み、公表文の値を report.yaml の先頭のコメントに残します"
        + "（記録は数えた値だけを持つため、作り直した文ではこの誤りが直ります）。"
}
