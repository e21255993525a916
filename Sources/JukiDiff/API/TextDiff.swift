/// Two versions of a text with the changed characters marked. Characters are grapheme clusters (が, 👨‍👩‍👧,
/// a base letter with its combining marks), so a mark never splits what a reader sees as one character.
///
/// The edit script is the standard library's `difference(from:)`; it is then coalesced into runs, and a
/// short unchanged run caught between two longer changes is folded into them (so that replacing one phrase
/// by another is shown as one replacement, not as scattered characters that happen to coincide). Its cost is
/// bounded: two long texts that share little (their edit distance not found within a budget of steps) are
/// shown as their common beginning and end, and the rest of one replaced by the rest of the other.
public struct TextDiff: Hashable, Sendable {
    public enum Operation: String, Hashable, Sendable {
        case equal, delete, insert
    }

    /// A run of characters that both sides share, or that only the old (`delete`) or new (`insert`) side has.
    public struct Span: Hashable, Sendable {
        public var operation: Operation
        public var text: String

        public init(_ operation: Operation, _ text: String) {
            self.operation = operation
            self.text = text
        }
    }

    /// In reading order; within one change the deleted run comes before the inserted one.
    public let spans: [Span]

    public init(old: String, new: String) {
        self.init(old: old, new: new, budget: Budget())
    }

    /// Drawing on the budget of a whole comparison.
    init(old: String, new: String, budget: Budget) {
        spans = Runs(old: Array(old), new: Array(new), budget: budget).spans()
    }

    /// The old text (equal and deleted runs).
    public var old: String { spans.filter { $0.operation != .insert }.map(\.text).joined() }
    /// The new text (equal and inserted runs).
    public var new: String { spans.filter { $0.operation != .delete }.map(\.text).joined() }
    public var isUnchanged: Bool { spans.allSatisfy { $0.operation == .equal } }
}
