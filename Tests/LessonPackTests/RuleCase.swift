import Foundation
import LessonPack
import Testing

/// One semantic rule broken in one place of `MinimalPack.xml`.
struct RuleCase: CustomTestStringConvertible, Sendable {
    var code: DiagnosticCode
    /// Text replacements applied to the minimal pack, in order.
    var edits: [(String, String)]
    /// Text (of the edited pack) whose first character the diagnostic must point at.
    var lineOf: String
    /// Other codes the same edit rightly causes.
    var alsoExpected: Set<DiagnosticCode> = []

    var testDescription: String { code.rawValue }

    var brokenXML: String {
        edits.reduce(MinimalPack.xml) { xml, edit in
            precondition(xml.contains(edit.0), "the minimal pack has no '\(edit.0)'")
            return xml.replacingOccurrences(of: edit.0, with: edit.1, options: [], range: xml.range(of: edit.0))
        }
    }
}

extension RuleCase {
    static let fiftyOneLanguages: (String, String) = ("langs=\"en uk\"", "langs=\"en uk " + languageCodes(49) + "\"")

    /// `count` distinct language codes other than en and uk: "xaa xab xac …".
    static func languageCodes(_ count: Int) -> String {
        let letters: [Character] = Array("abcdefghijklmnopqrstuvwxyz")
        let codes: [String] = (0..<count).map { (index: Int) -> String in
            String(["x", letters[index / 26], letters[index % 26]])
        }
        return codes.joined(separator: " ")
    }

    static let all: [RuleCase] = listed + [tooManyLanguages]

    static let tooManyLanguages = RuleCase(
        code: .tooManyLanguages, edits: [fiftyOneLanguages], lineOf: "langs=",
        alsoExpected: [.missingTranslation, .shortAnswerMissing])

