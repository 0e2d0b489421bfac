import LessonPack
import Testing

@testable import LessonEngine

/// The best score of a scenario (docs/scoring.md, "Scenarios"): every choice of a loop,
/// then the longest way on to an ending.
@Suite struct ScenarioBestScoreTests {
    @Test func aPathWithoutLoopsIsItsBestBranch() {
        let story = ScenarioSketch.make(
            start: "n0",
            [("n0", "n1", 1), ("n0", "bad", 0), ("n1", "good", 2), ("n1", "mixed", 1)],
            endings: ["good", "mixed", "bad"])
        #expect(ScenarioWalk.maximumPoints(of: story) == 3)
    }

    @Test func aLoopEarnsEveryChoiceInItOnce() {
        // n0 ⇄ n1 is one loop: 1 + 0 inside, then the better exit, n0 → n2 (1) → end.
        let story = ScenarioSketch.make(
            start: "n0",
            [("n0", "n1", 1), ("n0", "n2", 1), ("n1", "n0", 0), ("n1", "end", 0), ("n2", "end", 0)],
            endings: ["end"])
        #expect(ScenarioWalk.maximumPoints(of: story) == 2)
    }

    @Test func aChoiceBackToItsOwnNodeCountsOnce() {
        let story = ScenarioSketch.make(
            start: "n0", [("n0", "n0", 3), ("n0", "end", 1)], endings: ["end"])
        #expect(ScenarioWalk.maximumPoints(of: story) == 4)
    }

    @Test func anUnreachablePartAndADeadEndEarnNothing() {
        // "lost" cannot be reached; "trap" can, but no ending is reached from it.
        let story = ScenarioSketch.make(
            start: "n0",
            [("n0", "end", 1), ("n0", "trap", 5), ("trap", "trap", 9), ("lost", "end", 50)],
            endings: ["end"])
        #expect(ScenarioWalk.maximumPoints(of: story) == 1)
    }

    @Test func aNegativeChoiceOnTheWayIsCountedButOneInALoopIsNot() {
        let crossing = ScenarioSketch.make(
            start: "n0", [("n0", "n1", -1), ("n1", "end", 3)], endings: ["end"])
        #expect(ScenarioWalk.maximumPoints(of: crossing) == 2)
        let inLoop = ScenarioSketch.make(
            start: "n0", [("n0", "n1", -1), ("n1", "n0", 2), ("n1", "end", 0)], endings: ["end"])
        #expect(ScenarioWalk.maximumPoints(of: inLoop) == 2)
        let onlyLosing = ScenarioSketch.make(start: "n0", [("n0", "end", -2)], endings: ["end"])
        #expect(ScenarioWalk.maximumPoints(of: onlyLosing) == 0, "a maximum is never below 0")
    }

    @Test func noEndingReachedOrAStartThatIsNoNodeIsWorthNothing() {
        let loop = ScenarioSketch.make(start: "n0", [("n0", "n1", 1), ("n1", "n0", 1)], endings: ["end"])
        #expect(ScenarioWalk.maximumPoints(of: loop) == 0)
        let unknown = ScenarioSketch.make(start: "nowhere", [("n0", "end", 1)], endings: ["end"])
        #expect(ScenarioWalk.maximumPoints(of: unknown) == 0)
    }

    /// 2^60 simple paths: the search over every path never finished this.
    @Test func aLadderOfSixtyDoubleStepsWithLoops() {
        var choices: [(from: String, to: String, points: Double)] = []
        for rung in 0..<60 {
            choices.append(("r\(rung)", "r\(rung + 1)", 1))
            choices.append(("r\(rung)", "r\(rung + 1)", 2))
        }
        choices.append(("r60", "end", 0))
        let ladder = ScenarioSketch.make(start: "r0", choices, endings: ["end"])
        #expect(ScenarioWalk.maximumPoints(of: ladder) == 120)

        // Every fifth rung leads back to the start: the whole ladder becomes one loop,
        // and all its choices can be taken.
        let loops = stride(from: 5, through: 60, by: 5).map { (from: "r\($0)", to: "r0", points: 0.5) }
        let looped = ScenarioSketch.make(start: "r0", choices + loops, endings: ["end"])
        #expect(ScenarioWalk.maximumPoints(of: looped) == 180 + 0.5 * 12)
    }

    /// A chain far longer than a recursive walk's stack could hold.
    @Test func aVeryLongChainNeedsNoRecursion() {
        let length = 100_000
        var choices = (0..<length).map { (from: "n\($0)", to: "n\($0 + 1)", points: 1.0) }
        choices.append(("n\(length)", "end", 0))
        choices.append(("n\(length)", "n0", 0))
        let chain = ScenarioSketch.make(start: "n0", choices, endings: ["end"])
        #expect(ScenarioWalk.maximumPoints(of: chain) == Double(length))
    }
}
