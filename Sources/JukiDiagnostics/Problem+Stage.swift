extension Problem {
    /// The stage a problem belongs to: its message is worded in that stage's file
    /// (`Problem+RecordsMessage.swift`, `+FilesMessage`, `+XMLMessage`, `+TemplatesMessage`, `+Message`).
    public enum Stage: Sendable {
        case records, files, xml, templates
        /// The renderer's own lines (counts, the closing line of a failure) and the command line's mistakes.
        case closing
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
             .editionExists, .editionNotFound, .notAnEdition, .planYearMismatch, .unifiedPlan:
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
             .yamlCommentCutsValue, .noteFirstSpelledHere, .unitMissingThisYear, .notePreviousHere, .countMoved,
             .plannedTrainingNotHeld, .plannedActivityNotHeld, .previousUnreadable:
            return .records
        case .xmlEncoding, .xmlSyntax, .xmlDoctype, .xmlNotAnEdition, .xmlFormatVersion, .xmlSchema,
             .xmlDerivedDisagrees, .xmlIncomplete, .schemaMissing, .schemaUnreadable, .schemaInvalid, .schemaIssue,
             .xmlWriterFailed, .xmlWrittenInvalid:
            return .xml
        case .templateFolderEmpty, .templateUnreadable, .templateSyntax, .templateInvalid, .templateMissing:
            return .templates
        case .moreOfTheSame, .summary, .notCompared, .emptyOption, .waitOutOfRange, .quietWithVerbose, .strictWarnings:
            return .closing
        }
    }

    /// The records' problems (an input file, a value, an archive read as input, a character the Windows copy
    /// cannot hold) are the user's to mend in the records; the rest is trouble, or a mistyped command line.
    public var `class`: Class {
        switch self {
        case .templateFolderEmpty, .templateUnreadable, .templateSyntax, .templateInvalid, .templateMissing,
             .schemaMissing, .schemaUnreadable, .schemaInvalid, .schemaIssue, .xmlWriterFailed, .xmlWrittenInvalid,
             .outputNotWritable, .outputBusy, .outputEditionFolderName, .unreadableArchive, .editionExists,
             .editionNotFound, .notAnEdition, .planYearMismatch, .unifiedPlan, .notCompared:
            return .trouble
        case .emptyOption, .waitOutOfRange, .quietWithVerbose:
            return .usage
        default:
            return .records
        }
    }
}
