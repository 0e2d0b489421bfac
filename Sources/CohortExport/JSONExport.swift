import CohortStatistics
import Foundation
import LessonPack
import ProgressStore

/// `oberih export --format json`: one document (docs/export.schema.json), written as it
/// is read from the store. Memory holds one attempt at a time, plus a few numbers per
/// learner for the closing `outcomes`.
public enum JSONExport {
    public static let formatVersion = 1

    public static func write(_ context: ExportContext, to sink: ExportSink) throws {
        try sink.write("{\"formatVersion\":\(formatVersion),\"generator\":\"oberih\",")
        try sink.write("\"exportedAt\":\(JSONText.time(context.exportedAt)),\n")
        let cohort = context.cohort
        try sink.write(
            "\"cohort\":{\"name\":\(JSONText.string(cohort.name)),\"organisation\":\(JSONText.string(cohort.organisation)),"
                + "\"createdAt\":\(JSONText.time(cohort.createdAt))},\n")
        try writePacks(context, to: sink)
        try writeLearners(context, to: sink)
        var outcomes = Outcomes()
        try sink.write("\"attempts\":[")
        var first = true
        try context.forEachAttempt { exported in
            try sink.write(first ? "\n" : ",\n")
            first = false
            try writeAttempt(exported, to: sink)
            outcomes.note(exported)
        }
        try sink.write("],\n\"outcomes\":[")
        for (index, outcome) in outcomes.sorted.enumerated() {
            try sink.write((index == 0 ? "\n" : ",\n") + outcome)
        }
        try sink.write("]}\n")
        try sink.flush()
    }

    private static func writePacks(_ context: ExportContext, to sink: ExportSink) throws {
        try sink.write("\"packs\":[")
        for (index, played) in try context.store.packsPlayed(byCohort: context.cohort.id).enumerated() {
            let pack = try context.pack(played)
            try sink.write(index == 0 ? "\n" : ",\n")
            try sink.write(
                "{\"id\":\(JSONText.string(played.id)),\"version\":\(JSONText.string(played.version)),"
                    + "\"sha256\":\(JSONText.string(played.sha256)),\"available\":\(pack != nil),"
                    + "\"title\":\(pack.map { localized($0.title) } ?? "null"),"
                    + "\"lessons\":\(pack.map(lessons) ?? "null")}")
        }
        try sink.write("],\n")
    }

    /// The lessons' kinds and steps: what a reader needs to recompute the report.
    private static func lessons(_ pack: Pack) -> String {
        "["
            + pack.lessons.map { lesson in
                "{\"id\":\(JSONText.string(lesson.id)),\"kind\":\(JSONText.string(lesson.kind.rawValue)),"
                    + "\"timing\":\(JSONText.string(lesson.timing?.rawValue)),\"passMark\":\(JSONText.number(lesson.passMark)),"
                    + "\"steps\":[" + lesson.steps.map(step).joined(separator: ",") + "]}"
            }.joined(separator: ",") + "]"
    }

    private static func step(_ step: Step) -> String {
        var text = "{\"id\":\(JSONText.string(step.id)),\"kind\":\(JSONText.string(step.kindName))"
        text += ",\"objectives\":[" + step.objectives.map { JSONText.string($0.id) }.joined(separator: ",") + "]"
        if case .likert(let item) = step.content {
            text += ",\"construct\":\(JSONText.string(item.construct.id)),\"scale\":\(item.scale),\"reversed\":\(item.isReversed)"
        }
        return text + "}"
    }

    private static func localized(_ text: LocalizedText) -> String {
        "{" + text.translations.map { "\(JSONText.string($0.language)):\(JSONText.string($0.text))" }.joined(separator: ",") + "}"
    }

    private static func writeLearners(_ context: ExportContext, to sink: ExportSink) throws {
        try sink.write("\"learners\":[")
        var first = true
        try context.store.forEachMember(ofCohort: context.cohort.id) { learner, enrolledAt in
            try sink.write(first ? "\n" : ",\n")
            first = false
            // By code only: the nickname never leaves the machine.
            try sink.write(
                "{\"code\":\(JSONText.string(learner.code)),\"age\":\(learner.age.map(String.init) ?? "null"),"
                    + "\"ageBand\":\(JSONText.string(learner.ageBand)),\"language\":\(JSONText.string(learner.language)),"
                    + "\"country\":\(JSONText.string(learner.country)),\"enrolledAt\":\(JSONText.time(enrolledAt))}")
        }
        try sink.write("],\n")
    }

