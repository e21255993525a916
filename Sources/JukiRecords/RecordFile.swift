import JukiDiagnostics

/// Reading one records file from disk (`InputFile`) into decoded text (UTF-8 or CP932), or a diagnostic
/// saying why not.
public enum RecordFile {
    /// `report.yaml` is hand-written: a file past 4 MiB is a mistake (a wrong file, an export gone wrong).
    static let yamlLimit = 4 * 1024 * 1024
    /// Tables can be long (attachments of a million rows), but not past 512 MiB (the benchmark's 10,000,000
    /// rows are about 450 MB). With `TableReader.rowLimit`, this bounds a build: at most about 300 bytes of
    /// memory a row and 30 a byte (issue 11; Tests/Benchmark/run.sh measures it), 3 GB for 10,000,000 rows.
    static let tableLimit = 512 * 1024 * 1024

    package static func load(_ path: String, limit: Int) -> Result<SourceFile, Diagnostic> {
        let bytes: [UInt8]
        switch InputFile.bytes(path, limit: limit) {
        case .success(let b): bytes = b
        case .failure(let d): return .failure(d)
        }
        return decode(bytes, path: path)
    }

    /// Bytes read from `path` as text (UTF-8 with or without a BOM, or CP932), or why not, at the line.
    package static func decode(_ bytes: [UInt8], path: String) -> Result<SourceFile, Diagnostic> {
        switch TextDecoding.decode(bytes) {
        case .success(let text):
            return .success(SourceFile(path: path, text: text))
        case .failure(.utf16):
            return .failure(Diagnostic(.utf16(path), at: SourceLocation(file: path, line: 1, column: 1)))
        case .failure(.undecodable(let offset, let line)):
            return .failure(Diagnostic(.undecodable(byteOffset: offset, line: line),
                                       at: SourceLocation(file: path, line: line, column: 1)))
        }
    }
}
