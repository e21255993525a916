extension Problem {
    /// The templates stage: the folder, each file's syntax (at its line and column), a template a page needs.
    var templatesMessage: String {
        switch self {
        case .templateFolderEmpty(let directory):
            return "テンプレートのフォルダ「\(directory)」に *.mustache がありません。"
                + "リポジトリの templates/ を --templates で指定してください。"
        case .templateUnreadable(let path):
            return "テンプレート「\(path)」を読めません。"
        case .templateSyntax(let fault):
            return "テンプレートの書き方に誤りがあります（\(fault.words)）"
        case .templateInvalid(let path, let detail):
            return "テンプレート「\(path)」の書き方に誤りがあります（\(detail)）"
        case .templateMissing(let name):
            return "テンプレート「\(name).mustache」がありません。"
        default:
            return String(describing: self)
        }
    }
}

extension Problem.TemplateFault {
    /// What the parser's refusal means, in the words of the template's author.
    var words: String {
        switch self {
        case .closingNameMismatch:
            return "閉じるタグの名前が、開いている区間の名前と合いません。{{#名前}} と {{/名前}} の組を確かめてください"
        case .sectionNotClosed:
            return "区間が閉じられないままファイルが終わります。{{#名前}} に合う {{/名前}} を加えてください"
        case .unfinishedTag:
            return "タグが }} で閉じられていないか、名前に使えない文字があります"
        case .badConfiguration:
            return "{{%…}} の設定が読めません。HTML のテンプレートは {{%CONTENT_TYPE:HTML_SCALAR}}、テキストは {{%CONTENT_TYPE:TEXT}} で始めます"
        case .other(let detail):
            return detail
        }
    }
}
