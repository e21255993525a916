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
        // MARK: issue 13 templates
        case .templateTag(let tag, let fault):
            return "テンプレートのタグ「\(tag)」が使えません（\(fault.words)）"
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

// MARK: issue 13 templates
extension Problem.TemplateTagFault {
    /// Why the tag cannot be filled, in the words of the template's author, with what to write instead.
    var words: String {
        switch self {
        case .unknownName(let name, let names):
            return "「\(name)」という項目はここにありません。綴りを確かめてください。ここで使える名前：" + names.joined(separator: "、")
        case .notText(let name):
            return "「\(name)」は一覧か項目のまとまりで、文字として書けません。{{#\(name)}}…{{/\(name)}} の中でその項目を書いてください"
        case .notAList(let name):
            return "「\(name)」は一覧ではないので empty(…) を使えません。{{#\(name)}} か {{^\(name)}} と書いてください"
        case .lastOutsideList:
            return "last() は一覧の区間 {{#名前}}…{{/名前}} のすぐ中でだけ使えます"
        case .unknownTransform(let name):
            return "「\(name)()」は使えません。使えるのは empty(名前) と last() です"
        case .unescapedInHTML:
            return "HTML のテンプレートでは値はいつも HTML の文字に書き換えて入れるので、{{{…}}} と {{&…}} は使えません。{{名前}} と書いてください"
        case .textInHTML:
            return "HTML のページになるテンプレートでは {{%CONTENT_TYPE:TEXT}} は使えません。{{%CONTENT_TYPE:HTML_SCALAR}} と書いてください"
        case .partialMissing(let name):
            return "テンプレート「\(name).mustache」がありません。名前を確かめてください"
        case .partialLoop(let name):
            return "テンプレート「\(name)」が自分自身を読み込んでいます"
        case .onlyBlocksInParent:
            return "{{<…}} と {{/…}} の間には {{$名前}}…{{/名前}} のブロックだけを書きます"
        case .unsupported:
            return "この書き方はテンプレートで使えません（区切りの変更 {{=…=}}、名前を値から取る {{>*…}}、字下げした行だけの {{>…}} など）"
        }
    }
}
