import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reading one records file from disk into decoded text, or a diagnostic saying why not.
///
/// Uses `stat(2)` and `open(2)` directly: a FIFO must be refused before it is opened (reading one waits
/// forever), and a symbolic-link loop, a folder and a missing file each deserve their own message.
public enum RecordFile {
    /// `report.yaml` is hand-written: a file past 4 MiB is a mistake (a wrong file, an export gone wrong).
    static let yamlLimit = 4 * 1024 * 1024
    /// Tables can be long (attachments of a million rows), but not past 512 MiB (the benchmark's 10,000,000
    /// rows are about 450 MB). With `TableReader.rowLimit`, this bounds a build: at most about 300 bytes of
    /// memory a row and 30 a byte (issue 11; Tests/Benchmark/run.sh measures it), 3 GB for 10,000,000 rows.
    static let tableLimit = 512 * 1024 * 1024

    /// Whether anything (a file, a folder, a link even broken) is at `path`.
    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    /// The bytes of a regular file of at most `limit` bytes: the one loader of every input file (records
    /// and archive XML alike), so each names a folder, a pipe, a device, a missing or looping link, an
    /// unreadable, empty or oversized file the same way. Nothing is opened but a regular file, and that
    /// without blocking (O_NONBLOCK, checked again on the open descriptor): a pipe swapped in after the
    /// check cannot make it wait.
    public static func bytes(_ path: String, limit: Int) -> Result<[UInt8], Diagnostic> {
        var st = stat()
        if stat(path, &st) != 0 {
            switch errno {
            case ENOENT where exists(path): return .failure(Diagnostic(.brokenLink(path), at: nil))
            case ENOENT, ENOTDIR: return .failure(Diagnostic(.fileMissing(path), at: nil))
            case ELOOP: return .failure(Diagnostic(.symlinkLoop(path), at: nil))
            default: return .failure(Diagnostic(.fileUnreadable(path, reason: reason(errno)), at: nil))
            }
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(Diagnostic(.notAFile(path), at: nil))
        default: return .failure(Diagnostic(.notRegularFile(path), at: nil))
        }
        if Int(st.st_size) > limit {
            return .failure(Diagnostic(.fileTooLarge(path, bytes: Int(st.st_size), limit: limit), at: nil))
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .failure(Diagnostic(.fileUnreadable(path, reason: reason(errno)), at: nil)) }
        defer { close(fd) }
        if fstat(fd, &st) != 0 || (st.st_mode & S_IFMT) != S_IFREG {
            return .failure(Diagnostic(.notRegularFile(path), at: nil))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(st.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(Diagnostic(.fileUnreadable(path, reason: reason(errno)), at: nil))
            }
            if n == 0 { break }
            bytes += chunk[0..<n]
            // The file may grow while it is read; the limit holds all the same.
            if bytes.count > limit {
                return .failure(Diagnostic(.fileTooLarge(path, bytes: bytes.count, limit: limit), at: nil))
            }
        }
        if bytes.isEmpty { return .failure(Diagnostic(.fileEmpty(path), at: nil)) }
        return .success(bytes)
    }

    static func load(_ path: String, limit: Int) -> Result<SourceFile, Diagnostic> {
        let bytes: [UInt8]
        switch self.bytes(path, limit: limit) {
        case .success(let b): bytes = b
        case .failure(let d): return .failure(d)
        }
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

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
