import JukiModel

extension Problem {
    /// The command line's mistakes as the first word and ArgumentParser refuse them, worded here in Japanese
    /// (ArgumentParser's own words only for a refusal not recognised, `commandLine`).
    var commandLineMessage: String {
        switch self {
        case .unknownCommand(let word, let suggestion, let commands, let input):
            let lead = "「\(EditionName.shown(word))」はコマンドでも「\(input)」の下の版でもありません。"
            if let suggestion { return lead + "\(suggestion) の誤りではありませんか。" }
            return lead + "コマンドは \(commands.joined(separator: "、")) です。版の名前なら、その版のフォルダを「\(input)」の下に置いてください。"
        case .unknownOption(let option, let suggestion):
            return "オプション \(option) はありません。" + (suggestion.map { "\($0) の誤りではありませんか。" } ?? "")
        case .optionValueMissing(let option):
            return "\(option) のあとに値を書いてください。"
        case .optionValueInvalid(let option, let value, let allowed):
            return "\(option) に「\(value)」は指定できません。"
                + (allowed.isEmpty ? "" : "\(allowed.joined(separator: "、")) のどれかを指定してください。")
        case .optionTakesNoValue(let option, let value):
            return "\(option) は値を取りません（「\(value)」とあります）。"
        case .argumentMissing(let name):
            return "\(name) を指定してください。"
        case .argumentsUnexpected(let values):
            return "余分な引数" + values.map { "「\($0)」" }.joined() + "があります。"
        case .commandLine(let text):
            return "コマンド行を読めません（\(text)）。"
        case .seeHelp(let command):
            return "使い方は「\(command) --help」で確かめてください。"
        default:
            return String(describing: self)
        }
    }
}
