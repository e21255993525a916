import JukiDiff

/// The words an output uses for each side and each kind of change; the `.plan` mode speaks of 計画 and 実績.
struct DiffVocabulary {
    let oldSide: String
    let newSide: String
    let added: String
    let removed: String

    init(_ diff: EditionDiff) {
        switch diff.mode {
        case .editions:
            oldSide = "旧"
            newSide = "新"
            added = "追加"
            removed = "削除"
        case .plan:
            oldSide = "計画"
            newSide = "実績"
            added = "計画になし"
            removed = "未実施"
        }
    }

    /// The page's title: R4 と R5 の違い; in `.plan` mode 令和5年度の計画と結果（R4 と R5）.
    func title(_ diff: EditionDiff) -> String {
        switch diff.mode {
        case .editions: return "\(diff.old.name) と \(diff.new.name) の違い"
        case .plan: return "\(diff.new.yearText)の計画と結果（\(diff.old.name) と \(diff.new.name)）"
        }
    }

    /// 旧: R4（令和4年度）; in `.plan` mode 計画: R4 の次年度計画（令和5年度）.
    func header(_ diff: EditionDiff) -> (old: String, new: String) {
        switch diff.mode {
        case .editions:
            return ("\(oldSide): \(diff.old.name)（\(diff.old.yearText)）", "\(newSide): \(diff.new.name)（\(diff.new.yearText)）")
        case .plan:
            return ("\(oldSide): \(diff.old.name) の次年度計画（\(diff.old.yearText)）",
                    "\(newSide): \(diff.new.name) の結果（\(diff.new.yearText)）")
        }
    }
}
