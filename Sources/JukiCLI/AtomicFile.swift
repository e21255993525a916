import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that readers (and a crash) see either the old file or the new one, never a part:
/// the bytes go to a temporary file beside the target, are flushed to disk, then renamed over it.
enum AtomicFile {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "「\(path)」を書けません（\(reason)）。出力先の空き容量と書き込み権限を確かめてください。" }
    }

    static func write(_ text: String, to path: String) throws(Failure) {
        let dir = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: dir.isEmpty ? "." : dir, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: dir, reason: reason(errno))
        }
        let temp = dir + "/." + (path as NSString).lastPathComponent + ".\(getpid()).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: path, reason: reason(errno)) }
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                let e = errno
                close(fd)
                unlink(temp)
                throw Failure(path: path, reason: reason(e))
            }
            written += n
        }
        if fsync(fd) != 0 || close(fd) != 0 {
            let e = errno
            unlink(temp)
            throw Failure(path: path, reason: reason(e))
        }
        if rename(temp, path) != 0 {
            let e = errno
            unlink(temp)
            throw Failure(path: path, reason: reason(e))
        }
    }

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
