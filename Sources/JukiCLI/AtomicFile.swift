import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that readers (and a crash, even SIGKILL) see either the old file or the new one, never
/// a part: the bytes go to a temporary file beside the target, are flushed to disk, then renamed over it.
///
/// Nothing is written outside the output folder: every folder between the output folder and the file must
/// be a real folder (a symbolic link there could lead anywhere), and is made if missing.
enum AtomicFile {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "「\(path)」を書けません（\(reason)）。出力先の空き容量と書き込み権限を確かめてください。" }
    }

    static func write(_ text: String, to path: String, within root: String) throws(Failure) {
        try write(bytes: Array(text.utf8), to: path, within: root)
    }

    static func write(bytes: [UInt8], to path: String, within root: String) throws(Failure) {
        let relative = path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
        var dir = root
        try makeFolder(root, allowLink: true)
        for part in relative.split(separator: "/").dropLast() {
            guard part != "..", part != "." else { throw Failure(path: path, reason: "出力先の外を指しています") }
            dir += "/" + part
            try makeFolder(dir, allowLink: false)
        }
        var st = stat()
        if lstat(path, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG {
            throw Failure(path: path, reason: "ファイルではなくシンボリックリンクかフォルダがあります。消してから作り直してください")
        }
        let name = (path as NSString).lastPathComponent
        removeStaleTemporaries(of: name, in: dir)
        let temp = dir + "/." + name + ".\(getpid()).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw Failure(path: path, reason: reason(errno)) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                let e = errno
                close(fd)
                unlink(temp)
                throw Failure(path: path, reason: reason(e))
            }
            written += n
        }
        if fsync(fd) != 0 {
            let e = errno
            close(fd)
            unlink(temp)
            throw Failure(path: path, reason: reason(e))
        }
        if close(fd) != 0 {
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

    /// A folder that exists (as a real folder, or as a link to one where `allowLink`), or is made now.
    static func makeFolder(_ path: String, allowLink: Bool) throws(Failure) {
        var st = stat()
        if lstat(path, &st) == 0 {
            let type = st.st_mode & S_IFMT
            if type == S_IFDIR { return }
            if type == S_IFLNK {
                guard allowLink else {
                    throw Failure(path: path, reason: "出力先の中のシンボリックリンクはたどりません。リンクを消してください")
                }
                if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { return }
            }
            throw Failure(path: path, reason: "フォルダではありません")
        }
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            let e = errno
            if e == ENOENT {
                // The parent is missing too (a nested output folder): make it first.
                try makeFolder((path as NSString).deletingLastPathComponent, allowLink: true)
                if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
            }
            throw Failure(path: path, reason: reason(e))
        }
    }

    /// A build killed mid-write (SIGKILL, power loss) leaves its temporary file behind; the target itself
    /// was never touched. The next build removes such leftovers of the file it writes.
    static func removeStaleTemporaries(of name: String, in dir: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        let prefix = "." + name + "."
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            let pid = entry.dropFirst(prefix.count).dropLast(4)
            guard let n = Int32(pid), n != getpid() else { continue }
            // Only a process that no longer exists has left it; a live one may be writing it now.
            if kill(n, 0) == 0 || errno != ESRCH { continue }
            unlink(dir + "/" + entry)
        }
    }

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
