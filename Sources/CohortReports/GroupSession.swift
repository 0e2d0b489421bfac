import Foundation
import LessonEngine
import LessonPack

/// A lesson a facilitator led with the whole cohort (`oberih facilitate`): when, and what
/// the group did at each step: the votes' tallies, the answers the group agreed on, the
/// scenario endings reached and the discussions held.
public struct GroupSession: Sendable {
    public struct StepLine: Sendable {
        public struct VoteCount: Sendable, Equatable {
            public var optionId: String
            public var label: LocalizedText
            public var count: Int
        }

        public var step: Step
        public var status: StepRecord.Status
        /// A vote's options in the pack's order with the tally's count (0 when not counted);
        /// empty for other steps and for a vote not tallied.
        public var votes: [VoteCount]
        /// The answer the group gave last (questions), else nil.
        public var answer: Answer?
        public var verdict: Verdict?
        /// The scenario ending the group reached.
        public var ending: ScenarioEnding?

        public var votesCast: Int { votes.reduce(0) { $0 + $1.count } }
    }

    public var attemptId: Int64
    public var lesson: Lesson
    public var startedAt: Date
    public var finishedAt: Date?
    public var steps: [StepLine]

    /// The session's result (replayed from its log) read against the pack it was played on.
    public init(attemptId: Int64, lesson: Lesson, startedAt: Date, finishedAt: Date?, result: LessonResult) {
        self.attemptId = attemptId
        self.lesson = lesson
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        let results = Dictionary(result.steps.map { ($0.stepId, $0) }, uniquingKeysWith: { first, _ in first })
        steps = lesson.steps.compactMap { step in
            guard let outcome = results[step.id] else { return nil }
            var votes: [StepLine.VoteCount] = []
            if case .vote(let vote) = step.content, !outcome.voteCounts.isEmpty {
                votes = vote.options.map { StepLine.VoteCount(optionId: $0.id, label: $0.label, count: outcome.voteCounts[$0.id] ?? 0) }
            }
            var ending: ScenarioEnding?
            if case .scenario(let scenario) = step.content, let id = outcome.scenarioEnding {
                ending = scenario.endings.first { $0.id == id }
            }
            var answer: Answer?
            if case .question = step.content { answer = outcome.lastAnswer }
            return StepLine(
                step: step, status: outcome.status, votes: votes, answer: answer,
                verdict: outcome.status == .open ? nil : outcome.verdict, ending: ending)
        }
    }
}

extension GroupSession.StepLine {
    /// The group's answer in words of the pack (option labels, the items in the group's
    /// order, matched pairs, the typed text); true/false in `truth`'s words.
    public func answerText(language: String, fallback: String, truth: (Bool) -> String) -> String? {
        guard let answer, case .question(let question) = step.content else { return nil }
        // A pack's text as one line: the file's line breaks and indentation are not the author's words.
        func shown(_ text: LocalizedText) -> String {
            text.text(in: language, fallback: fallback).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        switch (answer, question.answer) {
        case (.choice(let id), .singleChoice(let options)):
            return options.first { $0.id == id }.map { shown($0.label) } ?? id
        case (.choices(let ids), .multipleChoice(let options)):
            return ids.map { id in options.first { $0.id == id }.map { shown($0.label) } ?? id }.joined(separator: "; ")
        case (.trueFalse(let value), _):
            return truth(value)
        case (.order(let ids), .ordering(let items)):
            return ids.map { id in items.first { $0.id == id }.map { shown($0.text) } ?? id }.joined(separator: " → ")
        case (.matches(let chosen), .matching(let pairs)):
            return pairs.compactMap { pair in
                guard let right = chosen[pair.id], let match = pairs.first(where: { $0.id == right }) else { return nil }
                return "\(shown(pair.left)) = \(shown(match.right))"
            }.joined(separator: "; ")
        case (.text(let text), _):
            return text
        default:
            return nil
        }
    }
}
