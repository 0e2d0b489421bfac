import Foundation
import LessonEngine
import LessonPack
import ProgressStore

extension CohortReport {
    /// The text report's section on group sessions: each session, then each step the group
    /// reached. A vote's tally is shown when at least `smallestSafeGroup` votes were cast.
    func groupSessionLines(language: String) -> [String] {
        var lines = ["Group sessions (led with the whole cohort: `oberih facilitate`)"]
        guard !groupSessions.isEmpty else { return lines + ["  none yet"] }
        func shown(_ text: LocalizedText) -> String {
            StoredText.shownSafely(text.text(in: language, fallback: pack.defaultLanguage))
        }
        for session in groupSessions {
            let finished = session.finishedAt.map { "finished \(Self.minute($0))" } ?? "not finished"
            lines.append("  \(session.lesson.id) · \(shown(session.lesson.title)) · started \(Self.minute(session.startedAt)), \(finished)")
            for line in session.steps {
                lines += groupStepLines(line, shown: shown, language: language)
            }
        }
        return lines
    }

    private func groupStepLines(_ line: GroupSession.StepLine, shown: (LocalizedText) -> String, language: String) -> [String] {
        let head = "    \(line.step.kindName) \(line.step.id)"
        if line.status == .skipped { return [head + ": skipped"] }
        if line.status == .open { return [head + ": not finished"] }
        switch line.step.content {
        case .vote(let vote):
            let prompt = Self.shortened(shown(vote.prompt), to: 60)
            guard !line.votes.isEmpty else { return ["\(head): \(prompt): no votes counted"] }
            guard line.votesCast >= Self.smallestSafeGroup else {
                return [
                    "\(head): \(prompt): \(line.votesCast) votes, fewer than \(Self.smallestSafeGroup): not shown, "
                        + "so that no one's vote can be told"
                ]
            }
            let most = max(line.votes.map(\.count).max() ?? 0, 1)
            let labels = line.votes.map { Self.shortened(shown($0.label), to: 30) }
            let width = labels.map(\.count).max() ?? 0
            return ["\(head): \(prompt) (\(line.votesCast) votes)"]
                + zip(labels, line.votes).map { label, vote in
                    let bar = String(repeating: "#", count: Int((Double(vote.count) / Double(most) * 30).rounded()))
                    let share = ReportNumber.percent(Double(vote.count) / Double(line.votesCast))
                    return "      \(label.padding(toLength: width, withPad: " ", startingAt: 0))  \(bar) \(vote.count) (\(share))"
                }
        case .question(let question):
            let prompt = Self.shortened(shown(question.prompt), to: 60)
            let answer = line.answerText(language: language, fallback: pack.defaultLanguage) { $0 ? "true" : "false" }
            let verdict = line.verdict.map { " (\(Self.verdictWords($0)))" } ?? ""
            return ["\(head): \(prompt)", "      the group answered: \(answer.map { StoredText.shownSafely($0) } ?? "-")\(verdict)"]
        case .scenario:
            let ending = line.ending.map { "reached \($0.id): \(Self.shortened(shown($0.text), to: 60))" } ?? "no ending reached"
            return ["\(head): \(ending)"]
        default:
            return ["\(head): done"]
        }
    }

    static func verdictWords(_ verdict: Verdict) -> String {
        switch verdict {
        case .correct: "right"
        case .partlyCorrect: "partly right"
        case .wrong: "not right"
        case .recorded: "recorded"
        case .skipped: "skipped"
        }
    }

    /// A time to the minute, in UTC: `2026-12-07 10:05 UTC`.
    static func minute(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }
}

extension JSONReport {
    /// A group session in `report --json`: every vote's full tally (the text and the page
    /// leave out tallies of fewer than five votes).
    public struct GroupSession: Codable, Sendable {
        public struct Step: Codable, Sendable {
            public struct VoteCount: Codable, Sendable {
                public var option: String
                public var count: Int
            }

            public var step: String
            public var kind: String
            public var status: String
            public var verdict: String?
            public var votes: [VoteCount]?
            /// The group's answer in the pack's default language's words.
            public var answer: String?
            public var ending: String?
        }

        public var lesson: String
        public var startedAt: Date
        public var finishedAt: Date?
        public var steps: [Step]

        init(_ session: CohortReports.GroupSession, defaultLanguage: String) {
            lesson = session.lesson.id
            startedAt = session.startedAt
            finishedAt = session.finishedAt
            steps = session.steps.map { line in
                Step(
                    step: line.step.id, kind: line.step.kindName, status: line.status.rawValue,
                    verdict: line.verdict?.rawValue,
                    votes: line.votes.isEmpty ? nil : line.votes.map { Step.VoteCount(option: $0.optionId, count: $0.count) },
                    answer: line.answerText(language: defaultLanguage, fallback: defaultLanguage) { $0 ? "true" : "false" },
                    ending: line.ending?.id)
            }
        }
    }
}
