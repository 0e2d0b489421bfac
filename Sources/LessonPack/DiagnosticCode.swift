/// The stable code of every diagnostic `oberih validate` can report.
///
/// Codes never change meaning once released; docs/validation.md lists them with examples.
public enum DiagnosticCode: String, Sendable, CaseIterable, Codable {
    // Reading and parsing the file.
    case fileUnreadable = "file-unreadable"
    case fileTooLarge = "file-too-large"
    case fileEmpty = "file-empty"
    case xmlMalformed = "xml-malformed"
    case xmlDoctype = "xml-doctype"
    case xmlXInclude = "xml-xinclude"
    case xmlEncoding = "xml-encoding"
    case xmlTooManyAttributes = "xml-too-many-attributes"
    case xmlTooManyNamespaces = "xml-too-many-namespaces"
    case xmlNameTooLong = "xml-name-too-long"
    case xmlValueTooLong = "xml-value-too-long"
    case xmlTextTooLong = "xml-text-too-long"
    case notAPack = "not-a-pack"
    case schemaViolation = "schema-violation"
    case schemaWarning = "schema-warning"

    // Identity and references.
    case duplicateId = "duplicate-id"
    case duplicatePackId = "duplicate-pack-id"
    case unknownPrerequisite = "unknown-prerequisite"
    case unknownObjective = "unknown-objective"
    case unknownConstruct = "unknown-construct"
    case unknownContact = "unknown-contact"
    case unknownSource = "unknown-source"
    case unknownScenarioTarget = "unknown-scenario-target"
    case prerequisiteCycle = "prerequisite-cycle"
    case noLesson = "no-lesson"

    // Scenario graphs.
    case scenarioUnreachable = "scenario-unreachable"
    case scenarioNoEnding = "scenario-no-ending"
    case scenarioTooLarge = "scenario-too-large"

    // Questions.
    case correctAnswerCount = "correct-answer-count"
    case orderingMalformed = "ordering-malformed"
    case matchingMalformed = "matching-malformed"
    case shortAnswerMissing = "short-answer-missing"
    case pointsNotPositive = "points-not-positive"
    case passMarkRange = "pass-mark-range"
    case numberOutOfRange = "number-out-of-range"

    // Ages.
    case ageRange = "age-range"
    case lessonAgeOutsidePack = "lesson-age-outside-pack"

    // Languages.
    case defaultLanguageUndeclared = "default-language-undeclared"
    case missingTranslation = "missing-translation"
    case duplicateTranslation = "duplicate-translation"
    case undeclaredLanguage = "undeclared-language"
    case tooManyLanguages = "too-many-languages"

    // Assessments.
    case prePostMismatch = "pre-post-mismatch"
    case prePostUnpaired = "pre-post-unpaired"

    // Support contacts and safeguarding.
    case contactSourceMissing = "contact-source-missing"
    case contactVerifiedMissing = "contact-verified-missing"
    case contactStale = "contact-stale"
    case contactVerifiedFuture = "contact-verified-future"
    case contactNoChannel = "contact-no-channel"
    case contactPurposeMissing = "contact-purpose-missing"
    case contactStatusMissing = "contact-status-missing"
    case contactPurposeMismatch = "contact-purpose-mismatch"
    case contactCoverage = "contact-coverage"
    case contentNoteMissing = "content-note-missing"
    case victimBlaming = "victim-blaming"

    // Item writing: cues that let a learner score without knowing (docs/assessment.md).
    case keyLongest = "key-longest"
    case keyLongestInTest = "key-longest-in-test"
    case correctCountUniform = "correct-count-uniform"
    case trueFalseBalance = "true-false-balance"
    case keyPosition = "key-position"
    case allNoneOfTheAbove = "all-none-of-the-above"
    case negativeStem = "negative-stem"
    case objectiveCoverage = "objective-coverage"
    case parallelForms = "parallel-forms"
    case pretestFeedback = "pretest-feedback"

    // Time.
    case readingLoad = "reading-load"
    case lessonTooLong = "lesson-too-long"

    // Authoring.
    case templatePlaceholder = "template-placeholder"

    /// Warnings fail validation only under `--strict`.
    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .schemaWarning, .undeclaredLanguage, .prePostUnpaired, .contactStale, .victimBlaming,
            .contactCoverage:
            return .warning
        case .keyLongest, .keyLongestInTest, .correctCountUniform, .trueFalseBalance, .keyPosition,
            .allNoneOfTheAbove, .negativeStem, .objectiveCoverage, .parallelForms, .pretestFeedback, .readingLoad, .lessonTooLong,
            .templatePlaceholder:
            return .warning
        default:
            return .error
        }
    }
}
