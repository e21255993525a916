import JukiModel

extension Summary {
    /// The 実施概要 as one text, as the diff compares two of different shapes: paragraphs one a line, sections as
    /// 「○ 見出し」 and their text.
    public var comparedText: String {
        switch self {
        case .inline(let t): return t
        case .paragraphs(let p): return p.joined(separator: "\n")
        case .sections(let s): return s.map { "○ \($0.heading)\n\($0.text)" }.joined(separator: "\n")
        }
    }
}
