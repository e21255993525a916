import ArgumentParser
import Foundation
import JukiDiagnostics
import JukiImport
import JukiModel
import JukiRecords

/// `juki-report import FILE.txt [--as ED]`: an edition that exists only as its published text, read back
/// into records (<input>/<ED>/), so that past years can be compared, drafted from and archived.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "公表された文（report.txt）を読み、記録（<input>/<版>/ の report.yaml と CSV）に戻します。既にある版は上書きしません。",
        discussion: """
            文字コードは UTF-8 か CP932、改行は LF か CRLF。空行の抜けや重なり、表のタブの代わりの空白、
            全角・半角の括弧とコロンの違いは読みます。数えられる数（（13所属）、計752人、15所属中、
            「令和5年3月31日現在」、各年度）は数えた数と照合し、違えば両方の場所を示して何も書きません。
            版の名前は --as で指定します（既定: 年度から。令和4年度 → R4、平成30年度 → H30）。
            """)

    @OptionGroup var folders: Folders

    @Option(name: .customLong("as"), help: "版の名前（既定: 年度から。令和4年度 → R4）。")
    var name: String?

    @Flag(name: .long, help: "数えられる数が数えた数と違うとき（公表文の誤り）、数えた値で取り込み、公表文の値を report.yaml の先頭のコメントに残します。")
    var acceptStated = false

    @Argument(help: "公表された文のファイル（.txt）。")
    var file: String

    func validate() throws {
        try PathOptions.refuseEmpty([("--as", name, "年度から")])
    }

    func run() throws {
        if let name, !EditionName.isValid(name) {
            try Outcome.get(Result<Void, Diagnostics>.failure(Diagnostics(.unsafeEditionName(name))))
        }
        let imported = try Outcome.get(PublishedText.read(path: file, acceptStated: acceptStated))
        let edition = imported.edition
        let name = self.name ?? EditionName.of(edition.fiscalYear)
        let target = folders.input + "/" + name
        if InputFile.exists(target) { try Outcome.fail(Diagnostics(.editionExists(target))) }
        let siteAdded = try AtomicFolder.createEdition(name, at: target, input: folders.input,
                                                       files: EditionRecords.files(for: edition, corrections: imported.corrections.map(Self.comment))
                                                           .map { ($0.name, $0.text) })
        if !imported.corrections.isEmpty {
            FileHandle.standardError.write(Data(DiagnosticRenderer(sources: imported.sources).render(imported.corrections).utf8))
        }
        Outcome.say("作りました: \(target)（\(EraText.fiscalYear(edition.fiscalYear))、\(file) から）")
        if let siteAdded { Outcome.say("加えました: \(siteAdded) の「更新日」に \(name)（【要記入】: 公表した日を書いてください）") }
        Outcome.say("次に: juki-report check \(name)、juki-report build \(name)")
    }

    /// A correction as one comment line of report.yaml: where, and what was taken.
    static func comment(_ d: Diagnostic) -> String {
        (d.location.map { "\($0.file):\($0.line):\($0.column): " } ?? "") + d.problem.message
    }
}
