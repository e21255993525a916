import Foundation
#if canImport(Glibc)
import Glibc
#endif
import JukiModel

/// What `build` says while it works. On a terminal, a line per edition as its files are ready, then one when
/// all are in place; piped, nothing (a script reads the exit status); --verbose, every file written;
/// --quiet, nothing. Errors are printed regardless.
struct Progress {
    enum Mode { case auto, quiet, verbose }

    let mode: Mode
    let total: Int
    let terminal: Bool
    private var done = 0

    init(mode: Mode, total: Int) {
        self.mode = mode
        self.total = total
        terminal = isatty(STDERR_FILENO) == 1
    }

    private var talksPerEdition: Bool { mode == .auto && terminal }

    /// Whether `build` shows the warnings against last year: where it talks (a terminal, or --verbose).
    static func showsWarnings(_ mode: Mode) -> Bool {
        mode == .verbose || (mode == .auto && isatty(STDERR_FILENO) == 1)
    }

    /// An edition's files are rendered and staged (they are put in place together at the end).
    mutating func prepared(_ edition: String, files: [Publication.File]) {
        done += 1
        guard talksPerEdition else { return }
        let names = files.map { ($0.path as NSString).lastPathComponent }
        Outcome.say("[\(Notation.grouped(done))/\(Notation.grouped(total))] \(edition): \(names.joined(separator: " "))")
    }

    func finish(written: [String], output: String) {
        if mode == .verbose { for path in written { Outcome.say("書きました: \(path)") } }
        guard mode == .verbose || talksPerEdition else { return }
        Outcome.say("完了: \(Notation.grouped(total))版、\(Notation.grouped(written.count))ファイルを \(output)/ に書きました。")
    }
}
