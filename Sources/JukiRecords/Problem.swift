import JukiModel

/// Every kind of problem the records can have. The wording is in `Problem+Message.swift`, and nowhere else.
public enum Problem: Hashable, Sendable {
    // Files
    case editionFolderMissing(String)
    case unsafeEditionName(String)
    case noEditions(String)
    case fileMissing(String)
    case notAFile(String)
    case fileUnreadable(String, reason: String)
    case fileTooLarge(String, bytes: Int, limit: Int)
    case fileEmpty(String)
    case undecodable(byteOffset: Int, line: Int)
    case utf16(String)

    // YAML
    case yamlSyntax(String)
    case yamlAnchor
    case yamlStartedHere
    case duplicateKey(String)
    case yamlTooDeep(limit: Int)
    case expectedMapping(key: String)
    case expectedList(key: String)
    case expectedText(key: String)
    case unknownKey(String, suggestion: String?, allowed: [String])
    case missingKey(String, in: String)
    case emptyValue(key: String)
    case multilineText(key: String)
    case notACount(key: String, text: String)
    case negativeCount(key: String, text: String)
    case countTooLarge(key: String, text: String)
    case badDate(key: String, DateNotation.Failure)
    case summaryShape(key: String)
    case conflictingTargets
    case statedCountDisagrees(key: String, stated: Int, computed: Int, computedFrom: String)
    case noteComputedHere(computed: Int)

    // CSV
    case csvUnterminatedQuote
    case csvStrayQuote
    case csvTextAfterQuote
    case csvFieldCount(expected: Int, found: Int)
    case csvHeader(expected: [String], found: [String])
    case csvNoRows(String)
    case csvUnknownArea(String)
    case csvStatedTotalDisagrees(stated: Int, computed: Int)

    // Model rules
    case rule(RuleViolation.Kind)
    case noteFirstHere
}
