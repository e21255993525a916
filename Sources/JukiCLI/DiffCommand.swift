import ArgumentParser
import Foundation
import JukiDiagnostics
import JukiDiff
import JukiModel
import JukiRecords
import JukiRender

/// `juki-report diff OLD NEW`: what changed between two editions, in the report's terms.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "2つの版を比べ、違いを報告の言葉で示します（文字単位）。終了コード: 0 違いなし、1 違いあり、2 問題あり、64 コマンドの書き間違い。",
        discussion: """
            OLD と NEW は --input の下の版の名前（R4）、版のフォルダ（Tests/Editions/R5-follows-plan）、
            保存用 XML（output/R4/report.xml）、または公表された文（R4.txt。import と同じく読み、その場で比べます）です。
            --plan は、OLD の次年度計画と NEW の結果（研修、点検・監査、訓練）を比べます。
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, html, json, unified
    }

    enum Color: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @OptionGroup var folders: Folders
    var input: String { folders.input }
    var templates: String { folders.templates }

    @Option(name: .long, help: ArgumentHelp("出力の形式: text（既定）、html、json、unified（build が書いた report.txt どうしの diff -u。"
                + "プロジェクトのフォルダで patch -p0 を実行すると、OLD の report.txt が NEW のものになります）。"))
    var format: Format = .text

    @Option(name: .long, help: "unified のファイル名に使う build の出力先（既定: output）。")
    var output = "output"

    @Option(name: .long, help: "text の色: auto（端末で、NO_COLOR がなければ）、always、never。")
    var color: Color = .auto

    @Flag(name: .long, help: "OLD の次年度計画と NEW の結果を比べます。")
    var plan = false

    @Argument(help: "前の版（名前、フォルダ、report.xml、または公表された文の .txt）。")
    var old: String

    @Argument(help: "新しい版（名前、フォルダ、report.xml、または公表された文の .txt）。")
    var new: String

    func validate() throws {
        try PathOptions.refuseEmpty([("--output", output, "output")])
        if plan && format == .unified { try Outcome.usage(.unifiedPlan) }
    }

    func run() throws {
        let locator = EditionLocator(input: input, templates: templates)
        let a = try Outcome.get(diffing: locator.read(old))
        let b = try Outcome.get(diffing: locator.read(new))
        if plan && a.edition.planYear != b.edition.fiscalYear {
            try Outcome.fail(Diagnostics(.planYearMismatch(plan: a.edition.planYear, results: b.edition.fiscalYear)), differences: true)
        }
        let diff = plan
            ? EditionDiff.comparePlan(a.edition, b.edition, oldName: old, newName: new)
            : EditionDiff.compare(a.edition, b.edition, oldName: old, newName: new)
        let output: String
        switch format {
        case .text:
            output = DiffText.render(diff, color: useColor)
        case .json:
            output = DiffJSON.render(diff)
        case .html:
            let t = try Outcome.get(differences: { () throws(Diagnostics) in try Templates.load(directory: templates, only: ["diff"]) })
            // The new edition's warnings against the old, when the old is the year before (as `check` gives them).
            let warnings = a.edition.fiscalYear.next == b.edition.fiscalYear
                ? YearComparison.compare(b, with: .success(a), named: old).items : []
            output = try Outcome.get(differences: { () throws(Diagnostics) in try DiffHTML.render(diff, templates: t, warnings: warnings) })
        case .unified:
            let t = try Outcome.get(differences: { () throws(Diagnostics) in try Templates.load(directory: templates, only: ["text"]) })
            output = try Outcome.get(differences: { () throws(Diagnostics) in
                try UnifiedDiff.render(a.edition, b.edition, templates: t,
                                       oldLabel: a.text ?? builtText(a), newLabel: b.text ?? builtText(b))
            })
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        let same = format == .unified ? output.isEmpty : diff.isEmpty
        if !same { throw ExitCode(Outcome.differences) }
    }

    /// Where `build` writes the edition's report.txt (output/R4/report.txt): the unified diff's file names, so
    /// that `patch -p0` in the project's folder patches the old edition's built text (patch takes the old
    /// name, both existing, as diff(1)'s output has it) into the new one's.
    func builtText(_ located: EditionLocator.Located) -> String {
        (output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output) + "/" + located.name + "/report.txt"
    }

    var useColor: Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            let env = ProcessInfo.processInfo.environment
            if let noColor = env["NO_COLOR"], !noColor.isEmpty { return false }
            return isatty(STDOUT_FILENO) == 1 && env["TERM"] != "dumb"
        }
    }
}
