/// Where in an edition's records a value sits, in the records' own vocabulary: the keys of `report.yaml`
/// (研修, 点検・監査, 次年度計画 …) and, for tables, the CSV file's name with its row and column. The
/// readers keep the position of each path they read; a model place is found through its path
/// (`EditionPlace.recordPath`), so one rule can point at a YAML line or a CSV cell alike.
package struct FieldPath: Hashable, Sendable, CustomStringConvertible {
    package enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    package var components: [Component]

    package init(_ components: [Component] = []) { self.components = components }

    package func appending(_ key: String) -> FieldPath { FieldPath(components + [.key(key)]) }
    package func appending(_ index: Int) -> FieldPath { FieldPath(components + [.index(index)]) }

    /// The path with its last component removed.
    package var parent: FieldPath { FieldPath(Array(components.dropLast())) }

    package var description: String {
        components.map {
            switch $0 {
            case .key(let k): return k
            case .index(let i): return "[\(i + 1)]"
            }
        }.joined(separator: ".")
    }
}

extension FieldPath {
    /// The index of the last component, for "the Nth item" in messages.
    package var index: Int {
        if case .index(let i) = components.last { return i }
        return 0
    }
}
