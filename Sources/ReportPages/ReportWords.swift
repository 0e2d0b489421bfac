/// Every word the report page writes of its own, in one language. A struct with no
/// defaults, so a language cannot leave a word out: English here, Ukrainian and Russian in
/// their own files. Numbers come from `ReportNumber`; texts from packs and cohorts are not
/// here (they come from the pack, in the page's language, else its default).
struct ReportWords {
    // The page and its header.
    var reportTitle: String
    var contents: String
    var pack: String
    var version: String
    var firstActivity: String
    var lastActivity: String
    var reportMade: String
    var learnersEnrolled: String
    var learnersStarted: String
    var tooSmall: (Int) -> String
    var otherVersions: String
    var tableOfChart: String
    var howToRead: String
    var undefined: String
    var none: String

    // Participation.
    var participation: String
    var lessonColumn: String
    var kindColumn: String
    var kinds: [String: String]
    var startedColumn: String
    var finishedColumn: String
    var meanScoreColumn: String
    var chanceColumn: String
    var passRateColumn: String
    var participationHow: String

    // Pre-test and post-test.
    var gain: String
    var gainWhich: String
    var gainLearners: String
    var meanPre: String
    var meanPost: String
    var cohortGain: String
    var meanLearnerGain: String
    var learnersWithGain: String
    var effectSize: String
    var effectSizeInterval: String
    var noGain: String
    var tooFewPairs: (Int) -> String
    var pairsTitle: String
    var pairsDescription: (Int, String, String) -> String
    var preAxis: String
    var postAxis: String
    var wentUp: String
    var wentDown: String
    var meanLine: String
    var preColumn: String
    var postColumn: String
    var changeColumn: String
    var pairsHow: String

    // Mastery per objective.
    var objectives: String
    var objectivesTitle: String
    var objectivesDescription: String
    var objectiveColumn: String
    var preMasteryColumn: String
    var postMasteryColumn: String
    var preLegend: String
    var postLegend: String
    var noObjectives: String
    var objectivesHow: String

    // Attitudes.
    var attitudes: String
    var attitudesTitle: String
    var attitudesDescription: String
    var constructColumn: String
    var beforeColumn: String
    var afterColumn: String
    var pairedColumn: String
    var changeMeanColumn: String
    var changeIntervalColumn: String
    var noChange: String
    var noAttitudes: String
    var attitudesHow: String

    // Items and options.
    var items: String
    var itemsOf: String
    var itemsLearners: String
    var itemColumn: String
    var questionColumn: String
    var facilityColumn: String
    var discriminationColumn: String
    var flagsColumn: String
    var itemFlags: [String: String]
    var cronbachAlpha: String
    var standardError: String
    var noItems: String
    var itemsHow: String
    var optionsTitle: (String) -> String
    var optionsDescription: (String, Int) -> String
    var optionColumn: String
    var answerColumn: String
    var keyColumn: String
    var key: String
    var chosenColumn: String
    var shareColumn: String
    var topColumn: String
    var bottomColumn: String
    var optionFlagsColumn: String
    var optionFlags: [String: String]
    var answeredSkipped: String
    var skipped: String
    var multiple: String
    var trueWord: String
    var falseWord: String
    var optionsTooSmall: (Int) -> String
    var optionsHow: String

    // Definitions (docs/statistics.md).
    var definitions: String
    var terms: [(term: String, definition: String)]

    // Items beside their pre-test partners (ReportPage+Items.swift).
    var preTestPartnerColumn: String
    var facilityPrePostColumn: String
    var partnersHow: String
    var unpartneredTitle: String
    var everyPreTestItemPartnered: String

    /// The words of `language` (`en`, `uk`, `ru`); nil for another.
    static func of(_ language: String) -> ReportWords? {
        switch language {
        case "en": english
        case "uk": ukrainian
        case "ru": russian
        default: nil
        }
    }

    static let languages = ["en", "uk", "ru"]
}
