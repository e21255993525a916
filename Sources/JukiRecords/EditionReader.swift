import JukiDiagnostics
import JukiModel
import Yams

/// Reads one edition's folder (`report.yaml`, `certified-staff.csv`, `findings.csv`) into the model:
/// text → positioned syntax (YAML nodes, CSV fields) → `Edition`, then checks the model's rules and every
/// figure the records state that the model also computes. All problems are reported together.
public enum EditionReader {
    public static let yamlFile = "report.yaml"

    /// - Parameter directory: the edition's folder, as the user named it (input/R4).
    public static func read(directory: String) -> Result<Edition, Diagnostics> {
        let dir = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var sources: [String: SourceFile] = [:]
        var problems: [Diagnostic] = []

        let yamlPath = dir + "/" + yamlFile
        let yaml: SourceFile
        switch RecordFile.load(yamlPath, limit: RecordFile.yamlLimit) {
        case .success(let f): yaml = f
        case .failure(let d): return .failure(Diagnostics([d]))
        }
        sources[yaml.path] = yaml
        let indentation = WidthSlips.indentation(yaml)
        if !indentation.isEmpty { return .failure(Diagnostics(indentation, sources: sources)) }
        let root: Node
        switch YAMLDocument.compose(yaml) {
        case .success(let n): root = n
        case .failure(let d): return .failure(Diagnostics([d], sources: sources))
        }

        // 別添 tables are optional; where one is present, it computes the figures of its category.
        let annexFiles = [("別表", RecordKey.statutoryAnnexFile), ("条例", RecordKey.ordinanceAnnexFile)]
            .filter { InputFile.exists(dir + "/" + $0.1) }
        let reader = YAMLRecordReader(file: yaml)
        var decoder = NarrativeDecoder(reader: reader)
        decoder.annexed = Set(annexFiles.map(\.0))
        var narrative = decoder.decode(root)

        var tables = TableReader()
        let certification = tables.certification(path: dir + "/" + RecordKey.certificationFile)
        let findings = tables.findings(path: dir + "/" + RecordKey.findingsFile)
        var annexes: [String: [AffairUse]] = [:]
        var annexesRead = true
        for (category, name) in annexFiles {
            if let rows = tables.affairAnnex(path: dir + "/" + name, file: name) { annexes[category] = rows } else { annexesRead = false }
        }
        let publicationPath = dir + "/" + RecordKey.publicationAnnexFile
        let publicationAnnex = InputFile.exists(publicationPath) ? tables.publicationAnnex(path: publicationPath) : nil
        if InputFile.exists(publicationPath) && publicationAnnex == nil { annexesRead = false }
        sources.merge(tables.sources) { a, _ in a }
        problems += reader.diagnostics + tables.diagnostics.items
        var omitted = tables.diagnostics.omitted

        guard problems.isEmpty, annexesRead, narrative != nil, let certification, let findings else {
            return .failure(Diagnostics(problems.sorted(by: order), sources: sources, omitted: omitted))
        }
        narrative!.attach(annexes: annexes, publication: publicationAnnex)
        problems += statedFiguresDisagreeing(narrative!, stated: decoder.statedWithAnnex.value, dir: dir)
        let edition = narrative!.edition(certification: certification, findings: findings)
        let locations = reader.locations
        func location(_ path: FieldPath) -> SourceLocation? { locations[path] ?? tables.location(of: path) }
        let (violations, omittedRules) = edition.ruleViolations(perKind: DiagnosticRenderer.perKindLimit)
        for (name, n) in omittedRules { omitted[Problem.Kind(rule: name), default: 0] += n }
        problems += violations.map { violation in
            var notes: [Diagnostic.Note] = []
            if case .duplicateUnit(_, let first) = violation.kind { notes.append(.init(.noteFirstHere, at: location(first))) }
            if case .secondAuditResult(let first) = violation.kind { notes.append(.init(.noteFirstHere, at: location(first))) }
            return Diagnostic(.rule(violation.kind), at: location(violation.path) ?? location(violation.path.parent), notes: notes)
        }
        guard problems.isEmpty else {
            return .failure(Diagnostics(problems.sorted(by: order), sources: sources, omitted: omitted))
        }
        return .success(edition)
    }

    /// A figure report.yaml states beside a 別添 table must be the one the table gives.
    static func statedFiguresDisagreeing(_ narrative: Narrative, stated: [String: NarrativeDecoder.StatedFigures],
                                         dir: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (category, figures) in stated.sorted(by: { $0.key > $1.key }) {
            let use = category == "別表" ? narrative.identityUse.statutory : narrative.identityUse.ordinance
            let file = category == "別表" ? RecordKey.statutoryAnnexFile : RecordKey.ordinanceAnnexFile
            for figure in figures.figures {
                let computed: Int
                switch figure.key {
                case "利用可能事務数": computed = use.availableAffairs
                case "利用事務数": computed = use.usedAffairs
                default: computed = use.cases
                }
                guard figure.value != computed else { continue }
                out.append(Diagnostic(.statedCountDisagrees(key: figure.key, stated: figure.value, computed: computed, computedFrom: file),
                                      at: figure.at,
                                      notes: [.init(.noteComputedHere(computed: computed),
                                                    at: SourceLocation(file: dir + "/" + file, line: 1, column: 1))]))
            }
        }
        return out
    }

    /// Files in the order read, then by position.
    static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        func key(_ d: Diagnostic) -> (Int, String, Int, Int) {
            guard let l = d.location else { return (0, "", 0, 0) }
            let rank = l.file.hasSuffix(yamlFile) ? 1 : 2
            return (rank, l.file, l.line, l.column)
        }
        return key(a) < key(b)
    }
}
