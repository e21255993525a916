extension Problem {
    /// The stage a problem belongs to: its message is worded in that stage's file
    /// (`Problem+RecordsMessage.swift`, `+FilesMessage`, `+XMLMessage`, `+TemplatesMessage`, `+Message`).
    public enum Stage: Sendable {
        case records, files, xml, templates
        /// A published text read back (`juki-report import`): Problem+ImportMessage.swift.
        case published
        /// The renderer's own lines (counts, the closing line of a failure) and the command line's mistakes.
        case closing
        /// The command line as ArgumentParser and the first word refuse it (`Problem+CommandLineMessage.swift`).
        case commandLine
    }

    /// What the user has to mend, from which `Outcome` picks the exit code: the records (1), something
    /// outside them (2: templates, the schema, the output folder, a bug), or the command line (64).
    public enum Class: Int, Comparable, Sendable {
        case records, trouble, usage

        public static func < (a: Class, b: Class) -> Bool { a.rawValue < b.rawValue }
    }

    /// Every case is placed here, so a new one is placed (and worded) before it builds.
    public var stage: Stage {
        switch self {
        case .editionFolderMissing, .unsafeEditionName, .noEditions, .fileMissing, .notAFile, .notRegularFile,
             .symlinkLoop, .brokenLink, .fileUnreadable, .fileTooLarge, .fileEmpty, .undecodable, .utf16,
             .editionFolderName, .archiveEditionName,
             .cp932Unencodable, .outputNotWritable, .outputBusy, .outputEditionFolderName, .unreadableArchive,
             .editionExists, .editionNotFound, .notAnEdition, .planYearMismatch, .unifiedPlan,
             .serveLinkOutsideInput, .serveNoPreviousEdition, .servePlanNotFollowing, .serveNotFound,
             .serveCannotListen, .serveProgramMissing:
            return .files
        case .noRecords, .siteUpdatedNotAdded, .yamlSyntax, .yamlAnchor, .yamlStartedHere, .yamlUnclosedQuote,
             .yamlNoColon, .yamlUnclosedFlow, .yamlColonInValue, .yamlValueStartsWithIndicator, .yamlSecondDocument,
             .yamlTextAfterClosing, .yamlIndentation, .yamlMissingDash, .noteListStartsHere, .fullWidthDash,
             .itemJoinedToValue, .duplicateKey, .duplicateKeyNewItem, .yamlTooDeep, .fullWidthIndent, .tabIndent,
             .fullWidthColon, .expectedMapping, .expectedList, .listWhereMappingBelongs, .expectedTextItem,
             .expectedCount, .emptyList, .expectedText, .unknownKey, .missingKey, .emptyValue, .toFill,
             .multilineText, .notACount, .negativeCount, .countTooLarge, .badDate, .summaryShape,
             .conflictingTargets, .statedCountDisagrees, .noteComputedHere, .csvUnterminatedQuote, .csvStrayQuote,
             .csvTextAfterQuote, .csvFieldCount, .csvHeader, .csvNoRows, .csvOnlyTotalRow, .csvUnknownArea,
             .csvUnknownKind, .csvRecipientForUse, .csvStatedTotalDisagrees, .rule, .noteFirstHere,
             .siteUpdatedMissing, .unsafeLink, .yamlForbiddenCharacter, .forbiddenCharacter, .textTooLong,
             .countSumTooLarge, .yamlTooManyNodes, .csvTooManyRows,
             .siteSampleValue, .pageDateBeforeData, .annexesNotBuilt,
             .yamlCommentCutsValue, .noteFirstSpelledHere, .unitMissingThisYear, .notePreviousHere, .countMoved,
             .plannedTrainingNotHeld, .plannedActivityNotHeld, .previousUnreadable:
            return .records
        case .xmlEncoding, .xmlSyntax, .xmlDoctype, .xmlNotAnEdition, .xmlFormatVersion, .xmlSchema,
             .xmlDerivedDisagrees, .xmlIncomplete, .schemaMissing, .schemaUnreadable, .schemaInvalid, .schemaIssue,
             .xmlWriterFailed, .xmlWrittenInvalid:
            return .xml
        case .templateFolderEmpty, .templateUnreadable, .templateSyntax, .templateInvalid, .templateMissing,
             .templateTag:
            return .templates
        case .importUnexpectedLine, .importHeadingOutOfOrder, .importTextEnds, .importNumberOutOfSequence,
             .importTableRow, .importStatedDisagrees, .importNoteCountedHere, .importNoteTitleYear, .importYearDisagrees, .importCorrected:
            return .published
        case .moreOfTheSame, .summary, .notCompared, .emptyOption, .waitOutOfRange, .quietWithVerbose,
             .servePortOutOfRange, .strictWarnings:
            return .closing
        case .unknownCommand, .unknownOption, .optionValueMissing, .optionValueInvalid, .optionTakesNoValue,
             .argumentMissing, .argumentsUnexpected, .commandLine, .seeHelp:
            return .commandLine
        }
    }

    /// The records' problems (an input file, a value, an archive read as input, a character the Windows copy
    /// cannot hold) are the user's to mend in the records; the rest is trouble, or a mistyped command line.
    /// An edition named on the command line (or the --input folder) that does not exist is a mistyped
    /// command line in every command: the same class, and so the same exit code, from check, build, new and diff.
    public var `class`: Class {
        switch self {
        case .templateFolderEmpty, .templateUnreadable, .templateSyntax, .templateInvalid, .templateMissing, .templateTag,
             .schemaMissing, .schemaUnreadable, .schemaInvalid, .schemaIssue, .xmlWriterFailed, .xmlWrittenInvalid,
             .outputNotWritable, .outputBusy, .outputEditionFolderName, .unreadableArchive, .editionExists,
             .planYearMismatch, .notCompared,
             .serveNoPreviousEdition, .servePlanNotFollowing, .serveNotFound, .serveCannotListen,
             .serveProgramMissing:
            return .trouble
        case .emptyOption, .waitOutOfRange, .quietWithVerbose, .unifiedPlan, .editionFolderMissing, .editionNotFound,
             .unknownCommand, .unknownOption, .optionValueMissing, .optionValueInvalid, .optionTakesNoValue,
             .argumentMissing, .argumentsUnexpected, .commandLine, .seeHelp, .servePortOutOfRange:
            return .usage
        default:
            return .records
        }
    }
}
