import JukiModel

/// Every kind of problem the records can have. The wording is in `Problem+Message.swift`, and nowhere else.
public enum Problem: Hashable, Sendable {
    /// A value the clerk has still to supply is not an error in the records, but it stops a build all the same.
    public var isToFill: Bool {
        if case .toFill = self { return true }
        return false
    }

    // Files
    case editionFolderMissing(String)
    case unsafeEditionName(String)
    case noEditions(String)
    case fileMissing(String)
    case notAFile(String)
    case notRegularFile(String)
    case symlinkLoop(String)
    case brokenLink(String)
    case fileUnreadable(String, reason: String)
    case fileTooLarge(String, bytes: Int, limit: Int)
    case fileEmpty(String)
    /// A YAML file with nothing but comments and blank lines.
    case noRecords(String)
    case undecodable(byteOffset: Int, line: Int)
    case utf16(String)

    // MARK: issue 11 edition names
    /// A folder found under --input or --output, holding an edition, whose name is not an `EditionName`.
    case editionFolderName(String)
    /// `--input x.xml`: the name taken from the archive's path is not an `EditionName`.
    case archiveEditionName(path: String, name: String)
    /// `new` could not add the 更新日 line so that site.yaml still reads.
    case siteUpdatedNotAdded(edition: String)

    // YAML
    case yamlSyntax(String)
    case yamlAnchor
    case yamlStartedHere
    /// A quoted value whose closing quote never comes.
    case yamlUnclosedQuote(String)
    /// A line that should be `key: value` and has no `: ` (講師 市町村課, 講師:市町村課).
    case yamlNoColon
    /// `[` or `{` never closed.
    case yamlUnclosedFlow
    /// `: ` inside a plain value.
    case yamlColonInValue
    /// A value starting with a character YAML reserves (`- `, `@`, a backquote).
    case yamlValueStartsWithIndicator(String)
    /// A second document after `---`.
    case yamlSecondDocument
    /// Text after a value's closing quote or bracket (`"市町村課" 担当`, `[改訂] 表題`).
    case yamlTextAfterClosing(String)
    /// A line indented unlike its neighbours.
    case yamlIndentation
    /// A line without `- ` at the indentation of a list's items.
    case yamlMissingDash
    case noteListStartsHere
    /// A list's `－ ` or `-　`: a 全角 dash or a 全角 space after the dash.
    case fullWidthDash
    /// `- 所属` indented under the line before: YAML joins it to that line's value.
    case itemJoinedToValue(key: String)
    case duplicateKey(String)
    /// A mapping's first key again, with the keys after it: most likely a list item written without `- `.
    case duplicateKeyNewItem(String)
    case yamlTooDeep(limit: Int)
    case fullWidthIndent
    case tabIndent
    case fullWidthColon(key: String)
    case expectedMapping(key: String)
    case expectedList(key: String)
    /// `- 開始日: …`: a list where `key: value` pairs belong.
    case listWhereMappingBelongs(key: String)
    /// An item of a list of texts that is itself a list or a mapping.
    case expectedTextItem(key: String)
    /// A list or a mapping where one count belongs.
    case expectedCount(key: String)
    /// A list with no items: a required section (研修) or an optional list written empty (対象所属: []).
    case emptyList(key: String, required: Bool)
    case expectedText(key: String)
    case unknownKey(String, suggestion: String?, allowed: [String])
    case missingKey(String, in: String)
    case emptyValue(key: String)
    /// A value still marked 【要記入】 (a draft made by `juki-report new`).
    case toFill(key: String)
    case multilineText(key: String)
    case notACount(key: String, text: String)
    case negativeCount(key: String, text: String)
    case countTooLarge(key: String, text: String, kind: CountKind)
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
    /// certified-staff.csv with a 計 row and no 所属 rows.
    case csvOnlyTotalRow(String)
    case csvUnknownArea(String)
    case csvUnknownKind(String)
    case csvRecipientForUse
    case csvStatedTotalDisagrees(stated: Int, computed: Int)

    // Model rules
    case rule(RuleViolation.Kind)
    case noteFirstHere

    // Site config (site.yaml)
    case siteUpdatedMissing(edition: String)
    case unsafeLink(key: String, text: String)

    // XML (an edition read from its archive, report.xml)
    /// Bytes that are not UTF-8 (`declared` nil), or an XML declaration naming another encoding.
    case xmlEncoding(declared: String?)
    /// Not well-formed; libxml2's message.
    case xmlSyntax(String)
    /// A DOCTYPE: refused before any of its declarations is read.
    case xmlDoctype
    /// The root element is not the archive's `edition` in its namespace.
    case xmlNotAnEdition(root: String, namespace: String?, expectedNamespace: String)
    /// The root's `version` is not the one this program reads.
    case xmlFormatVersion(found: String?, supported: String)
    /// Well-formed, but the schema refuses it; libxml2's message.
    case xmlSchema(String)
    /// A figure marked derived="true" that is not what the document computes to.
    case xmlDerivedDisagrees(element: String, stated: String, computed: String, computedFrom: String)
    /// Schema-valid, yet the model could not be built from it (a bug in the schema or the reader).
    case xmlIncomplete

    // MARK: issue 11 text
    /// A character the text rule (`TextRules`) refuses, in the YAML text before it is parsed (a control
    /// character or a noncharacter, which libyaml would refuse at line 1).
    case yamlForbiddenCharacter(ForbiddenCharacter)
    /// A character the text rule refuses, in a value (`key`: a record key, a CSV column, an XML `<element>`).
    case forbiddenCharacter(key: String, ForbiddenCharacter)
    /// A value longer than `TextRules.maxLength` characters.
    case textTooLong(key: String, length: Int, limit: Int)

    // MARK: issue 11 scale (counts, sums, sizes, repeated messages)
    /// The counts of a column add up past the archive's maximum (`Tally.maximum`) at this row.
    case countSumTooLarge(key: String)
    /// More values and items in report.yaml than a hand-written record has (`YAMLDocument.nodeLimit`).
    case yamlTooManyNodes(limit: Int)
    /// The messages of one kind past the first few, counted (`DiagnosticRenderer.perKindLimit`).
    case moreOfTheSame(count: Int, toFill: Bool)
    /// More rows after the header than `TableReader.rowLimit`; at the first row past it.
    case csvTooManyRows(String, limit: Int)
}
