import JukiDiagnostics
import JukiModel
import Yams

/// 本人確認情報の利用又は提供: the figures of each category, as stated or from its 別添 table.
extension NarrativeDecoder {
    /// Figures `report.yaml` states for a category whose 別添 table the edition carries: each is optional,
    /// and checked against the table (EditionReader), then dropped.
    struct StatedFigures {
        var figures: [(key: String, value: Int, at: SourceLocation)] = []
    }

    mutating func identityUse(_ node: Node, path: FieldPath) -> IdentityUse? {
        guard let f = reader.fields(node, path: path, name: RecordKey.identityUse,
                                    place: "「\(RecordKey.identityUse)」",
                                    allowed: [RecordKey.statutory, RecordKey.ordinance, RecordKey.publication],
                                    required: [RecordKey.statutory, RecordKey.ordinance,
                                               RecordKey.publication]) else { return nil }
        let statutory = f.value(RecordKey.statutory).flatMap { useCategory($0, path: path.appending(RecordKey.statutory), .statutory) }
        let ordinance = f.value(RecordKey.ordinance).flatMap { useCategory($0, path: path.appending(RecordKey.ordinance), .ordinance) }
        let publication = f.text(RecordKey.publication)
        guard let statutory, let ordinance, let publication else { return nil }
        return IdentityUse(statutory: statutory, ordinance: ordinance, publication: publication)
    }

    static let figureKeys = [RecordKey.availableAffairs, RecordKey.usedAffairs, RecordKey.cases]

    /// The figures as stated, or, when the edition carries this category's 別添 table, the basis alone (the
    /// table fills the figures in; any figure also stated is kept in `statedWithAnnex` to be checked against it).
    mutating func useCategory(_ node: Node, path: FieldPath, _ category: IdentityUse.Category) -> UseCategory? {
        let name = category.recordKey
        let annexed = self.annexed.contains(category)
        guard let f = reader.fields(node, path: path, name: name, place: "「\(name)」",
                                    allowed: [RecordKey.availableAffairs, RecordKey.basis, RecordKey.usedAffairs,
                                              RecordKey.cases],
                                    required: annexed ? [] : Self.figureKeys) else { return nil }
        let counts = zip(Self.figureKeys, [CountKind.affairs, .affairs, .cases]).map { key, kind in
            f.optional(key) { reader.count($0, key: key, kind: kind) }
        }
        let basis = f.optionalText(RecordKey.basis)
        guard let basis, let counts = all(counts) else { return nil }
        if annexed {
            var stated = StatedFigures()
            for (key, value) in zip(Self.figureKeys, counts) {
                if let value, let node = f.value(key) { stated.figures.append((key, value, reader.location(node))) }
            }
            statedWithAnnex[category] = stated
            return UseCategory(basis: basis, annex: [])
        }
        guard let available = counts[0], let used = counts[1], let cases = counts[2] else { return nil }
        return UseCategory(availableAffairs: available, basis: basis, usedAffairs: used, cases: cases)
    }
}
