import JukiDiagnostics
import JukiModel

/// The sum of a count column, row by row: past `Tally.maximum` (what the archive can hold) it is refused at
/// the row where it passes, once; the rows after it are not summed again.
struct RunningSum {
    let column: String
    let path: String
    private(set) var total = 0
    private(set) var diagnostics: [Diagnostic] = []

    init(column: String, path: String) {
        self.column = column
        self.path = path
    }

    /// False when the sum has passed the maximum (at this row or before).
    mutating func add(_ n: Int, at field: CSVTable.Field) -> Bool {
        guard diagnostics.isEmpty else { return false }
        let (s, overflow) = total.addingReportingOverflow(n)
        guard !overflow, s <= Tally.maximum else {
            diagnostics.append(Diagnostic(.countSumTooLarge(key: column),
                                          at: SourceLocation(file: path, line: field.line, column: field.column)))
            return false
        }
        total = s
        return true
    }
}
