import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reading one input file from disk, or a diagnostic saying why not: the one loader of every input file
/// (records, site.yaml, archive XML), below every reader so that none of them imports another for it. It
/// lives here, with the diagnostics, because all it can say besides the bytes is a `Diagnostic` about the
/// file; a module of its own would hold this one type.
///
/// Uses `stat(2)` and `open(2)` directly: a FIFO must be refused before it is opened (reading one waits
/// forever), and a symbolic-link loop, a folder and a missing file each deserve their own message.
public enum InputFile {
    /// Whether anything (a file, a folder, a link even broken) is at `path`.
    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    /// The bytes of a regular file of at most `limit` bytes, so each reader names a folder, a pipe, a
    /// device, a missing or looping link, an unreadable, empty or oversized file the same way. Nothing is
    /// opened but a regular file, and that without blocking (O_NONBLOCK, checked again on the open
    /// descriptor): a pipe swapped in after the check cannot make it wait.
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

    /// strerror(3)'s words for an errno.
    public static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