    private static func writeAttempt(_ exported: ExportedAttempt, to sink: ExportSink) throws {
        let attempt = exported.attempt
        try sink.write(
            "{\"id\":\(attempt.id),\"learner\":\(JSONText.string(attempt.learnerCode)),\"group\":\(attempt.cohortId != nil),"
                + "\"pack\":\(JSONText.string(attempt.packId)),\"packVersion\":\(JSONText.string(attempt.packVersion)),"
                + "\"lesson\":\(JSONText.string(attempt.lessonId)),\"lessonKind\":\(JSONText.string(exported.lesson?.kind.rawValue)),"
                + "\"mode\":\(JSONText.string(attempt.mode.rawValue)),\"registration\":\"\(Registration.uuid(of: attempt))\","
                + "\"startedAt\":\(JSONText.time(attempt.startedAt)),\"finishedAt\":\(JSONText.time(attempt.finishedAt)),"
                + "\"resultSource\":\"\(exported.resultSource.rawValue)\",\"result\":")
        if let result = exported.result {
            try sink.write(
                "{\"raw\":\(JSONText.number(result.rawPoints)),\"maximum\":\(JSONText.number(result.maximumPoints)),"
                    + "\"scaled\":\(JSONText.number(result.scaled)),\"passed\":\(JSONText.bool(result.passed)),"
                    + "\"complete\":\(result.isComplete),\"seconds\":\(JSONText.number(result.timeSpent)),"
                    + "\"skipped\":\(result.skipped),\"objectives\":\(RawJSON.checked(result.objectives) ?? "[]")}")
        } else {
            try sink.write("null")
        }
        try sink.write(",\"responses\":[")
        for (index, step) in exported.steps.enumerated() {
            if index > 0 { sink.append(",") }
            writeResponse(step, to: sink)
        }
        try sink.write("]}")
    }

    private static func writeResponse(_ step: StepResultRecord, to sink: ExportSink) {
        sink.append("{\"step\":")
        sink.appendJSONString(step.stepId)
        sink.append(",\"position\":")
        sink.appendInteger(step.position)
        sink.append(",\"kind\":")
        sink.appendJSONString(step.kind.rawValue)
        sink.append(",\"status\":")
        sink.appendJSONString(step.status.rawValue)
        sink.append(",\"verdict\":")
        sink.appendJSONString(step.verdict?.rawValue)
        sink.append(",\"score\":")
        sink.appendNumber(step.pointsEarned)
        sink.append(",\"maximum\":")
        sink.appendNumber(step.pointsMaximum)
        sink.append(",\"attempts\":")
        sink.appendInteger(step.attempts)
        sink.append(",\"hints\":")
        sink.appendInteger(step.hintsShown)
        sink.append(",\"skipped\":")
        sink.appendBool(step.status == .skipped)
        sink.append(",\"seconds\":")
        sink.appendNumber(step.timeSpent)
        sink.append(",\"at\":")
        sink.append(JSONText.time(step.lastActivityAt))
        sink.append(",\"answer\":")
        sink.append(RawJSON.checked(step.response) ?? "null")
        sink.append(",\"tally\":")
        sink.append(RawJSON.checked(step.tally) ?? "null")
        sink.append(",\"scenarioPath\":")
        sink.append(RawJSON.checked(step.scenarioPath) ?? "null")
        sink.append(",\"scenarioEnding\":")
        sink.appendJSONString(step.scenarioEnding)
        sink.append("}")
    }
}

/// JSON the store made (answers, tallies, paths, mastery), passed through as it is after a
/// cheap check of its shape: a hand-edited store must not break the document.
enum RawJSON {
    static func checked(_ text: String?) -> String? {
        guard let text, let first = text.utf8.first, let last = text.utf8.last else { return nil }
        let pairs: [(UInt8, UInt8)] = [(UInt8(ascii: "{"), UInt8(ascii: "}")), (UInt8(ascii: "["), UInt8(ascii: "]"))]
        guard pairs.contains(where: { $0 == (first, last) }) else { return nil }
        return text
    }
}
