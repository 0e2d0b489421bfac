import Foundation
import LessonEngine
import LessonPack
import ProgressStore

/// `oberih export --format xapi`: one JSON array of xAPI 1.0.3 statements, one per line,
/// written attempt by attempt. Per attempt: "attempted" the lesson; "answered" or
/// "experienced" each step that is done or skipped; then, when finished, "completed" and
/// "passed" or "failed". Ids and registrations are stable (see `Registration`).
public enum XAPIExport {
    public static func write(_ context: ExportContext, homePage: String, to sink: ExportSink) throws {
        let statements = Statements(homePage: homePage, cohortName: context.cohort.name)
        try sink.write("[")
        var first = true
        try context.forEachAttempt { exported in
            for statement in statements.of(exported) {
                try sink.write(first ? "\n" : ",\n")
                first = false
                try sink.write(statement.json)
            }
        }
        try sink.write(first ? "]\n" : "\n]\n")
        try sink.flush()
    }
}

/// One xAPI statement: its id and its JSON text.
public struct XAPIStatement: Sendable, Hashable {
    public var id: String
    public var json: String
}

extension XAPIExport {
    /// The statements of the cohort's attempts `ids`, attempt by attempt (what `push` queues).
    public static func forEachAttempt(
        _ context: ExportContext, homePage: String, only ids: [Int64], _ body: (Attempt, [XAPIStatement]) throws -> Void
    ) throws {
        let statements = Statements(homePage: homePage, cohortName: context.cohort.name)
        try context.forEachAttempt(only: ids) { exported in try body(exported.attempt, statements.of(exported)) }
    }

    /// The statement that voids statement `statementId` (after its learner was erased):
    /// its actor is the system itself, so it names no learner.
    public static func voiding(_ statementId: String, homePage: String, at time: Date) -> XAPIStatement {
        let base = Statements(homePage: homePage, cohortName: "").base
        let id = AttemptRegistration.uuid(from: "oberih voiding \(statementId)")
        let actor = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\(JSONText.string(base)),\"name\":\"oberih\"}}"
        let json = JSON.object([
            ("id", JSONText.string(id)), ("version", "\"1.0.3\""), ("actor", actor), ("verb", Statements.verb("voided")),
            ("object", "{\"objectType\":\"StatementRef\",\"id\":\(JSONText.string(statementId))}"),
            ("timestamp", JSONText.time(time)),
        ])
        return XAPIStatement(id: id, json: json)
    }
}

/// The statements of one attempt, as JSON text.
private struct Statements {
    /// The home page without a trailing "/".
    let base: String
    let cohortName: String
    let responses = ResponseText()
    /// What every attempt at one lesson of one pack file shares, worked out once.
    private let lessonParts = LessonPartsCache()

    init(homePage: String, cohortName: String) {
        var base = homePage
        while base.hasSuffix("/") { base.removeLast() }
        self.base = base
        self.cohortName = cohortName
    }

    /// The IRIs, activities and context extensions of an attempt's lesson.
    final class LessonParts {
        let lessonIRI: String
        let lessonActivity: String
        let lessonActivities: String
        let stepActivities: String
        let extensions: String
        /// Each step's activity, by step id and kind.
        var steps: [String: String] = [:]

        init(lessonIRI: String, lessonActivity: String, lessonActivities: String, stepActivities: String, extensions: String) {
            (self.lessonIRI, self.lessonActivity, self.lessonActivities) = (lessonIRI, lessonActivity, lessonActivities)
            (self.stepActivities, self.extensions) = (stepActivities, extensions)
        }
    }

    final class LessonPartsCache {
        var parts: [String: LessonParts] = [:]
    }

