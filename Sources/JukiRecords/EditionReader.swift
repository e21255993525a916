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

        let reader = YAMLRecordReader(file: yaml)
        let narrative = NarrativeDecoder(reader: reader).decode(root)

        var tables = TableReader()
        let certification = tables.certification(path: dir + "/" + RecordKey.certificationFile)
        let findings = tables.findings(path: dir + "/" + RecordKey.findingsFile)
        sources.merge(tables.sources) { a, _ in a }
        problems += reader.diagnostics + tables.diagnostics

        guard problems.isEmpty, let narrative, let certification, let findings else {
            return .failure(Diagnostics(problems.sorted(by: order), sources: sources))
        }
        let edition = narrative.edition(certification: certification, findings: findings)
        let locations = reader.locations
        func location(_ path: FieldPath) -> SourceLocation? { locations[path] ?? tables.location(of: path) }
        problems += edition.ruleViolations().map { violation in
            var notes: [Diagnostic.Note] = []
            if case .duplicateUnit(_, let first) = violation.kind { notes.append(.init(.noteFirstHere, at: location(first))) }
            if case .secondAuditResult(let first) = violation.kind { notes.append(.init(.noteFirstHere, at: location(first))) }
            return Diagnostic(.rule(violation.kind), at: location(violation.path) ?? location(violation.path.parent), notes: notes)
        }
        guard problems.isEmpty else { return .failure(Diagnostics(problems.sorted(by: order), sources: sources)) }
        return .success(edition)
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
