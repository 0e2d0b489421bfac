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
    static let all: [RuleCase] = [
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
            lineOf: "<assessment id=\"post\""),
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
        RuleCase(code: .contentNoteMissing, edits: [("topic=\"privacy\"", "topic=\"grooming\"")], lineOf: "<pack "),
        RuleCase(
            code: .victimBlaming,
            edits: [("Replying keeps contact going.", "You should have known better than to reply.")],
            lineOf: "<t lang=\"en\">You should have known"),
        RuleCase(
            code: .schemaViolation, edits: [("<lesson id=\"second\"", "<lesson colour=\"red\" id=\"second\"")],
            lineOf: "colour=\"red\""),
        RuleCase(
            code: .notAPack, edits: [("xmlns=\"urn:oberih:pack:1\"", "xmlns=\"urn:example:other\"")],
            lineOf: "<pack "),
    ]
}
