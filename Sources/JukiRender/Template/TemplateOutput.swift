/// Where a template renders: one growing buffer of UTF-8 bytes (no String per value, no concatenation).
struct TemplateOutput {
    var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func append(_ text: String, as type: TemplateContentType) {
        switch type {
        case .text: bytes.append(contentsOf: text.utf8)
        case .html: HTMLEscaping.escape(text, into: &bytes)
        }
    }

    /// A count in decimal digits (never escaped: nothing to escape).
    mutating func append(_ number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var digits: [UInt8] = []
        var n = number.magnitude
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(n % 10))
            n /= 10
        } while n > 0
        bytes.append(contentsOf: digits.reversed())
    }
}

/// A compiled template: text to copy, or a step that reads the scope (the same type at every depth).
enum TemplateStep: Sendable {
    case bytes([UInt8])
    case run(@Sendable (TemplateScope, inout TemplateOutput) -> Void)
}

extension Array where Element == TemplateStep {
    /// Renders compiled steps in order.
    func render(_ scope: TemplateScope, into out: inout TemplateOutput) {
        for step in self {
            switch step {
            case .bytes(let b): out.bytes.append(contentsOf: b)
            case .run(let run): run(scope, &out)
            }
        }
    }
}

/// Steps as the compiler adds them, adjacent texts joined into one copy as they come (an empty one dropped),
/// so that a section's steps, already joined, are not joined again at every level around it.
struct TemplateSteps {
    private var steps: [TemplateStep] = []
    private var text: [UInt8] = []

    mutating func append(_ step: TemplateStep) {
        switch step {
        case .bytes(let b):
            text += b
        case .run:
            flush()
            steps.append(step)
        }
    }

    mutating func append(contentsOf more: [TemplateStep]) {
        for step in more { append(step) }
    }

    /// The steps, the last text included.
    mutating func finish() -> [TemplateStep] {
        flush()
        return steps
    }

    private mutating func flush() {
        if !text.isEmpty { steps.append(.bytes(text)) }
        text = []
    }
}
