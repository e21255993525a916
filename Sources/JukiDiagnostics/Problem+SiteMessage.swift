import JukiModel

// MARK: issue 14 site
extension Problem {
    /// The warnings and notes about publishing (site.yaml's sample values, a page's dates, the 別添 left out),
    /// worded here and reached from the records stage's messages.
    var siteMessage: String {
        switch self {
        case .siteSampleValue(let key, let value):
            return "「\(key)」の「\(value)」は見本の値です（「\(SiteKey.samples)」にあります）。公開の前に実際の値に置き換えてください。"
        case .pageDateBeforeData(let date, let edition, let day, let asOf):
            return "版「\(EditionName.shown(edition))」の\(date.key)「\(EraText.day(day))」は、ページが載せる記録の日付"
                + "（\(EraText.day(asOf))現在）より前です。前の年度の日付が残っていないか確かめ、ページを公表する日を書いてください。"
        case .annexesNotBuilt(let edition, let numbers):
            let names = numbers == [1, 2, 3] ? "別添1〜3" : numbers.map { "別添\($0)" }.joined(separator: "、")
            let files = numbers.map(Self.annexFile).joined(separator: "、")
            let references = numbers.map { $0 == 3 ? "「別添3のとおり公表する」" : "「別添\($0)参照」" }.joined()
            let annexes = numbers == [3] ? "別添3（条例第6条による公表そのもの）"
                : numbers.contains(3) ? "別添（別添3は条例第6条による公表そのもの）" : "別添"
            return "版「\(EditionName.shown(edition))」には\(names)の表（\(files)）がありません。ページの\(references)は"
                + "リンクせず、\(annexes)はこのビルドに含まれません。"
                + "別に公表してください。表を版のフォルダに置くと、別添のページを作ってリンクします（README「別添1〜3」）。"
        default:
            return String(describing: self)
        }
    }

    static func annexFile(_ number: Int) -> String {
        switch number {
        case 1: return RecordKey.statutoryAnnexFile
        case 2: return RecordKey.ordinanceAnnexFile
        default: return RecordKey.publicationAnnexFile
        }
    }
}

extension PageDate {
    /// The site.yaml key that gives the date.
    var key: String {
        switch self {
        case .published: return SiteKey.published
        case .updated: return SiteKey.updated
        }
    }
}
