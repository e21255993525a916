import JukiModel

extension ForbiddenCharacter {
    /// 「講師」に制御文字（U+0009）が含まれています。…, or without the key where the YAML text is read
    /// before its values are known.
    func message(in key: String?) -> String {
        let place = key.map { "「\($0)」に" } ?? ""
        let found = key == nil ? "があります。" : "が含まれています。"
        switch kind {
        case .control:
            return key == nil
                ? "制御文字（\(code)）があります。消してください（エディタでは見えないことがあります）。"
                : "\(place)制御文字（\(code)）が含まれています。消してください（タブや改行は出力の表と段落を崩します）。"
        case .direction:
            return "\(place)文字の向きを変える制御文字 \(named)\(found)表示では前後の文字の並びが入れ替わります。"
                + "消してください（エディタでは見えないことがあります）。"
        case .zeroWidth:
            return "\(place)幅のない文字 \(named)\(found)見た目は同じでも別の文字列になります。"
                + "消してください（エディタでは見えないことがあります）。"
        case .noncharacter:
            return "\(place)文字でない符号 \(named)\(found)XML に書けません。消してください（エディタでは見えないことがあります）。"
        }
    }

    /// U+202E（RIGHT-TO-LEFT OVERRIDE）, U+FFFF（非文字）.
    var named: String { "\(code)（\(name ?? (kind == .noncharacter ? "非文字" : "制御文字"))）" }
}
