extension XMLArchive {
    /// Trouble outside the records: the schema cannot be used, or a document the writer made breaks it
    /// (a bug; nothing is written).
    public enum Failure: Error, Sendable, CustomStringConvertible {
        case schemaMissing(String)
        case schemaUnreadable(String)
        /// The schema does not compile; libxml2's messages with their lines.
        case schemaInvalid(String, [String])
        /// libxml2's text writer refused a step.
        case writerFailed(step: String)
        /// The written document breaks the schema; libxml2's messages with their lines, and the document.
        case invalidDocument([String], document: String)

        public var description: String {
            switch self {
            case .schemaMissing(let path):
                return "XML の形式（スキーマ）「\(path)」がありません。リポジトリの templates/ を --templates で指定してください。"
            case .schemaUnreadable(let path):
                return "XML の形式（スキーマ）「\(path)」を UTF-8 のテキストとして読めません。"
            case .schemaInvalid(let path, let messages):
                return "XML の形式（スキーマ）「\(path)」に誤りがあります。\n"
                    + messages.map { "  \(path): \($0)" }.joined(separator: "\n")
            case .writerFailed(let step):
                return "report.xml を組み立てられませんでした（libxml2 の xmlTextWriter が「\(step)」で失敗）。"
                    + "juki-report の不具合です。何も書いていません。"
            case .invalidDocument(let messages, _):
                return "書こうとした report.xml が形式（edition.xsd）に合いません。juki-report の不具合です。何も書いていません。\n"
                    + messages.map { "  report.xml: \($0)" }.joined(separator: "\n")
            }
        }
    }
}