    private func parts(of exported: ExportedAttempt) -> LessonParts {
        let attempt = exported.attempt
        // The pack file fixes the pack's id, version, title and lessons.
        let key = [attempt.packSHA256, attempt.packId, attempt.packVersion, attempt.lessonId].joined(separator: "\u{0}")
        if let known = lessonParts.parts[key] { return known }
        let pack = exported.pack
        let packIRI = base + "/oberih/packs/" + Self.encoded(attempt.packId)
        let lessonIRI = packIRI + "/lessons/" + Self.encoded(attempt.lessonId)
        let packActivity = activity(packIRI, type: Self.activityType("course"), name: pack?.title)
        let lessonActivity = activity(
            lessonIRI, type: Self.lessonType(exported.lesson?.kind), name: exported.lesson?.title)
        // Written only under --allow-missing-packs: the lesson's kind is then not known.
        let unavailable = pack == nil ? [(extensionIRI("pack-unavailable"), "true")] : []
        let extensions = JSON.object(
            [
                (extensionIRI("pack-version"), JSONText.string(attempt.packVersion)),
                (extensionIRI("pack-sha256"), JSONText.string(attempt.packSHA256)),
            ] + unavailable)
        let parts = LessonParts(
            lessonIRI: lessonIRI, lessonActivity: lessonActivity,
            lessonActivities: JSON.object([("parent", "[\(packActivity)]")]),
            stepActivities: JSON.object([("parent", "[\(lessonActivity)]"), ("grouping", "[\(packActivity)]")]),
            extensions: extensions)
        lessonParts.parts[key] = parts
        return parts
    }

    func of(_ exported: ExportedAttempt) -> [XAPIStatement] {
        let attempt = exported.attempt
        let registration = Registration.uuid(of: attempt)
        let parts = self.parts(of: exported)
        let lessonIRI = parts.lessonIRI
        let lessonActivity = parts.lessonActivity
        func context(_ activities: String) -> String {
            JSON.object([
                ("registration", JSONText.string(registration)), ("contextActivities", activities),
                ("platform", "\"Oberih\""), ("extensions", parts.extensions),
            ])
        }
        let lessonContext = context(parts.lessonActivities)
        let stepContext = context(parts.stepActivities)
        let actor = self.actor(of: attempt)
        var statements: [XAPIStatement] = []
        func add(_ verb: String, _ object: String, result: String?, context: String, at time: Date) {
            let id = Registration.statementId(registration: registration, index: statements.count)
            let json = JSON.object([
                ("id", JSONText.string(id)), ("version", "\"1.0.3\""), ("actor", actor),
                ("verb", Self.verb(verb)), ("object", object), ("result", result), ("context", context),
                ("timestamp", JSONText.time(time)),
            ])
            statements.append(XAPIStatement(id: id, json: json))
        }

        add("attempted", lessonActivity, result: nil, context: lessonContext, at: attempt.startedAt)
        guard exported.result != nil else { return statements }
        for step in exported.steps where step.status != .open {
            let stepKey = step.stepId + "\u{0}" + step.kind.rawValue
            let stepActivity =
                parts.steps[stepKey]
                ?? {
                    let made = self.stepActivity(step, lessonIRI: lessonIRI)
                    parts.steps[stepKey] = made
                    return made
                }()
            let answered = step.status == .done && ResponseText.isAnswerable(kind: step.kind)
            add(
                answered ? "answered" : "experienced", stepActivity, result: result(of: step), context: stepContext,
                at: step.lastActivityAt ?? attempt.startedAt)
        }
        if let finishedAt = attempt.finishedAt, let result = exported.result {
            let score = Self.score(result.rawPoints, of: result.maximumPoints)
            let completed = JSON.object([
                ("score", score), ("completion", "true"), ("duration", JSONText.string(Self.duration(result.timeSpent))),
            ])
            add("completed", lessonActivity, result: completed, context: lessonContext, at: finishedAt)
            if let passed = result.passed {
                add(
                    passed ? "passed" : "failed", lessonActivity,
                    result: JSON.object([("score", score), ("success", JSONText.bool(passed))]),
                    context: lessonContext, at: finishedAt)
            }
        }
        return statements
    }

    private func actor(of attempt: Attempt) -> String {
        let (type, name) = attempt.learnerCode.map { ("Agent", $0) } ?? ("Group", "cohort:" + cohortName)
        return "{\"objectType\":\"\(type)\",\"account\":{\"homePage\":\(JSONText.string(base)),\"name\":\(JSONText.string(name))}}"
    }

    private func extensionIRI(_ name: String) -> String {
        base + "/oberih/extensions/" + name
    }

