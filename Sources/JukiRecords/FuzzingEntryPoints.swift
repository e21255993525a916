import JukiDiagnostics
import JukiModel

/// Entry points for the libFuzzer harnesses in Tests/Fuzz: each reads untrusted bytes the way a build
/// would, all the way to rendered diagnostics, and must return (never trap, never hang) whatever the bytes.
@_spi(Fuzzing) public enum FuzzingEntryPoints {
    /// Encoding detection: UTF-8 (with or without BOM), CP932, or a positioned refusal.
    public static func decode(_ bytes: [UInt8]) -> Int {
        switch TextDecoding.decode(bytes) {
        case .success(let text): return text.utf8.count
        case .failure: return -1
        }
    }

    /// The CSV reader, from bytes: decoding, then RFC 4180 fields with positions.
    public static func csv(_ bytes: [UInt8]) -> Int {
        guard case .success(let text) = TextDecoding.decode(bytes) else { return -1 }
        switch CSVTable.parse(text) {
        case .success(let table): return table.rows.reduce(0) { $0 + $1.fields.count }
        case .failure: return -2
        }
    }

    /// The records reader of `report.yaml`, from bytes to the model (its tables empty) and its diagnostics.
    public static func yaml(_ bytes: [UInt8]) -> Int {
        guard case .success(let text) = TextDecoding.decode(bytes) else { return -1 }
        let file = SourceFile(path: "report.yaml", text: text)
        var diagnostics = WidthSlips.indentation(file)
        if diagnostics.isEmpty {
            switch YAMLDocument.compose(file) {
            case .failure(let d): diagnostics = [d]
            case .success(let root):
                let reader = YAMLRecordReader(file: file)
                var decoder = NarrativeDecoder(reader: reader)
                let edition = decoder.decode(root)
                diagnostics = reader.diagnostics
                _ = edition?.ruleViolations()
            }
        }
        return DiagnosticRenderer(sources: [file.path: file]).render(diagnostics).utf8.count
    }
}
