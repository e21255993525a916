import ArgumentParser

/// `diff` exits as diff(1) does: 0 no differences, 1 differences, 2 trouble (with its message).
extension Outcome {
    static let differences: Int32 = 1

    static func get<T>(diffing result: Result<T, DiffTrouble>) throws -> T {
        switch result {
        case .success(let v): return v
        case .failure(let problem): try fail(problem.description + "\n", code: trouble)
        }
    }
}
