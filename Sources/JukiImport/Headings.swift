import JukiModel

/// The headings of the published layout (templates/text/*.mustache), for telling a heading out of its
/// place from a line that fits nowhere.
enum Headings {
    static let trainings = "1 セキュリティ研修"
    static let activities = "2 外部監査等"
    static let use = "3 本人確認情報の利用又は提供について"
    static let statutory = "(1) 住民基本台帳法別表に規定された事務における利用又は提供"
    static let ordinance = "(2) 住民基本台帳法施行条例に規定された事務における利用又は提供"
    static let publication = "(3) 本人確認情報の利用提供状況の公表"
    static let certification = "(4) 照合情報認証の認証状況"
    static let disclosure = "(5) 本人確認情報利用・提供状況の開示"
    static let operational = "1 運用面の監査における指摘事項"
    static let system = "2 システム面の監査における指摘事項"
    /// After the 年度: 令和4年度外部監査 指摘事項一覧, 令和5年度住基ネットのセキュリティ対策に係る事業.
    static let findingsTail = "外部監査 指摘事項一覧"
    static let planTail = "住基ネットのセキュリティ対策に係る事業"
    /// 別添1 … （令和4年度）.
    static let annexTitles = [
        "別添1 住民基本台帳法別表に規定された事務における本人確認情報の利用又は提供",
        "別添2 住民基本台帳法施行条例に規定された事務における本人確認情報の利用又は提供",
        "別添3 本人確認情報の利用提供状況の公表",
    ]

    static let fixed = [trainings, activities, use, statutory, ordinance, publication, certification, disclosure,
                        operational, system]

    /// The heading `line` is, as the layout spells it, if it is one.
    static func known(_ line: TextLine, fiscalYear: FiscalYear) -> String? {
        let f = line.folded
        if let h = fixed.first(where: { Fold.fold($0) == f }) { return h }
        if f.hasSuffix(Fold.fold(findingsTail)) { return line.text }
        if f.hasSuffix(Fold.fold(planTail)) { return line.text }
        if let h = annexTitles.first(where: { f.hasPrefix(Fold.fold($0)) }) { return h + "（…）" }
        return nil
    }

    /// Which 別添 (0, 1, 2) a line opens, if any.
    static func annex(_ line: TextLine) -> Int? {
        annexTitles.firstIndex { line.folded.hasPrefix(Fold.fold($0)) }
    }
}
