import Foundation
import JukiDiagnostics
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on an output folder for a whole build, so that two builds into the same folder never
/// mix their files: `flock(2)` on the folder itself. A second build waits for the first (up to `--wait`
/// seconds) and then reads what the first published; past the wait it stops with exit 2, naming the
/// holder's process (found in /proc/locks by the folder's inode).
///
/// The folder is locked, not a lock file in it: nothing is added to the published tree, nothing is left
/// behind by a build killed with SIGKILL (the kernel drops the lock with the process), and a read-only
/// output folder is reported as before, by the first file that cannot be written.
final class OutputLock {
    /// The benchmark's 940 editions build in about 5 s; a build holding the lock 30 s is most likely
    /// stopped (Ctrl-Z) or hung, and the user is better told which process it is.
    static let defaultWait = 30.0

    private let fd: Int32

    private init(fd: Int32) { self.fd = fd }

    deinit { close(fd) }

    /// Takes the lock of `output` (a folder that exists), waiting up to `wait` seconds for another build;
    /// `say` is told once, when it has to wait, and when the folder cannot be locked at all (a file system
    /// without locks: the build goes on unlocked, and says so).
    static func acquire(output: String, wait: Double, say: (String) -> Void) throws(Diagnostics) -> OutputLock? {
        let fd = open(output, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            say("注意: 出力先「\(output)」に鍵をかけられません（\(AtomicFile.reason(errno))）。同じ出力先への build を同時に走らせないでください。")
            return nil
        }
        let deadline = Date().addingTimeInterval(wait)
        var announced = false
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                say("注意: 出力先「\(output)」に鍵をかけられません（\(AtomicFile.reason(errno))）。同じ出力先への build を同時に走らせないでください。")
                close(fd)
                return nil
            }
            let holder = holder(of: fd)
            if Date() >= deadline {
                close(fd)
                throw Diagnostics(.outputBusy(output: output, holder: holder, waited: wait))
            }
            if !announced {
                say("出力先「\(output)」には\(Problem.lockHolder(holder))が書いています。終わるまで待ちます（最長\(Problem.seconds(wait))）。")
                announced = true
            }
            usleep(50_000)
        }
        return OutputLock(fd: fd)
    }

    /// The process holding an flock on the file open at `fd`, from /proc/locks (Linux): the line
    /// `N: FLOCK  ADVISORY  WRITE PID MAJ:MIN:INODE 0 EOF` whose inode is the folder's.
    private static func holder(of fd: Int32) -> Int32? {
        var st = stat()
        guard fstat(fd, &st) == 0, let table = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return nil }
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 6, fields[1] == "FLOCK", fields[3] == "WRITE",
                  fields[5].split(separator: ":").last == Substring("\(st.st_ino)"),
                  let pid = Int32(fields[4]), pid > 0, pid != getpid() else { continue }
            return pid
        }
        return nil
    }

}
