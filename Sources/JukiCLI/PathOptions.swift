import ArgumentParser
import Foundation

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

    @Option(name: .customLong("templates"),
            help: "テンプレートと XML スキーマの場所（既定: templates。作業フォルダになければ juki-report と同じフォルダの templates）。")
    var templatesOption: String?

    /// --templates as given, else `TemplatesFolder.standard`.
    var templates: String { templatesOption ?? TemplatesFolder.standard }

    func validate() throws {
        try PathOptions.refuseEmpty([("--input", input, "input"), ("--templates", templatesOption, "templates")])
    }
}

/// Where the templates are when --templates is left out. ./templates (the repository's layout) comes first;
/// when the working folder has none, the templates/ next to the executable (an installed package: the binary
/// and templates/ side by side, run from any folder, also through a symbolic link to the binary); when neither
/// exists, ./templates, so that messages name the folder a user expects.
enum TemplatesFolder {
    static let name = "templates"

    static var standard: String {
        if EditionSet.isFolder(name) { return name }
        if let installed = besideExecutable, EditionSet.isFolder(installed) { return installed }
        return name
    }

    /// `templates` in the folder of the running executable, symbolic links resolved.
    static var besideExecutable: String? {
        guard let executable = Bundle.main.executableURL else { return nil }
        return executable.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent(name).path
    }
}