    private func activity(_ iri: String, type: String, name: LocalizedText?, interactionType: String? = nil) -> String {
        let definition = JSON.object([
            ("type", JSONText.string(type)), ("name", name.flatMap(Self.languageMap)),
            ("interactionType", interactionType.map { JSONText.string($0) }),
        ])
        return "{\"objectType\":\"Activity\",\"id\":\(JSONText.string(iri)),\"definition\":\(definition)}"
    }

    private func stepActivity(_ step: StepResultRecord, lessonIRI: String) -> String {
        let iri = lessonIRI + "/steps/" + Self.encoded(step.stepId)
        if let interactionType = ResponseText.interactionTypes[step.kind] {
            return activity(iri, type: Self.activityType("cmi.interaction"), name: nil, interactionType: interactionType)
        }
        return activity(iri, type: Self.activityType(step.kind == .text ? "media" : "meeting"), name: nil)
    }

    /// A skip is recorded as not completed, with no score (never as wrong); success only for
    /// judged answers.
    private func result(of step: StepResultRecord) -> String {
        let skipped = step.status == .skipped
        let judged = [.correct, .partlyCorrect, .wrong].contains(step.verdict)
        return JSON.object([
            ("score", skipped ? nil : Self.score(step.pointsEarned, of: step.pointsMaximum)),
            ("success", skipped || !judged ? nil : JSONText.bool(step.verdict == .correct)),
            ("completion", JSONText.bool(!skipped)),
            ("response", skipped ? nil : responses.text(of: step).map { JSONText.string($0) }),
            ("duration", JSONText.string(Self.duration(step.timeSpent))),
            ("extensions", skipped ? "{\(JSONText.string(extensionIRI("skipped"))):true}" : nil),
        ])
    }

    private static func activityType(_ name: String) -> String {
        "http://adlnet.gov/expapi/activities/" + name
    }

    private static func lessonType(_ kind: Lesson.Kind?) -> String {
        switch kind {
        case .preTest?, .postTest?: activityType("assessment")
        case .survey?: "http://id.tincanapi.com/activitytype/survey"
        case .lesson?, nil: activityType("lesson")
        }
    }

    static func verb(_ name: String) -> String {
        "{\"id\":\"http://adlnet.gov/expapi/verbs/\(name)\",\"display\":{\"en-US\":\"\(name)\"}}"
    }

    /// Raw and scaled score, clamped into 0…maximum as xAPI requires; nil when nothing is scored.
    private static func score(_ earned: Double, of maximum: Double) -> String? {
        guard maximum > 0, maximum.isFinite, earned.isFinite else { return nil }
        let raw = min(max(earned, 0), maximum)
        return "{\"scaled\":\(JSONText.number(raw / maximum)),\"raw\":\(JSONText.number(raw)),"
            + "\"min\":0,\"max\":\(JSONText.number(maximum))}"
    }

    /// ISO 8601 seconds: `PT12.5S`, at most three decimals, `PT0S` for nothing.
    static func duration(_ seconds: Double) -> String {
        let milliseconds = seconds.isFinite ? max(0, Int64((seconds * 1000).rounded())) : 0
        var fraction = String(milliseconds % 1000 + 1000).dropFirst()
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "PT\(milliseconds / 1000)" + (fraction.isEmpty ? "" : "." + fraction) + "S"
    }

    /// The first text in each language, on one line; nil when there is none.
    private static func languageMap(_ text: LocalizedText) -> String? {
        var seen: Set<String> = []
        let pairs = text.translations.compactMap { translation -> (String, String?)? in
            let line = translation.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !line.isEmpty, seen.insert(translation.language).inserted else { return nil }
            return (translation.language, JSONText.string(line))
        }
        return pairs.isEmpty ? nil : JSON.object(pairs)
    }

    /// RFC 3986: everything but unreserved ASCII characters percent-encoded.
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func encoded(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: unreserved) ?? id
    }
}

/// A JSON object from keys and ready-made JSON values, leaving out nil values.
private enum JSON {
    static func object(_ fields: [(String, String?)]) -> String {
        "{" + fields.compactMap { key, value in value.map { JSONText.string(key) + ":" + $0 } }.joined(separator: ",") + "}"
    }
}
