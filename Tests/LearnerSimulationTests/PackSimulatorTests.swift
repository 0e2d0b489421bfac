import Foundation
import LessonEngine
import LessonPack
import Testing

@testable import LearnerSimulation

/// The simulated cohort behind `oberih simulate`: the item response model, and whole packs
/// played through the engine.
@Suite struct PackSimulatorTests {
    static let pack: Pack = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let file = root.appendingPathComponent("Curriculum/being-kind-online.xml").path
        return PackValidator(today: Date(timeIntervalSince1970: 1_796_515_200)).validate(fileAtPath: file).pack!
    }()

    static let start = Date(timeIntervalSince1970: 1_788_249_600)

    @Test func theModelIsTheTwoParameterLogistic() {
        let model = ItemResponseModel(seed: 1)
        let item = ItemResponseModel.Item(discrimination: 1.7, difficulty: 0.4)
        #expect(abs(model.probabilityCorrect(ability: 0.4, item: item) - 0.5) < 1e-12, "θ = b gives one half")
        // 1 / (1 + e^(−1.7 × 1)) = 0.845534…
        #expect(abs(model.probabilityCorrect(ability: 1.4, item: item) - 0.8455347349) < 1e-9)
        #expect(model.item("q1") == ItemResponseModel(seed: 1).item("q1"), "the same seed, the same item")
        #expect(model.item("q1") != ItemResponseModel(seed: 2).item("q1"))
        let items = (0..<500).map { model.item("q\($0)") }
        #expect(items.allSatisfy { (0.5..<2.0).contains($0.discrimination) })
        let meanDifficulty = items.map(\.difficulty).reduce(0, +) / 500
        #expect(abs(meanDifficulty + 0.5) < 0.15, "difficulty centred on −0.5: \(meanDifficulty)")
    }

    @Test func learnersDrawnFromTheSeedAreTheSameEachTime() {
        #expect(SimulatedLearner(index: 3, seed: 9) == SimulatedLearner(index: 3, seed: 9))
        #expect(SimulatedLearner(index: 3, seed: 9) != SimulatedLearner(index: 4, seed: 9))
        let learners = (0..<2000).map { SimulatedLearner(index: $0, seed: 5) }
        let mean = learners.map(\.ability).reduce(0, +) / 2000
        let variance = learners.map { ($0.ability - mean) * ($0.ability - mean) }.reduce(0, +) / 1999
        #expect(abs(mean) < 0.1 && abs(variance - 1) < 0.1, "abilities standard normal: \(mean), \(variance)")
        #expect(learners.allSatisfy { $0.learning >= 0 })
    }

    @Test func aWholePackIsPlayedToTheEndAndTheSameSeedGivesTheSameEvents() throws {
        let simulator = PackSimulator(pack: Self.pack, seed: 11)
        let learner = SimulatedLearner(index: 0, seed: 11)
        let sessions = try simulator.play(learner, index: 0, age: 11, language: "uk", start: Self.start)
        #expect(sessions.allSatisfy { $0.isFinished })
        let played = Set(sessions.map(\.lesson.id))
        #expect(played.isSuperset(of: ["survey-before", "pre-test", "unkind-online"]), "\(played)")
        let again = try simulator.play(learner, index: 0, age: 11, language: "uk", start: Self.start)
        #expect(sessions.map(\.events) == again.map(\.events))
        // Replaying each log gives the same session: the events are real engine events.
        for session in sessions {
            let replayed = try LessonSession.resume(pack: Self.pack, events: session.events)
            #expect(replayed.state == session.state)
        }
        let times = sessions.flatMap(\.events).map(\.at)
        #expect(times == times.sorted(), "time only moves on")
    }

    @Test func aCohortScoresHigherAfterTheLessonsThanBefore() throws {
        let simulator = PackSimulator(pack: Self.pack, seed: 3)
        var pre: [Double] = []
        var post: [Double] = []
        for index in 0..<120 {
            let sessions = try simulator.play(
                SimulatedLearner(index: index, seed: 3), index: index, age: 11, language: "en", start: Self.start)
            if let score = sessions.first(where: { $0.lesson.kind == .preTest })?.result.scaled { pre.append(score) }
            if let score = sessions.last(where: { $0.lesson.kind == .postTest })?.result.scaled { post.append(score) }
        }
        #expect(pre.count == 120)
        // A learner who fails a lesson twice stops there, as the model's weakest learners do.
        #expect(post.count > 80, "most learners reach the post-test: \(post.count)")
        let preMean = pre.reduce(0, +) / Double(pre.count)
        let postMean = post.reduce(0, +) / Double(post.count)
        #expect(postMean > preMean + 0.05, "learning shows: \(preMean) → \(postMean)")
        #expect(preMean > 0.2 && postMean < 0.99, "neither floor nor ceiling: \(preMean) → \(postMean)")
    }

    /// Each learner's first pre-test and last post-test score, paired.
    static func pairedScores(_ simulator: PackSimulator, learners: Int) throws -> [(pre: Double, post: Double)] {
        try (0..<learners).compactMap { index in
            let sessions = try simulator.play(
                simulator.learner(index), index: index, age: simulator.pack.ageRange.minimum, language: "en", start: start)
            guard let pre = sessions.first(where: { $0.lesson.kind == .preTest })?.result.scaled,
                let post = sessions.last(where: { $0.lesson.kind == .postTest })?.result.scaled
            else { return nil }
            return (pre, post)
        }
    }

    static func meanChange(_ pairs: [(pre: Double, post: Double)]) -> Double {
        pairs.map { $0.post - $0.pre }.reduce(0, +) / Double(max(1, pairs.count))
    }

    @Test func theLearningEffectIsWhatTheLessonsAdd() throws {
        let none = try Self.pairedScores(PackSimulator(pack: Self.pack, seed: 7, learningEffect: 0), learners: 80)
        let large = try Self.pairedScores(PackSimulator(pack: Self.pack, seed: 7, learningEffect: 1.6), learners: 80)
        #expect(Self.meanChange(large) > Self.meanChange(none) + 0.05, "\(Self.meanChange(none)) vs \(Self.meanChange(large))")
        #expect(SimulatedLearner(index: 2, seed: 7, learningEffect: 0).learning == 0)
        #expect(SimulatedLearner(index: 2, seed: 7) == SimulatedLearner(index: 2, seed: 7, learningEffect: 0.8))
    }

    /// Parallel forms are simulated as equally hard, so no shipped pack shows a loss under the
    /// default effect (with the README's seed, one did when each item's difficulty was drawn apart).
    @Test(arguments: [
        "being-kind-online", "consent-to-share", "pressure-and-threats", "real-and-fake", "upstanders",
        "who-is-really-there",
    ])
    func everyShippedPackShowsAGainUnderTheDefaultEffect(_ id: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let file = root.appendingPathComponent("Curriculum/\(id).xml").path
        let pack = try #require(PackValidator(today: Date(timeIntervalSince1970: 1_796_515_200)).validate(fileAtPath: file).pack)
        let pairs = try Self.pairedScores(PackSimulator(pack: pack, seed: 7), learners: 60)
        #expect(pairs.count > 20)
        #expect(Self.meanChange(pairs) > 0.03, "\(id): \(Self.meanChange(pairs))")
    }
}
