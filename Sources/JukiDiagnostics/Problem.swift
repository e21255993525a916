import JukiModel

/// Every failure a user can meet, from the records to the output folder: the one error family. Each case is
/// worded in the message file of its stage (`Problem+Stage.swift` says which) and nowhere else, and knows its
/// class (records, trouble, usage), from which `Outcome` picks the exit code.
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
    case csvOnlyTotalRow(String, header: [String])
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

    // MARK: issue 12 errors (one family: templates, schema, output, diff, summaries, usage)
    /// The templates folder holds no `*.mustache`.
    case templateFolderEmpty(String)
    /// A template file that is not UTF-8 text.
    case templateUnreadable(String)
    /// The template parser refused a template, at its line and column; the explanation in the author's words.
    case templateSyntax(TemplateFault)
    /// A template refused without a place (not a parse error).
    case templateInvalid(path: String, detail: String)
    /// A template a page asks for, missing from the folder.
    case templateMissing(String)
    case schemaMissing(String)
    case schemaUnreadable(String)
    /// The schema does not compile; its messages follow, each at its line (`schemaIssue`).
    case schemaInvalid(String)
    /// One of libxml2's messages about the schema, or about a document the writer made.
    case schemaIssue(String)
    /// libxml2's text writer refused a step (a bug; nothing is written).
    case xmlWriterFailed(step: String)
    /// The written report.xml breaks the schema (a bug; nothing is written); its messages follow.
    case xmlWrittenInvalid
    /// A character of report.txt that the CP932 copy cannot hold, each at its first place in report.txt.
    case cp932Unencodable(edition: String, file: String, [UnencodableCharacter])
    /// A file or folder of the output that cannot be written.
    case outputNotWritable(String, WriteReason)
    /// Another build holds the output folder's lock past --wait.
    case outputBusy(output: String, holder: Int32?, waited: Double)
    /// A folder under --output holding an archive, whose name is not an `EditionName` (trouble, not records).
    case outputEditionFolderName(String)
    /// An edition published before whose report.xml no longer reads (its diagnostics come before).
    case unreadableArchive(edition: String, path: String, index: String, folder: String)
    /// `new` into an edition folder that exists.
    case editionExists(String)
    /// `diff`: an argument that names no edition.
    case editionNotFound(String, input: String)
    /// `diff`: a folder with neither file of an edition.
    case notAnEdition(folder: String, files: [String])
    /// `diff --plan` of editions that do not follow each other.
    case planYearMismatch(plan: FiscalYear, results: FiscalYear)
    case unifiedPlan
    /// The closing line of a failure to read: how many marks and errors, and (for a command that writes)
    /// that nothing was written.
    case summary(toFill: Int, errors: Int, nothingWritten: Bool)
    /// The closing line of `diff` when an edition does not read.
    case notCompared(folder: String, count: Int)
    /// An empty path option (`--output ''`).
    case emptyOption(flag: String, default: String)
    case waitOutOfRange
    case quietWithVerbose

    // MARK: issue 14 commands (the command line's mistakes; all of class usage, exit 64)
    /// A first word that is neither a command nor an edition under --input (`juki-report biuld`).
    case unknownCommand(String, suggestion: String?, commands: [String], input: String)
    /// An option no command has (`--outptu`), with the nearest one ArgumentParser found.
    case unknownOption(String, suggestion: String?)
    /// An option given without its value (`--format` at the end).
    case optionValueMissing(String)
    /// A value an option does not take (`--format pdf`), with the values it takes when they are few.
    case optionValueInvalid(option: String, value: String, allowed: [String])
    /// A flag given a value (`--quiet=yes`).
    case optionTakesNoValue(option: String, value: String)
    /// An argument left out (`diff R4`): `<new>`.
    case argumentMissing(String)
    /// Arguments past those the command takes (`new R5 R6`).
    case argumentsUnexpected([String])
    /// A refusal of ArgumentParser's this program does not recognise, in its own words.
    case commandLine(String)
    /// The closing line of a mistyped command line: where its usage is (`juki-report diff --help`).
    case seeHelp(command: String)

    // MARK: issue 14 site (warnings and notes: printed by check and build, never an exit code of their own)
    /// A value of site.yaml still one of those its 「見本の値」 lists (the shipped sample's 電話, URLs).
    case siteSampleValue(key: String, value: String)
    /// An edition's 掲載日 or 更新日 before the end of the 年度 whose data its page publishes.
    case pageDateBeforeData(PageDate, edition: String, day: Day, asOf: Day)
    /// 別添 tables (1, 2, 3) the report refers to that the edition does not carry: published elsewhere.
    case annexesNotBuilt(edition: String, numbers: [Int])

    // MARK: issue 15 import (a published text read back into records; worded in Problem+ImportMessage.swift)
    /// A line of the published text that is not what its place holds; `expected` names what belongs there.
    case importUnexpectedLine(expected: String)
    /// A heading of the report met where another heading belongs (out of order, or one left out before it).
    case importHeadingOutOfOrder(found: String, expected: String)
    /// The text ends where more of the report belongs.
    case importTextEnds(expected: String)
    /// (3) where (2) belongs, 第3回 in the (2) heading.
    case importNumberOutOfSequence(expected: String, found: String)
    /// A table row with too few or too many cells.
    case importTableRow(table: String, expected: Int, found: Int)
    /// A figure the text states that disagrees with what it counts or with the 年度 (a published typo).
    case importStatedDisagrees(figure: String, stated: String, counted: String)
    /// The note at what the disagreeing figure counts.
    case importNoteCountedHere(String)
    /// The note at the title, whose 年度 the other 年度 and days of the text follow.
    case importNoteTitleYear
    /// A 年度 or a day the text names that is not the one its title's 年度 gives (令和3年度の利用実績 in R4).
    case importYearDisagrees(figure: String, stated: String, expected: String)
    /// `--accept-stated`: a figure of the text taken as counted (or from the 年度), not as stated.
    case importCorrected(figure: String, stated: String, counted: String)

    // MARK: issue 16 serve
    /// serve: a file of an edition that is a link to a place outside --input (never read, never shown).
    case serveLinkOutsideInput(String)
    /// serve: /<ED>/diff or /<ED>/plan of the first edition, which has none before it.
    case serveNoPreviousEdition(String)
    /// serve: /<ED>/plan when the edition before plans another 年度 than this one's.
    case servePlanNotFollowing(previous: String, edition: String, plan: FiscalYear, results: FiscalYear)
    /// serve: a path that is no edition's page or file.
    case serveNotFound(String)
    /// serve: the address could not be listened on (the port taken, a host not of this machine).
    case serveCannotListen(host: String, port: Int, reason: String)
    /// serve: --port outside 0–65535.
    case servePortOutOfRange
    /// serve: juki-report-serve, the program that serves (beside juki-report), is missing or cannot be started.
    case serveProgramMissing(path: String, reason: String)

    // MARK: issue 14 warnings against last year; 所属 equal after NFKC; a comment that cuts a value
    /// A plain value followed on its line by ` #`: YAML reads the rest as a comment (`YAMLCommentCuts`).
    case yamlCommentCutsValue(key: String, written: String, kept: String, quoted: String)
    /// Where the first of two 所属 spelled differently stands, spelled so.
    case noteFirstSpelledHere(String)
    /// Warning: a 所属 of last year's 照合情報 table is not in this year's.
    case unitMissingThisYear(unit: String, previous: String)
    /// Where last year's edition held it.
    case notePreviousHere(previous: String)
    /// Warning: a count moved by more than a factor of 2, or from or to 0. `what` names it in the records' words.
    case countMoved(what: String, old: Int, new: Int, counter: String, previous: String)
    /// Warning: a 研修 of last year's 次年度計画 (its 回) with no result this year.
    case plannedTrainingNotHeld(number: Int, period: Period, previous: String)
    /// Warning: a 点検・監査 or 訓練 of last year's 次年度計画 with no result of its 名称 this year.
    case plannedActivityNotHeld(name: String, period: Period, previous: String)
    /// Warning: the previous edition does not read, so nothing was compared with it.
    case previousUnreadable(path: String, count: Int)
    /// The closing line of `--strict` when warnings were found.
    case strictWarnings(count: Int)

    /// What swift-mustache's parser refused.

    // MARK: issue 13 templates
    /// A tag that the views cannot fill, found when the templates are compiled (`Templates.load`), at the tag:
    /// a name no view in scope has, a list written as text, `{{{…}}}` in HTML, a partial the folder lacks.
    case templateTag(tag: String, fault: TemplateTagFault)

    /// What the template parser refused (`TemplateParser`, as swift-mustache 2.1.1 refused it before).
    public enum TemplateFault: Hashable, Sendable {
        case closingNameMismatch
        case sectionNotClosed
        case unfinishedTag
        case badConfiguration
        case other(String)
    }

    // MARK: issue 13 templates
    /// Why a tag cannot be compiled against the views (`templateTag`).
    public enum TemplateTagFault: Hashable, Sendable {
        /// No view in scope has the name; the names that are, innermost first.
        case unknownName(String, inScope: [String])
        /// The name holds a list, a view or a yes/no, which has no text.
        case notText(String)
        /// `empty(…)` of a name that is not a list.
        case notAList(String)
        /// `last()` outside a list's section.
        case lastOutsideList
        /// A transform other than `empty(…)` and `last()`.
        case unknownTransform(String)
        /// `{{{…}}}` or `{{&…}}` in an HTML template.
        case unescapedInHTML
        /// `{{%CONTENT_TYPE:TEXT}}` in a template that a page includes.
        case textInHTML
        /// A partial or parent the folder lacks.
        case partialMissing(String)
        /// A partial that includes itself.
        case partialLoop(String)
        /// Something other than `{{$…}}` blocks inside `{{<…}}`.
        case onlyBlocksInParent
        /// A tag form the templates do not use (`{{=…=}}`, `{{>*…}}`, an indented standalone partial).
        case unsupported
    }

    /// Why a file or folder of the output cannot be written.
    public enum WriteReason: Hashable, Sendable {
        /// The system's words (strerror).
        case system(String)
        case outsideOutput
        case linkOrFolderInTheWay
        case linkInOutput
        case notAFolder
        case workingFolderGone
    }
}

/// A character a text encoding cannot hold, at its first place (1-based line and column of the text).
public struct UnencodableCharacter: Hashable, Sendable {
    public let character: String
    /// U+301C, or U+0063 U+0301 for a character of several scalars.
    public let scalars: String
    public let line: Int
    public let column: Int

    public init(character: String, scalars: String, line: Int, column: Int) {
        self.character = character
        self.scalars = scalars
        self.line = line
        self.column = column
    }
}
