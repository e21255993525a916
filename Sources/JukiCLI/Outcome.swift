import ArgumentParser
import Foundation
import JukiDiagnostics

/// The one place where failures become text on standard error (through `DiagnosticRenderer`) and exit codes.
///
/// Every failure is `Diagnostics`; each problem knows its class (`Problem.Class`), and the gravest decides.
/// The exit-code table, one rule for every command (the README's 「終了コード」 copies it):
///
/// | code | build, check, new                         | diff                                        |
/// |------|-------------------------------------------|---------------------------------------------|
/// | 0    | success                                   | no differences                              |
/// | 1    | problems in the records, or 【要記入】 left | differences                                 |
/// | 2    | trouble outside the records (templates, the schema, the output folder, the lock) | the same, and an edition whose records have problems (diff(1): 1 is "differences") |
/// | 64   | a mistyped command line: an unknown command, option or value, options that do not go together, an edition (or the --input folder) that does not exist | the same |
///
/// `code(for:differences:)` is that table; nothing else picks an exit code (130/143 after a signal aside).
enum Outcome {
    static let recordsInvalid: Int32 = 1
    static let trouble: Int32 = 2
    static let usage: Int32 = ExitCode.validationFailure.rawValue

    /// The table above: the code of a failure of `c`, in `diff` (`differences`) or any other command.
    static func code(for c: Problem.Class, differences: Bool = false) -> Int32 {
        switch c {
        case .records: return differences ? trouble : recordsInvalid
        case .trouble: return trouble
        case .usage: return usage
        }
    }

    /// What was read (the records, the site frame, an archive named as input), or its problems with the
    /// closing count (「3件の誤りがありました。」, and 「何も書いていません。」 when the command writes).
    static func get<T>(_ result: Result<T, Diagnostics>, writes: Bool = true) throws -> T {
        switch result {
        case .success(let v): return v
        case .failure(var d):
            if d.closing == nil && d.class != .usage {
                d.closing = .summary(toFill: d.toFillCount, errors: d.count - d.toFillCount, nothingWritten: writes)
            }
            try fail(d)
        }
    }

    /// Any other stage (templates, the schema, rendering, writing, the lock): its problems as they are.
    static func get<T>(_ body: () throws(Diagnostics) -> T) throws -> T {
        do { return try body() } catch { try fail(error) }
    }

    /// Prints the failure and exits with the code of its class (`differences`: in `diff`). A mistyped command
    /// line closes with where its usage is.
    static func fail(_ d: Diagnostics, differences: Bool = false) throws -> Never {
        var d = d
        if d.class == .usage && d.closing == nil { d.closing = .seeHelp(command: helpCommand) }
        FileHandle.standardError.write(Data(d.rendered.utf8))
        throw ExitCode(code(for: d.class, differences: differences))
    }

    /// A mistyped command line found by a command's own checks (exit 64, printed as every other failure).
    static func usage(_ problem: Problem) throws -> Never {
        try fail(Diagnostics(problem))
    }

    /// Warnings and notes (`Problem.Severity`): printed when `show`, and the run goes on; with `--strict`, a
    /// warning (not a note) fails the run as the records' problem (exit 1), with the closing count.
    static func warn(_ d: Diagnostics, strict: Bool, show: Bool) throws {
        guard d.count > 0 else { return }
        if strict, d.warningCount > 0 {
            var d = d
            d.closing = .strictWarnings(count: d.warningCount)
            try fail(d)
        }
        if show { FileHandle.standardError.write(Data(d.rendered.utf8)) }
    }

    /// `juki-report diff`, or `juki-report` when the first word names no command: whose --help to point to.
    static var helpCommand: String {
        let first = CommandLine.arguments.dropFirst().first
        return "juki-report" + (first.map { JukiReport.commandNames.contains($0) ? " " + $0 : "" } ?? "")
    }

    static func say(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