    private static let listed: [RuleCase] = [
        RuleCase(
            code: .duplicateId, edits: [("<multiple-choice id=\"q-multi\"", "<multiple-choice id=\"q-single\"")],
            lineOf: "<multiple-choice id=\"q-single\""),
        RuleCase(
            code: .unknownPrerequisite, edits: [("requires=\"first\"", "requires=\"firts\"")],
            lineOf: "requires=\"firts\""),
        RuleCase(
            code: .unknownObjective,
            edits: [("<single-choice id=\"q-single\" objectives=\"obj-block\"", "<single-choice id=\"q-single\" objectives=\"obj-blok\"")],
            lineOf: "objectives=\"obj-blok\""),
        RuleCase(
            code: .unknownConstruct, edits: [("construct=\"aware\"", "construct=\"awre\"")],
            lineOf: "construct=\"awre\""),
        RuleCase(
            code: .unknownContact, edits: [("<text id=\"intro\" contacts=\"ua-line\"", "<text id=\"intro\" contacts=\"ua-lin\"")],
            lineOf: "contacts=\"ua-lin\""),
        RuleCase(
            code: .unknownSource, edits: [("sources=\"ukcis\"", "sources=\"ukcys\"")], lineOf: "sources=\"ukcys\""),
        RuleCase(
            code: .unknownScenarioTarget, edits: [("target=\"end-a\"", "target=\"end-z\"")],
            lineOf: "target=\"end-z\"", alsoExpected: [.scenarioUnreachable]),
        RuleCase(
            code: .prerequisiteCycle,
            edits: [("<lesson id=\"first\" objectives", "<lesson id=\"first\" requires=\"second\" objectives")],
            lineOf: "requires=\"first\""),
        RuleCase(
            code: .noLesson,
            edits: [
                ("<lesson id=\"first\" objectives=\"obj-block\" pass-mark=\"50\">", "<assessment id=\"first\" kind=\"survey\" objectives=\"obj-block\" pass-mark=\"50\">"),
                ("</scenario>\n  </lesson>", "</scenario>\n  </assessment>"),
                ("<lesson id=\"second\" requires=\"first\">", "<assessment id=\"second\" kind=\"survey\" requires=\"first\">"),
                ("</role-play>\n  </lesson>", "</role-play>\n  </assessment>"),
            ],
            lineOf: "<pack "),
        RuleCase(
            code: .scenarioUnreachable, edits: [("<choice target=\"n2\" points=\"1\">", "<choice target=\"end-a\">")],
            lineOf: "<node id=\"n2\">"),
        RuleCase(
            code: .scenarioNoEnding, edits: [("target=\"end-a\" points=\"1\"", "target=\"n2\" points=\"1\"")],
            lineOf: "<node id=\"n2\">", alsoExpected: [.scenarioUnreachable]),
        RuleCase(
            code: .scenarioTooLarge,
            edits: ScenarioSizeTests.edits(nodes: 501, choices: 504),
            lineOf: "<scenario id=\"story\"", alsoExpected: [.lessonTooLong]),
        RuleCase(
            code: .correctAnswerCount,
            edits: [("<option id=\"b\"><label><t lang=\"en\">Reply", "<option id=\"b\" correct=\"true\"><label><t lang=\"en\">Reply")],
            lineOf: "<single-choice id=\"q-single\""),
        RuleCase(
            code: .orderingMalformed, edits: [("<item id=\"two\"><t lang=\"en\">Tell", "<item id=\"two\"><t lang=\"en\">stop")],
            lineOf: "<item id=\"two\">"),
        RuleCase(
            code: .matchingMalformed, edits: [("<t lang=\"en\">Police</t>", "<t lang=\"en\">Helpline</t>")],
            lineOf: "<pair id=\"p2\">"),
        RuleCase(
            code: .shortAnswerMissing, edits: [("<accept lang=\"uk\">блокувати</accept>", "")],
            lineOf: "<short-answer id=\"q-short\""),
        RuleCase(code: .pointsNotPositive, edits: [("points=\"2\"", "points=\"0\"")], lineOf: "points=\"0\""),
        RuleCase(code: .passMarkRange, edits: [("pass-mark=\"50\"", "pass-mark=\"150\"")], lineOf: "pass-mark=\"150\""),
        RuleCase(code: .ageRange, edits: [("age-min=\"12\"", "age-min=\"8\"")], lineOf: "age-min=\"8\""),
        RuleCase(
            code: .numberOutOfRange, edits: [("age-max=\"16\"", "age-max=\"99999999999999999999\"")],
            lineOf: "age-max=\"99999999999999999999\""),
        RuleCase(
            code: .lessonAgeOutsidePack,
            edits: [("<lesson id=\"second\" requires=\"first\"", "<lesson id=\"second\" age-min=\"10\" requires=\"first\"")],
            lineOf: "age-min=\"10\""),
        RuleCase(
            code: .defaultLanguageUndeclared, edits: [("default-lang=\"en\"", "default-lang=\"ru\"")],
            lineOf: "default-lang=\"ru\""),
        RuleCase(
            code: .missingTranslation, edits: [("<t lang=\"uk\">Привіт.</t>", "")],
            lineOf: "<body><t lang=\"en\">Hello.</t></body>"),
        RuleCase(
            code: .duplicateTranslation,
            edits: [("<t lang=\"uk\">Привіт.</t>", "<t lang=\"uk\">Привіт.</t>\n<t lang=\"uk\">Вітаю.</t>")],
            lineOf: "<t lang=\"uk\">Вітаю.</t>"),
        RuleCase(
            code: .undeclaredLanguage,
            edits: [("<t lang=\"uk\">Привіт.</t>", "<t lang=\"uk\">Привіт.</t>\n<t lang=\"de\">Hallo.</t>")],
            lineOf: "<t lang=\"de\">Hallo.</t>"),
        RuleCase(
            code: .prePostMismatch,
            edits: [
                ("</objectives>", "<objective id=\"obj-tell\"><t lang=\"en\">Tell</t><t lang=\"uk\">Розповісти</t></objective>\n</objectives>"),
                ("<true-false id=\"post-tf\" answer=\"false\" objectives=\"obj-block\"", "<true-false id=\"post-tf\" answer=\"false\" objectives=\"obj-tell\""),
            ],
            lineOf: "<assessment id=\"post\"", alsoExpected: [.objectiveCoverage, .parallelForms]),
        RuleCase(
            code: .prePostUnpaired, edits: [("<assessment id=\"post\" kind=\"post-test\">", "<assessment id=\"post\" kind=\"survey\" timing=\"after\">")],
            lineOf: "<assessment id=\"pre\"", alsoExpected: [.prePostMismatch]),
        RuleCase(
            code: .contactSourceMissing, edits: [("source=\"https://example.org/ua\" ", "")],
            lineOf: "<contact id=\"ua-line\""),
        RuleCase(
            code: .contactVerifiedMissing, edits: [(" verified=\"2026-11-01\"", "")], lineOf: "<contact id=\"ua-line\""),
        RuleCase(
            code: .contactStale, edits: [("verified=\"2026-11-01\"", "verified=\"2025-11-20\"")],
            lineOf: "verified=\"2025-11-20\""),
        RuleCase(
            code: .contactVerifiedFuture, edits: [("verified=\"2026-11-01\"", "verified=\"2099-11-20\"")],
            lineOf: "verified=\"2099-11-20\""),
        RuleCase(code: .contactNoChannel, edits: [("<phone>116 111</phone>", "")], lineOf: "<contact id=\"ua-line\""),
        RuleCase(code: .contactPurposeMissing, edits: [(" for=\"talk\"", "")], lineOf: "<contact id=\"ua-line\""),
        RuleCase(code: .contactStatusMissing, edits: [(" status=\"published\"", "")], lineOf: "<contact id=\"ua-line\""),
        RuleCase(
            code: .contactPurposeMismatch,
            edits: [
                ("for=\"talk\"", "for=\"report-image-link\""),
                ("<text id=\"intro\" contacts=\"ua-line\"", "<text id=\"intro\" harm=\"grooming\" contacts=\"ua-line\""),
            ],
            lineOf: "contacts=\"ua-line\""),
        RuleCase(
            code: .contactCoverage,
            edits: [(
                "<licence>CC-BY-SA-4.0</licence>",
                "<licence>CC-BY-SA-4.0</licence><content-note><t lang=\"en\">Note</t><t lang=\"uk\">Примітка</t></content-note>"
            )],
            lineOf: "<contact id=\"ua-line\""),
        RuleCase(code: .contentNoteMissing, edits: [("topic=\"privacy\"", "topic=\"grooming\"")], lineOf: "<pack "),
        RuleCase(
            code: .victimBlaming,
            edits: [("Replying keeps contact going.", "You should have known better than to reply.")],
            lineOf: "<t lang=\"en\">You should have known"),
        RuleCase(
            code: .keyLongest,
            edits: [("<option id=\"a\" correct=\"true\"><label><t lang=\"en\">Block</t>", "<option id=\"a\" correct=\"true\"><label><t lang=\"en\">Block them and tell an adult you trust</t>")],
            lineOf: "<single-choice id=\"q-single\""),
        RuleCase(
            code: .keyLongestInTest,
            edits: [
                ("<t lang=\"en\">Block</t><t lang=\"uk\">Блок</t></label></option>\n      <option id=\"b\"><label><t lang=\"en\">Reply</t><t lang=\"uk\">Відповісти</t></label></option>\n      <option id=\"c\">",
                 "<t lang=\"en\">Block it</t><t lang=\"uk\">Блок</t></label></option>\n      <option id=\"b\"><label><t lang=\"en\">Reply</t><t lang=\"uk\">Відповісти</t></label></option>\n      <option id=\"c\">"),
                ("<single-choice id=\"pre-sc\"", choiceItem("pre-sc-2", keys: [("Tell someone", true), ("Wait", false), ("Pay", false)]) + "<single-choice id=\"pre-sc\""),
            ],
            lineOf: "<assessment id=\"pre\"", alsoExpected: [.parallelForms]),
        RuleCase(
            code: .correctCountUniform,
            edits: [
                ("<single-choice id=\"pre-sc\"",
                 (1...3).map { choiceItem("pre-mc-\($0)", kind: "multiple-choice", keys: [("Save", true), ("Send", false), ("Sell", false)]) }.joined() + "<single-choice id=\"pre-sc\"")
            ],
            lineOf: "<assessment id=\"pre\"", alsoExpected: [.parallelForms]),
        RuleCase(
            code: .trueFalseBalance,
            edits: [
                ("<true-false id=\"pre-tf-2\" answer=\"false\"", "<true-false id=\"pre-tf-2\" answer=\"true\""),
                ("<true-false id=\"post-tf\" answer=\"false\"", "<true-false id=\"post-tf\" answer=\"true\""),
            ],
            lineOf: "<assessment id=\"pre\""),
        RuleCase(
            code: .keyPosition,
            edits: [
                ("<single-choice id=\"pre-sc\" objectives=\"obj-block\" shuffle=\"true\">", choiceItem("pre-sc-2", keys: [("Save", true), ("Send", false), ("Sell", false)]) + "<single-choice id=\"pre-sc\" objectives=\"obj-block\">"),
                ("<single-choice id=\"post-sc\" objectives=\"obj-block\" shuffle=\"true\">", choiceItem("post-sc-2", keys: [("Stop", true), ("Stay", false), ("Sulk", false)]) + "<single-choice id=\"post-sc\" objectives=\"obj-block\">"),
            ],
            lineOf: "<assessment id=\"pre\""),
        RuleCase(
            code: .allNoneOfTheAbove, edits: [("<option id=\"c\"><label><t lang=\"en\">Pay", "<option id=\"c\"><label><t lang=\"en\">None of the above")],
            lineOf: "<option id=\"c\"><label><t lang=\"en\">None of the above"),
        RuleCase(
            code: .negativeStem, edits: [("<prompt><t lang=\"en\">Pick one", "<prompt><t lang=\"en\">Which is NOT safe")],
            lineOf: "<prompt><t lang=\"en\">Which is NOT safe"),
        RuleCase(
            code: .objectiveCoverage, edits: [("minutes=\"20\">", "minutes=\"20\" items-per-objective=\"4\">")],
            lineOf: "<assessment id=\"pre\""),
        RuleCase(
            code: .parallelForms,
            edits: [("<prompt><t lang=\"en\">Blocking never helps.</t>", "<prompt><t lang=\"en\">blocking  HELPS.</t>")],
            lineOf: "<true-false id=\"post-tf\" "),
        RuleCase(
            code: .pretestFeedback,
            edits: [("<prompt><t lang=\"en\">Blocking helps.</t><t lang=\"uk\">Блокування допомагає.</t></prompt>", "<prompt><t lang=\"en\">Blocking helps.</t><t lang=\"uk\">Блокування допомагає.</t></prompt>\n<hint><t lang=\"en\">Think of the button.</t><t lang=\"uk\">Згадай кнопку.</t></hint>")],
            lineOf: "<assessment id=\"pre\""),
        RuleCase(
            code: .readingLoad, edits: [("<lesson id=\"second\" requires=\"first\"", "<lesson id=\"second\" requires=\"first\" minutes=\"40\"")],
            lineOf: "minutes=\"40\""),
        RuleCase(
            code: .lessonTooLong, edits: [("<role-play id=\"r1\">", "<role-play id=\"r1\" minutes=\"50\">")],
            lineOf: "<lesson id=\"second\""),
        RuleCase(
            code: .templatePlaceholder,
            edits: [("<body><t lang=\"en\">Hello.</t><t lang=\"uk\">Привіт.</t></body>",
                     "<body><t lang=\"en\">Hello.</t><t lang=\"uk\">TODO: translate: Hello.</t></body>")],
            lineOf: "<t lang=\"uk\">TODO:"),
        RuleCase(
            code: .schemaViolation, edits: [("<lesson id=\"second\"", "<lesson colour=\"red\" id=\"second\"")],
            lineOf: "colour=\"red\""),
        RuleCase(
            code: .notAPack, edits: [("xmlns=\"urn:oberih:pack:1\"", "xmlns=\"urn:example:other\"")],
            lineOf: "<pack "),
    ]
}

extension RuleCase {
    /// A choice item on `obj-block` for the minimal pack's tests, the same text in en and uk.
    static func choiceItem(_ id: String, kind: String = "single-choice", keys: [(String, Bool)]) -> String {
        let options = keys.enumerated().map { index, key in
            "<option id=\"o\(index)\"\(key.1 ? " correct=\"true\"" : "")><label><t lang=\"en\">\(key.0)</t><t lang=\"uk\">\(key.0)</t></label></option>"
        }
        return """
            <\(kind) id="\(id)" objectives="obj-block">
            <prompt><t lang="en">Question \(id)</t><t lang="uk">Питання \(id)</t></prompt>
            \(options.joined(separator: "\n"))
            </\(kind)>

            """
    }
}
