import ArgumentParser
import Foundation
import JukiDiagnostics

/// The one place where failures become text on standard error (through `DiagnosticRenderer`) and exit codes.
///
/// Every failure is `Diagnostics`; each problem knows its class (`Problem.Class`), and the gravest decides:
/// 0 success; 1 problems in the records (every one printed); 2 trouble outside the records (templates, the
/// schema, the output folder); 64 a mistyped command line (swift-argument-parser's usage code). A command
/// whose 1 means "differences" (`diff`) exits 2 for any failure.
enum Outcome {
    static let recordsInvalid: Int32 = 1
    static let trouble: Int32 = 2

    /// What was read (the records, the site frame, an archive named as input), or its problems with the
    /// closing count (「3件の誤りがありました。何も書いていません。」).
    static func get<T>(_ result: Result<T, Diagnostics>) throws -> T {
        switch result {
        case .success(let v): return v
        case .failure(var d):
            if d.closing == nil { d.closing = .summary(toFill: d.toFillCount, errors: d.count - d.toFillCount) }
            try fail(d)
        }
    }

    /// Any other stage (templates, the schema, rendering, writing, the lock): its problems as they are.
    static func get<T>(_ body: () throws(Diagnostics) -> T) throws -> T {
        do { return try body() } catch { try fail(error) }
    }

    /// Prints the failure and exits with the code of its class; `differences` for a command that exits 1
    /// for differences (then every failure is trouble, as diff(1) has it).
    static func fail(_ d: Diagnostics, differences: Bool = false) throws -> Never {
        FileHandle.standardError.write(Data(d.rendered.utf8))
        throw ExitCode(differences ? trouble : code(for: d.class))
    }

    /// Warnings (`Problem.Severity.warning`): printed when `show`, and the run goes on; with `--strict`, any
    /// warning fails the run as the records' problem (exit 1), with the closing count.
    static func warn(_ d: Diagnostics, strict: Bool, show: Bool) throws {
        guard d.count > 0 else { return }
        if strict {
            var d = d
            d.closing = .strictWarnings(count: d.count)
            try fail(d)
        }
        if show { FileHandle.standardError.write(Data(d.rendered.utf8)) }
    }

    static func code(for c: Problem.Class) -> Int32 {
        switch c {
        case .records: return recordsInvalid
        case .trouble: return trouble
        case .usage: return ExitCode.validationFailure.rawValue
        }
    }

    /// A mistyped command line, for swift-argument-parser to print with the usage (exit 64).
    static func usage(_ problem: Problem) -> ValidationError { ValidationError(problem.message) }

    static func say(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
