import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a build has put on disk that is not (yet) the publication, and what happens to it on Ctrl-C
/// (SIGINT) or SIGTERM: the temporaries are removed, the folders the build made are removed, and the
/// process exits with 128 + the signal's number (130, 143).
///
/// The signals are taken by Dispatch signal sources (the signals themselves are ignored), so the clean-up
/// runs on an ordinary thread, not in a signal handler. One lock orders it against the build: a temporary
/// is registered before it is created, and the renames of `AtomicFile.commit` run under the lock, so an
/// interruption comes either before the publication changes (nothing of this run stays) or after every
/// file is in place (never a mix).
final class Interruption: @unchecked Sendable {
    static let shared = Interruption()

    private let lock = NSRecursiveLock()
    private var temporaries: Set<String> = []
    private var folders: [String] = []
    private var published = false
    private var sources: [DispatchSourceSignal] = []

    /// Takes SIGINT and SIGTERM for the rest of the process (for `build`).
    func install() {
        lock.lock()
        defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for signo in [SIGINT, SIGTERM] {
            signal(signo, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signo, queue: .global())
            source.setEventHandler { [unowned self] in self.interrupted(by: signo) }
            source.resume()
            sources.append(source)
        }
    }

    /// Runs `body` (which creates the temporary at `path`) with `path` registered first, so no
    /// interruption can leave it behind.
    func creating<T>(temporary path: String, _ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        temporaries.insert(path)
        return body()
    }

    func forget(temporary path: String) {
        lock.lock()
        defer { lock.unlock() }
        temporaries.remove(path)
    }

    /// Makes the folder `path` (mkdir), registered when made, with no interruption in between.
    /// - Returns: 0, or mkdir's errno.
    func makeFolder(_ path: String) -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        guard mkdir(path, 0o755) == 0 else { return errno }
        folders.append(path)
        return 0
    }

    func forget(folder path: String) {
        lock.lock()
        defer { lock.unlock() }
        folders.removeAll { $0 == path }
    }

    /// Runs the renames that publish the build: an interruption waits for them to end.
    func publishing<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        let result = try body()
        published = true
        return result
    }

    /// Removes what this run left and ends the process. The lock is never released: the build's thread
    /// cannot create another temporary (or rename one) while the process ends.
    private func interrupted(by signo: Int32) -> Never {
        lock.lock()
        for path in temporaries { unlink(path) }
        for path in folders.reversed() { rmdir(path) }
        let name = signo == SIGINT ? "SIGINT" : signo == SIGTERM ? "SIGTERM" : "シグナル\(signo)"
        let state = published ? "出力はすべて書き終えていました。" : "書きかけの一時ファイルを消しました。出力先は前のビルドのままです。"
        let message = Array("\n中断しました（\(name)）。\(state)\n".utf8)
        _ = message.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        _exit(128 + signo)
    }
}
