import Foundation
import LessonEngine
import LessonPack
import Testing

@testable import LearnerSimulation

/// The shipped tests measure learning, not test-wiseness: learners who know nothing and
/// answer by cues alone (`oberih simulate --strategy cues`) score within 10 percentage
/// points of chance on every pre- and post-test of every pack in Curriculum/.
@Suite struct CurriculumCueTests {
    static let packs: [Pack] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Curriculum")
        let files = PackFiles.expand([root.path]).files
        return PackValidator(today: Date(timeIntervalSince1970: 1_796_515_200)).validate(filesAtPaths: files)
            .compactMap(\.pack)
    }()

    static let start = Date(timeIntervalSince1970: 1_788_249_600)
    static let learners = 100

    @Test(arguments: [1, 2] as [UInt64])
    func cueReadersScoreWithinTenPointsOfChance(seed: UInt64) throws {
        #expect(Self.packs.count >= 6, "six packs for ages 10 to 18")
        for pack in Self.packs {
            let tests = pack.lessons.filter { $0.kind == .preTest || $0.kind == .postTest }
            #expect(tests.count >= 2, "\(pack.id): a pre-test and a post-test")
            let simulator = PackSimulator(pack: pack, seed: seed, strategy: .cues)
            var scores: [String: [Double]] = [:]
            for index in 0..<Self.learners {
                let learner = SimulatedLearner(index: index, seed: seed)
                let sessions = try simulator.play(
                    learner, index: index, age: pack.ageRange.maximum, language: pack.defaultLanguage,
                    start: Self.start)
                // The first attempt at each test, as the report reads it.
                for test in tests {
                    if let scaled = sessions.first(where: { $0.lesson.id == test.id })?.result.scaled {
                        scores[test.id, default: []].append(scaled)
                    }
                }
            }
            for test in tests {
                let chance = try #require(ChanceScore.scaled(of: test), "\(pack.id)/\(test.id) has a chance score")
                let taken = scores[test.id] ?? []
                #expect(taken.count == Self.learners, "\(pack.id)/\(test.id)")
                let mean = taken.reduce(0, +) / Double(max(taken.count, 1))
                #expect(
                    abs(mean - chance) <= 0.10,
                    "\(pack.id)/\(test.id): cue readers score \(Int((mean * 100).rounded())) %, chance \(Int((chance * 100).rounded())) %")
            }
        }
    }
}
