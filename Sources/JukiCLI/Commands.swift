import ArgumentParser
import Foundation
import JukiModel
import JukiRecords
import JukiRender

/// `juki-report`: regenerate the yearly publication from its records.
public struct JukiReport: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "juki-report",
        abstract: "住民基本台帳ネットワークシステムのセキュリティ対策の措置状況等（年度版）を記録から作ります。",
        subcommands: [Build.self, Check.self, Diff.self],
        defaultSubcommand: Build.self)

    public init() {}
}

struct Locations: ParsableArguments {
    @Option(name: .long, help: "版のフォルダを置く場所。")
    var input = "input"

    @Option(name: .long, help: "テンプレートの場所。")
    var templates = "templates"

    @Argument(help: "版の名前（input の下のフォルダ名、例: R4）。省略するとすべての版。")
    var editions: [String] = []
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "記録を読み、検査し、<output>/<版>/report.txt を書きます。誤りがあれば何も書きません。")

    @OptionGroup var locations: Locations

    @Option(name: .long, help: "出力の場所。")
    var output = "output"

    func run() throws {
        let loaded = try Outcome.get(EditionSet.load(input: locations.input, requested: locations.editions))
        let templates = try Outcome.get(templates: locations.templates)
        // Render everything before writing anything: a failure leaves every previous output as it was.
        var files: [(path: String, text: String)] = []
        for item in loaded {
            let text = try Outcome.get(rendering: { () throws(Templates.LoadError) in try TextReport.render(item.edition, templates: templates) })
            files.append(("\(output)/\(item.name)/report.txt", text))
        }
        for file in files {
            try Outcome.get(writing: { () throws(AtomicFile.Failure) in try AtomicFile.write(file.text, to: file.path) })
        }
        for file in files { Outcome.say("書きました: \(file.path)") }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "記録を読み、検査し、見つけた誤りをすべて表示します。何も書きません。")

    @OptionGroup var locations: Locations

    func run() throws {
        let loaded = try Outcome.get(EditionSet.load(input: locations.input, requested: locations.editions))
        for item in loaded { Outcome.say("誤りはありません: \(locations.input)/\(item.name)") }
    }
}
