import Foundation
import LessonEngine
import LessonPack
import ProgressStore
import Sessions

/// Group sessions (`oberih facilitate`) stored for a cohort, for the tests of what reads them.
public enum GroupFixture {
    /// Leads `lessonId` of `CohortFixture.pack` with the whole `cohort` (created when
    /// missing) to its end and stores it: each vote is tallied with `tally` (option ids in
    /// the pack's order → counts), each question answered with its first option (or
    /// true), each scenario walked by its first choices, discussions and role plays held.
    @discardableResult
    public static func lead(
        _ lessonId: String, cohort: String = "7B", in store: ProgressStore, at start: Date,
        tally: ([String]) -> [Int] = { $0.indices.map { $0 + 3 } }
    ) throws -> LessonSession {
        let cohortId = try (try? store.cohort(named: cohort))?.id ?? store.createCohort(name: cohort, organisation: nil, at: start).id
        let pack = CohortFixture.pack
        guard let lesson = pack.lessons.first(where: { $0.id == lessonId }) else { throw SessionError.lessonNotFound(lessonId) }
        let earlier = Set(pack.lessons.prefix { $0.id != lessonId }.map(\.id))
        var session = try LessonSession.start(
            pack: pack, lessonId: lessonId, learner: Learner(age: lesson.ageRange(in: pack).minimum, language: "en", country: nil),
            mode: .group, seed: 5, passedLessons: earlier, at: start)
        var time = start
        while let shown = session.currentStep {
            time += 60
            switch shown.step.content {
            case .vote(let vote):
                let ids = vote.options.map(\.id)
                _ = try session.tally(Dictionary(uniqueKeysWithValues: zip(ids, tally(ids))), at: time)
            case .question(let question):
                let answer: Answer =
                    switch question.answer {
                    case .singleChoice(let options): .choice(options[0].id)
                    case .multipleChoice(let options): .choices([options[0].id])
                    case .trueFalse: .trueFalse(true)
                    case .ordering(let items): .order(items.map(\.id))
                    case .matching(let pairs): .matches(Dictionary(uniqueKeysWithValues: pairs.map { ($0.id, $0.id) }))
                    case .shortAnswer(let accepted): .text(accepted.first?.text ?? "")
                    }
                _ = try session.answer(answer, at: time)
                if session.currentStep?.step.id == shown.step.id { _ = try session.continueOn(at: time) }
            case .scenario:
                _ = try session.answer(.scenarioChoice(shown.scenarioChoiceOrder.first ?? 0), at: time)
            case .discussion, .rolePlay:
                _ = try session.markDone(at: time)
            case .text, .likert:
                _ = try session.continueOn(at: time)
            }
        }
        try LessonAttempts(store: store).importSessions([(session, .group(cohortId: cohortId), CohortFixture.packFile)])
        return session
    }
}
