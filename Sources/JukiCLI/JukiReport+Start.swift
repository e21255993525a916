import ArgumentParser
import Foundation
import JukiDiagnostics
import JukiRecords

extension JukiReport {
    /// The names a first word is held against: build, check, new, diff.
    static var commandNames: [String] { configuration.subcommands.map { $0._commandName } }

    /// Parses the command line and runs its command. Every failure leaves through `Outcome`: ArgumentParser's
    /// refusals are worded in Japanese there (`ArgumentSlips`), as the commands' own are; only --help and
    /// its like are printed by ArgumentParser as it prints them.
    public static func start(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            if let build = command as? Build { try build.refuseUnknownFirstWord(arguments) }
            try command.run()
            exit(withError: nil)
        } catch let code as ExitCode {
            exit(withError: code)
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            // Empty: a command's own check, already printed by `Outcome`.
            let text = message(for: error)
            guard !text.isEmpty else { exit(withError: ExitCode.validationFailure) }
            do { try Outcome.usage(ArgumentSlips.problem(text)) } catch { exit(withError: error) }
        }
    }
}

extension Build {
    /// `juki-report biuld`: the first word, taken as an edition because `build` is the default command, names
    /// no edition under --input. A mistyped command line, with the command it is nearest to.
    func refuseUnknownFirstWord(_ arguments: [String]) throws {
        let input = locations.input
        guard let word = arguments.first, word == locations.editions.first, !EditionSet.isFile(input),
              !EditionSet.isFolder(input + "/" + word) else { return }
        let names = JukiReport.commandNames
        try Outcome.usage(.unknownCommand(word, suggestion: KeySuggestion.closest(to: word, in: names, transpositions: true),
                                          commands: names, input: input))
    }
}
