import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `build` says while it writes. On a terminal, a line per edition as it is written; piped, nothing
/// (a script reads the exit status); --verbose, every file; --quiet, nothing. Errors are printed regardless.
struct Progress {
    enum Mode { case auto, quiet, verbose }

    let mode: Mode
    let total: Int
    let terminal: Bool
    private var done = 0
    private var names: [String] = []

    init(mode: Mode, total: Int) {
        self.mode = mode
        self.total = total
        terminal = isatty(STDERR_FILENO) == 1
    }

    mutating func wrote(_ file: Publication.File, editionDone: Bool) {
        switch mode {
        case .quiet:
            return
        case .verbose:
            Outcome.say("書きました: \(file.path)")
        case .auto:
            guard terminal, let edition = file.edition else { return }
            names.append((file.path as NSString).lastPathComponent)
            if editionDone {
                done += 1
                Outcome.say("[\(done)/\(total)] \(edition): \(names.joined(separator: " "))")
                names = []
            }
        }
    }

    func finish(files: Int, output: String) {
        guard mode == .verbose || (mode == .auto && terminal) else { return }
        Outcome.say("完了: \(total)版、\(files)ファイルを \(output)/ に書きました。")
    }
}
