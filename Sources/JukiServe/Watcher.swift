import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders by polling: every `interval`, the size, modification time and inode of every file under
/// them. Portable (a shared folder mounted over SMB sends no inotify events), and an Excel save, which writes a
/// new file and renames it over the old one, is seen as the inode and time that changed. Hidden entries
/// (`.git`, `~$report.xlsx` lock files are not hidden, but are not records either) are skipped.
public final class Watcher: @unchecked Sendable {
    /// What identifies one state of a file.
    struct Stamp: Equatable {
        let size: Int64
        let modified: Int64
        let inode: UInt64
    }

    private let roots: [String]
    private var last: [String: Stamp]

    public init(roots: [String]) {
        self.roots = roots
        last = Self.scan(roots)
    }

    /// The paths added, removed or changed since the last call (empty when nothing did).
    public func changes() -> Set<String> {
        let now = Self.scan(roots)
        var changed = Set<String>()
        for (path, stamp) in now where last[path] != stamp { changed.insert(path) }
        for path in last.keys where now[path] == nil { changed.insert(path) }
        last = now
        return changed
    }

    static func scan(_ roots: [String]) -> [String: Stamp] {
        var out: [String: Stamp] = [:]
        for root in roots { walk(root, depth: 0, into: &out) }
        return out
    }

    /// Every file under `path` (following links, as the readers do), at most 8 folders deep.
    private static func walk(_ path: String, depth: Int, into out: inout [String: Stamp]) {
        var st = stat()
        guard stat(path, &st) == 0 else { return }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            guard depth < 8, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            out[path] = Stamp(size: -1, modified: 0, inode: UInt64(st.st_ino))
            for name in names where !name.hasPrefix(".") { walk(path + "/" + name, depth: depth + 1, into: &out) }
        } else {
            let modified = Int64(st.st_mtim.tv_sec) &* 1_000_000_000 &+ Int64(st.st_mtim.tv_nsec)
            out[path] = Stamp(size: Int64(st.st_size), modified: modified, inode: UInt64(st.st_ino))
        }
    }
}
