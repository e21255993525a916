import JukiModel

extension Problem {
    /// The archive stage: an edition read from its report.xml, the schema, and the writer's own document.
    var xmlMessage: String {
        switch self {
        case .xmlEncoding(let declared?):
            return "XML 宣言の encoding が「\(declared)」です。UTF-8 で保存し、encoding=\"UTF-8\" にしてください。"
        case .xmlEncoding(nil):
            return "UTF-8 として読めないバイトがあります。XML は UTF-8 で保存してください。"
        case .xmlSyntax(let detail):
            return "XML の書き方に誤りがあります（libxml2: \(detail)）。タグの閉じ忘れと、"
                + "値の中の & と < が &amp; と &lt; になっているかを確かめてください。"
        case .xmlDoctype:
            return "DOCTYPE（文書型宣言）のある XML は読みません。実体（ENTITY）や外部 DTD はファイルの読み出しや"
                + "際限のない展開に使えるため、安全のため拒否します。DOCTYPE の宣言を消してください"
                + "（juki-report が書く XML にはありません）。"
        case .xmlNotAnEdition(let root, let namespace, let expected):
            return "最上位の要素が <\(root)>（名前空間 \(namespace ?? "なし")）です。版の XML は"
                + "名前空間 \(expected) の <edition> で始まります。juki-report が書いた report.xml を指定してください。"
        case .xmlFormatVersion(let found, let supported):
            return "この XML の形式の版は「\(found ?? "なし")」ですが、読めるのは版「\(supported)」です。"
                + "記録から <edition version=\"\(supported)\"> の XML を書き直して使ってください。"
        case .xmlSchema(let detail):
            return "XML が形式（edition.xsd）に合いません（libxml2: \(detail)）。"
                + "要素の名前・順序・値の書き方を templates/xml/edition.xsd と見比べて直してください。"
        case .xmlDerivedDisagrees(let element, let stated, let computed, let from):
            return "<\(element)> は計算で求める値（derived=\"true\"）で、\(stated)とありますが、"
                + "\(from)から求めると\(computed)です。<\(element)> を\(computed)に直すか、元の値を直してください。"
        case .xmlIncomplete:
            return "形式（edition.xsd）の検査を通った XML から版を組み立てられませんでした。"
                + "juki-report の不具合です。この XML を添えて報告してください。"
        case .schemaMissing(let path):
            return "XML の形式（スキーマ）「\(path)」がありません。リポジトリの templates/ を --templates で指定してください。"
        case .schemaUnreadable(let path):
            return "XML の形式（スキーマ）「\(path)」を UTF-8 のテキストとして読めません。"
        case .schemaInvalid(let path):
            return "XML の形式（スキーマ）「\(path)」に誤りがあります。"
        case .schemaIssue(let detail):
            return detail
        case .xmlWriterFailed(let step):
            return "report.xml を組み立てられませんでした（libxml2 の xmlTextWriter が「\(step)」で失敗）。"
                + "juki-report の不具合です。何も書いていません。"
        case .xmlWrittenInvalid:
            return "書こうとした report.xml が形式（edition.xsd）に合いません。juki-report の不具合です。何も書いていません。"
        default:
            return String(describing: self)
        }
    }
}
