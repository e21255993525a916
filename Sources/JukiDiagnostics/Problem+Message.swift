import JukiModel

extension Problem {
    /// The message, from the file of the problem's stage: the one place each is worded.
    public var message: String {
        switch stage {
        case .records: return recordsMessage
        case .files: return filesMessage
        case .xml: return xmlMessage
        case .templates: return templatesMessage
        case .published: return importMessage
        case .closing: return closingMessage
        case .commandLine: return commandLineMessage
        }
    }

    /// Lines of the renderer's own (counts, the closing line of a failure) and the command line's mistakes.
    var closingMessage: String {
        switch self {
        case .moreOfTheSame(let count, false):
            return "…ほか \(Notation.grouped(count)) 件の同じ誤りがあります（同じ種類の誤りは最初の\(Notation.grouped(DiagnosticRenderer.perKindLimit))件だけを示します）。"
        case .moreOfTheSame(let count, true):
            return "…ほか \(Notation.grouped(count)) 件、同じ項目の記入が残っています（同じ項目は最初の\(Notation.grouped(DiagnosticRenderer.toFillLimit))件だけを示します）。"
        case .summary(let toFill, let errors, let nothingWritten):
            return (toFill > 0 ? "記入が残っているところが\(Notation.grouped(toFill))件あります。" : "")
                + (errors > 0 ? "\(Notation.grouped(errors))件の誤りがありました。" : "") + (nothingWritten ? "何も書いていません。" : "")
        case .notCompared(let folder, let count):
            return "版「\(folder)」に\(Notation.grouped(count))件の誤りがあり、比べられませんでした。"
        case .emptyOption(let flag, let fallback):
            return "\(flag) が空です。場所を指定するか、\(flag) を省いて既定の「\(fallback)」を使ってください。"
        case .waitOutOfRange:
            return "--wait は0から86400（秒）までの数です。"
        // MARK: issue 16 serve
        case .servePortOutOfRange:
            return "--port は0から65535までの数です（0 で空いているポートを使います）。"
        case .quietWithVerbose:
            return "--quiet と --verbose は一緒に使えません。"
        case .strictWarnings(let count):
            return "\(Notation.grouped(count))件の警告がありました（--strict）。何も書いていません。"
        default:
            return String(describing: self)
        }
    }
}
