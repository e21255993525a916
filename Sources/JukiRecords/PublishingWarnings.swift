import JukiDiagnostics
import JukiModel

// MARK: issue 14 site
/// What `check` and `build` say about publishing, without stopping either (README「サイトの設定」): site.yaml's
/// sample values still in place, a page dated before its data, and the 別添 an edition refers to but does
/// not carry (its page cannot link them; they are published separately).
public enum PublishingWarnings {
    /// The warnings and notes for these editions and their frame, in this order: site.yaml's, by line, then
    /// each edition's notes in the editions' order.
    public static func find(site: SiteReading, editions: [(name: String, edition: Edition)]) -> Diagnostics {
        var dated: [Diagnostic] = []
        for (name, edition) in editions {
            for (kind, day) in site.config.datesBeforeData(of: name, fiscalYear: edition.fiscalYear) {
                dated.append(Diagnostic(.pageDateBeforeData(kind, edition: name, day: day, asOf: edition.fiscalYear.lastDay),
                                        at: site.datePlaces[kind]?[name]))
            }
        }
        let inFile = (site.samples + dated).sorted { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
        let notes = editions.compactMap { name, edition in
            missingAnnexes(edition).map { Diagnostic(.annexesNotBuilt(edition: name, numbers: $0), at: nil) }
        }
        return Diagnostics(inFile + notes, sources: [site.file.path: site.file])
    }

    /// The numbers of the 別添 (1 別表の事務, 2 条例の事務, 3 公表) the edition does not carry; nil when it carries all.
    static func missingAnnexes(_ edition: Edition) -> [Int]? {
        let use = edition.results.identityUse
        let missing = [(1, use.statutory.annex != nil), (2, use.ordinance.annex != nil), (3, use.publicationAnnex != nil)]
            .filter { !$0.1 }.map(\.0)
        return missing.isEmpty ? nil : missing
    }
}
