import Foundation
import JukiDiagnostics

/// ArgumentParser's refusals of a command line, read back from its English message into `Problem`s, so that
/// they are worded in Japanese in the one message place. Its parser errors are not public API (only
/// `message(for:)`, `exitCode(for:)` are), so their wording is the interface: the shapes below are those of
/// swift-argument-parser 1.5–1.8 (`ErrorMessageGenerator`), each pinned by CommandLineTests; a message of
/// another shape is shown as it is, in a Japanese sentence (`Problem.commandLine`).
enum ArgumentSlips {
    static func problem(_ message: String) -> Problem {
        let text = message.trimmingCharacters(in: .whitespacesAndNewlines)
        let quoted = quotedParts(text)
        if text.hasPrefix("Unknown option "), let option = quoted.first {
            return .unknownOption(option, suggestion: text.contains("Did you mean") ? quoted.dropFirst().first : nil)
        }
        if text.hasPrefix("Missing value for "), let option = quoted.first {
            return .optionValueMissing(flag(option))
        }
        if text.hasPrefix("The value "), quoted.count >= 2 {
            let allowed = text.contains("Please provide one of") ? Array(quoted.dropFirst(2)) : []
            return .optionValueInvalid(option: flag(quoted[1]), value: quoted[0], allowed: allowed)
        }
        if text.hasPrefix("The option "), text.hasSuffix("was specified."), quoted.count == 2 {
            return .optionTakesNoValue(option: quoted[0], value: quoted[1])
        }
        if text.hasPrefix("Missing expected argument "), let name = quoted.first {
            return .argumentMissing(name)
        }
        if text.hasPrefix("Unexpected argument ") || text.contains(" unexpected arguments: "), !quoted.isEmpty {
            return .argumentsUnexpected(quoted)
        }
        return .commandLine(text)
    }

    /// `--format <format>` → `--format`.
    static func flag(_ synopsis: String) -> String {
        String(synopsis.prefix { $0 != " " })
    }

    /// The parts of `text` between single quotes, in order ('a', 'b' → a, b).
    static func quotedParts(_ text: String) -> [String] {
        let pieces = text.split(separator: "'", omittingEmptySubsequences: false)
        return stride(from: 1, to: pieces.count - 1, by: 2).map { String(pieces[$0]) }
    }
}
