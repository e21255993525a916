import ArgumentParser
import JukiDiagnostics

/// `diff` exits as diff(1) does: 0 no differences, 1 differences, 2 trouble (with its message); the table of
/// `Outcome` has its column.
extension Outcome {
    static let differences: Int32 = 1

    static func get<T>(diffing result: Result<T, Diagnostics>) throws -> T {
        switch result {
        case .success(let v): return v
        case .failure(let d): try fail(d, differences: true)
        }
    }

    /// A stage of `diff` past reading (templates, rendering).
    static func get<T>(differences body: () throws(Diagnostics) -> T) throws -> T {
        do { return try body() } catch { try fail(error, differences: true) }
    }
}
