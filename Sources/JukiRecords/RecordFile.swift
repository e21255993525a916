import Foundation

/// Reading one records file from disk into decoded text, or a diagnostic saying why not.
enum RecordFile {
    /// Records are small: a file past this is a mistake (a wrong file, an export gone wrong), and reading it
    /// whole would cost memory for nothing.
    static let sizeLimit = 64 * 1024 * 1024

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    static func load(_ path: String, limit: Int = sizeLimit) -> Result<SourceFile, Diagnostic> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Diagnostic(.fileMissing(path), at: nil))
        }
        if isDirectory.boolValue { return .failure(Diagnostic(.notAFile(path), at: nil)) }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > limit {
            return .failure(Diagnostic(.fileTooLarge(path, bytes: size, limit: limit), at: nil))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(Diagnostic(.fileUnreadable(path, reason: String(cString: strerror(errno))), at: nil))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            return .failure(Diagnostic(.fileUnreadable(path, reason: "\(error.localizedDescription)"), at: nil))
        }
        if data.count > limit {
            return .failure(Diagnostic(.fileTooLarge(path, bytes: data.count, limit: limit), at: nil))
        }
        switch TextDecoding.decode([UInt8](data)) {
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
