import Foundation
import ProgressStore

/// `oberih export --format csv`: RFC 4180 (CRLF line ends, a header row, fields quoted
/// when they hold a comma, a double quote, CR or LF), one row per learner (or group) per
/// answerable item of each attempt, written as attempts are read.
///
/// Spreadsheet formula injection: a response (free text typed by a child) that starts
/// with `=`, `+`, `-`, `@`, a tab or CR gets a leading apostrophe (`'`), so a spreadsheet
/// shows it as text instead of running it as a formula.
public enum CSVExport {
    static let header = [
        "cohort", "learner", "group", "pack", "pack_version", "lesson", "lesson_kind", "attempt_id",
        "attempt_number", "started_at", "finished_at", "step", "position", "item_kind", "status", "verdict",
        "score", "max_score", "attempts", "hints", "skipped", "seconds", "answered_at", "response",
        "scenario_path", "scenario_ending",
    ]

    public static func write(_ context: ExportContext, to sink: ExportSink) throws {
        let responses = ResponseText()
        try sink.write(row(header))
        // How many attempts each learner (or group) has made at each lesson so far: a few
        // entries per learner.
        var attemptCounts: [String: Int] = [:]
        try context.forEachAttempt { exported in
            let attempt = exported.attempt
            let owner = attempt.learnerCode ?? "group:\(attempt.cohortId ?? 0)"
            let key = [owner, attempt.packId, attempt.lessonId].joined(separator: "\u{0}")
            let number = attemptCounts[key, default: 0] + 1
            attemptCounts[key] = number
            let attemptFields = [
                context.cohort.name, attempt.learnerCode ?? "", String(attempt.cohortId != nil), attempt.packId,
                attempt.packVersion, attempt.lessonId, exported.lesson?.kind.rawValue ?? (exported.pack == nil ? "pack-unavailable" : ""), String(attempt.id),
                String(number), JSONText.iso8601(attempt.startedAt), attempt.finishedAt.map(JSONText.iso8601) ?? "",
            ]
            for step in exported.steps where ResponseText.isAnswerable(kind: step.kind) {
                let stepFields = [
                    step.stepId, String(step.position), step.kind.rawValue, step.status.rawValue, step.verdict?.rawValue ?? "",
                    JSONText.number(step.pointsEarned), JSONText.number(step.pointsMaximum), String(step.attempts),
                    String(step.hintsShown), String(step.status == .skipped), JSONText.number(step.timeSpent),
                    step.lastActivityAt.map(JSONText.iso8601) ?? "",
                    responses.text(of: step).map(defused) ?? "",
                    responses.scenarioPath(of: step)?.joined(separator: " > ") ?? "", step.scenarioEnding ?? "",
                ]
                try sink.write(row(attemptFields + stepFields))
            }
        }
        try sink.flush()
    }

    /// One record: fields joined by commas, ended by CRLF.
    public static func row(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    /// The field as it is, or in double quotes (quotes doubled) when it holds a comma, a
    /// quote, CR or LF.
    static func quoted(_ field: String) -> String {
        let special = field.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
        }
        guard special else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Free text a spreadsheet would take for a formula, with a leading apostrophe.
    public static func defused(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }
}
