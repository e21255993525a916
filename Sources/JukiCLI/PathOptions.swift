import ArgumentParser

/// Path options share one rule: an empty value (an unset shell variable, `--output ''`) names no folder
/// and no file, and is a mistyped command line (exit 64), refused before anything is read or written.
enum PathOptions {
    /// Throws for the first option whose value is empty; options not given (`nil`) pass.
    /// - Parameter options: each option's flag, value, and the default used when it is left out.
    static func refuseEmpty(_ options: [(flag: String, value: String?, default: String)]) throws {
        for option in options where option.value?.isEmpty == true {
            try Outcome.usage(.emptyOption(flag: option.flag, default: option.default))
        }
    }
}

/// --input and --templates, declared once for every command that reads editions.
struct Folders: ParsableArguments {
    @Option(name: .long, help: "版のフォルダを置く場所（build と check では版の report.xml も指定できます）。")
    var input = "input"

    @Option(name: .long, help: "テンプレートと XML スキーマの場所。")
    var templates = "templates"

    func validate() throws {
        try PathOptions.refuseEmpty([("--input", input, "input"), ("--templates", templates, "templates")])
    }
}
