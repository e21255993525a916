import Foundation
import Mustache

/// The templates of `templates/`, parsed once. Each `*.mustache` file is registered under its path
/// without the extension (`text/report`), so templates can include each other as partials by that name;
/// and with "." for "/" (`text.activity`), the name a parent takes in `{{<text.activity}}…{{/text.activity}}`
/// (swift-mustache reads a closing tag's name without "/").
public struct Templates: Sendable {
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    let library: MustacheLibrary

    public static func load(directory: String) throws(LoadError) -> Templates {
        let fm = FileManager.default
        guard let paths = fm.enumerator(atPath: directory)?.compactMap({ $0 as? String })
            .filter({ $0.hasSuffix(".mustache") }).sorted(), !paths.isEmpty else {
            throw LoadError(description: "テンプレートのフォルダ「\(directory)」に *.mustache がありません。"
                            + "リポジトリの templates/ を --templates で指定してください。")
        }
        HTMLEscaping.register()
        var library = MustacheLibrary()
        for relative in paths {
            let path = directory + "/" + relative
            guard let data = fm.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw LoadError(description: "テンプレート「\(path)」を読めません。")
            }
            do {
                let template = try MustacheTemplate(string: text), name = String(relative.dropLast(".mustache".count))
                library.register(template, named: name)
                if name.contains("/") { library.register(template, named: name.replacingOccurrences(of: "/", with: ".")) }
            } catch let error as MustacheTemplate.ParserError {
                throw LoadError(description: "\(path):\(error.context.lineNumber):\(error.context.columnNumber): "
                                + "エラー: テンプレートの書き方に誤りがあります（\(explain(error.error))）\n\(error.context.line)")
            } catch {
                throw LoadError(description: "\(path): エラー: テンプレートの書き方に誤りがあります（\(error)）")
            }
        }
        return Templates(library: library)
    }

    /// What swift-mustache's parse error means, in the words of the template's author.
    static func explain(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?:
            return "閉じるタグの名前が、開いている区間の名前と合いません。{{#名前}} と {{/名前}} の組を確かめてください"
        case .expectedSectionEnd?:
            return "区間が閉じられないままファイルが終わります。{{#名前}} に合う {{/名前}} を加えてください"
        case .unfinishedName?:
            return "タグが }} で閉じられていないか、名前に使えない文字があります"
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?:
            return "{{%…}} の設定が読めません。HTML のテンプレートは {{%CONTENT_TYPE:HTML_SCALAR}}、テキストは {{%CONTENT_TYPE:TEXT}} で始めます"
        default:
            return "\(error)"
        }
    }

    /// Renders a template by name into a whole file, ending in exactly one line break whatever the template
    /// leaves (every output is a file: report.txt, the pages, the diff page). A name the folder lacks is an
    /// error, not an empty page.
    public func render(_ object: Any, template name: String) throws(LoadError) -> String {
        guard var out = library.render(object, withTemplate: name) else {
            throw LoadError(description: "テンプレート「\(name).mustache」がありません。")
        }
        while out.last == "\n" { out.removeLast() }
        return out + "\n"
    }
}
