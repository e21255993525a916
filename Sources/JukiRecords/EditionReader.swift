import JukiDiagnostics
import JukiModel
import Yams

/// Reads one edition's folder (`report.yaml`, `certified-staff.csv`, `findings.csv`) into the model:
/// text → positioned syntax (YAML nodes, CSV fields) → `Edition`, then checks the model's rules and every
/// figure the records state that the model also computes. All problems are reported together.
public enum EditionReader {
    public static let yamlFile = "report.yaml"

    /// - Parameter directory: the edition's folder, as the user named it (input/R4).
    ///
    /// Read first without keeping where each value stood (a dictionary of every field's path: about 2 M
    /// instructions an edition, callgrind); an edition that does not read is read again with them, so that its
    /// messages point where they always did.
    public static func read(directory: String) -> Result<Edition, Diagnostics> {
        if case .success(let placed) = readPlaced(directory: directory, keepingPlaces: false) { return .success(placed.edition) }
        return readPlaced(directory: directory).map(\.edition)
    }

    /// The edition with where its records hold each value, for messages about an edition that reads (the
    /// warnings against last year).
    public static func readPlaced(directory: String) -> Result<PlacedEdition, Diagnostics> {
        readPlaced(directory: directory, keepingPlaces: true)
    }

    static func readPlaced(directory: String, keepingPlaces: Bool) -> Result<PlacedEdition, Diagnostics> {
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
        let annexed = IdentityUse.Category.allCases.filter { InputFile.exists(dir + "/" + $0.annexFile) }
        let reader = YAMLRecordReader(file: yaml, keepsPlaces: keepingPlaces)
        var decoder = NarrativeDecoder(reader: reader, annexed: Set(annexed))
        let narrative = decoder.decode(root)

        var tables = TableReader()
        let certification = tables.certification(path: dir + "/" + RecordKey.certificationFile)
        let findings = tables.findings(path: dir + "/" + RecordKey.findingsFile)
        var annexes: [IdentityUse.Category: [AffairUse]] = [:]
        var annexesRead = true
        for category in annexed {
            let name = category.annexFile
            if let rows = tables.affairAnnex(path: dir + "/" + name, file: name) { annexes[category] = rows } else { annexesRead = false }
        }
        let publicationPath = dir + "/" + RecordKey.publicationAnnexFile
        let publicationAnnex = InputFile.exists(publicationPath) ? tables.publicationAnnex(path: publicationPath) : nil
        if InputFile.exists(publicationPath) && publicationAnnex == nil { annexesRead = false }
        sources.merge(tables.sources) { a, _ in a }
        problems += YAMLCommentCuts.find(root, in: yaml) + reader.diagnostics + tables.diagnostics.items
        var omitted = tables.diagnostics.omitted

        guard problems.isEmpty, annexesRead, var edition = narrative, let certification, let findings else {
            return .failure(Diagnostics(problems.sorted(by: order), sources: sources, omitted: omitted))
        }
        edition.attach(annexes: annexes, publication: publicationAnnex, certification: certification, findings: findings)
        problems += statedFiguresDisagreeing(edition.results.identityUse, stated: decoder.statedWithAnnex, dir: dir)
        let locations = reader.locations
        func location(_ path: FieldPath) -> SourceLocation? { locations[path] ?? tables.location(of: path) }
        let (violations, omittedRules) = edition.ruleViolations(perKind: DiagnosticRenderer.perKindLimit, fold: .compatibility)
        for (name, n) in omittedRules { omitted[Problem.Kind(rule: name), default: 0] += n }
        problems += violations.map { violation in
            // A place whose value the records may leave out (a figure beside a 別添 table): what holds it.
            let path = violation.place.recordPath
            return Diagnostic(rule: violation, at: location(path) ?? location(path.parent)) { location($0.recordPath) }
        }
        guard problems.isEmpty else {
            return .failure(Diagnostics(problems.sorted(by: order), sources: sources, omitted: omitted))
        }
        return .success(PlacedEdition(edition: edition, sources: sources, yamlLocations: locations,
                                     listKeys: reader.listKeyLocations, tables: tables))
    }

    /// A figure report.yaml states beside a 別添 table must be the one the table gives.
    static func statedFiguresDisagreeing(_ identityUse: IdentityUse, stated: [IdentityUse.Category: NarrativeDecoder.StatedFigures],
                                         dir: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for category in IdentityUse.Category.allCases.reversed() {
            guard let figures = stated[category] else { continue }
            let use = identityUse[category], file = category.annexFile
            for figure in figures.figures {
                let computed: Int
                switch figure.key {
                case RecordKey.availableAffairs: computed = use.availableAffairs
                case RecordKey.usedAffairs: computed = use.usedAffairs
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
    public static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        func key(_ d: Diagnostic) -> (Int, String, Int, Int) {
            guard let l = d.location else { return (0, "", 0, 0) }
            let rank = l.file.hasSuffix(yamlFile) ? 1 : 2
            return (rank, l.file, l.line, l.column)
        }
        return key(a) < key(b)
    }
}

/// An edition read from its records, with the positions its reader kept.
public struct PlacedEdition: Sendable {
    public let edition: Edition
    /// The files read, for quoting their lines.
    public let sources: [String: SourceFile]
    fileprivate let yamlLocations: [FieldPath: SourceLocation]
    fileprivate let listKeys: [FieldPath: SourceLocation]
    fileprivate let tables: TableReader

    /// Where the records hold the value at `place`, or what holds it (a figure a 別添 table computes: its
    /// category); a list as a whole (`.trainings`) at its key.
    public func location(_ place: EditionPlace) -> SourceLocation? {
        func at(_ path: FieldPath) -> SourceLocation? { yamlLocations[path] ?? tables.location(of: path) }
        let path = place.recordPath
        switch place {
        case .trainings, .activities: return listKeys[path] ?? at(path)
        default: return at(path) ?? at(path.parent)
        }
    }
}

extension Edition {
    /// The tables read beside report.yaml put into the edition it describes: the 別添 tables take the place of
    /// the figures they compute.
    mutating func attach(annexes: [IdentityUse.Category: [AffairUse]], publication: [PublishedUse]?,
                         certification: Certification, findings: [(AuditArea, Finding)]) {
        let use = results.identityUse
        if let rows = annexes[.statutory] { results.identityUse.statutory = UseCategory(basis: use.statutory.basis, annex: rows) }
        if let rows = annexes[.ordinance] { results.identityUse.ordinance = UseCategory(basis: use.ordinance.basis, annex: rows) }
        results.identityUse.publicationAnnex = publication
        results.certification = certification
        self.findings.operational = findings.filter { $0.0 == .operational }.map(\.1)
        self.findings.system = findings.filter { $0.0 == .system }.map(\.1)
    }
}
