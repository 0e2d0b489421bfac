import Testing

@testable import CohortStatistics

struct OptionAnalysisTests {
    let abc: [(id: String, isKey: Bool)] = [("a", true), ("b", false), ("c", false)]

    /// Six learners, totals 6…1: top third {0, 1}, bottom third {4, 5}; learner 3 skipped.
    @Test func countsThirdsAndFlagsByHand() throws {
        let choices: [Set<String>?] = [["b"], ["a"], ["a"], nil, ["a"], ["a"]]
        let analysis = try #require(
            OptionAnalysis.compute(options: abc, choices: choices, totals: [6, 5, 4, 3, 2, 1]))
        #expect(analysis.learners == 6 && analysis.answered == 5 && analysis.thirdSize == 2 && !analysis.tooSmall)
        let counts = analysis.options.map { [$0.chosen, $0.chosenTop, $0.chosenBottom] }
        #expect(counts == [[4, 1, 2], [1, 1, 0], [0, 0, 0]])
        #expect(analysis.options.map(\.flags) == [[], [.attractsTopThird], [.nonFunctioning]])
        // Every answer counted once, plus the skip: the learners.
        #expect(analysis.options.map(\.chosen).reduce(0, +) + (analysis.learners - analysis.answered) == 6)
    }

    @Test func keyChosenLessThanADistractorIsFlagged() throws {
        let choices: [Set<String>?] = [["b"], ["b"], ["b"], ["a"], ["a"], ["c"]]
        let analysis = try #require(OptionAnalysis.compute(options: abc, choices: choices, totals: [1, 1, 1, 1, 1, 1]))
        #expect(analysis.options[0].flags == [.keyLessChosen])
        #expect(!analysis.options[2].flags.contains(.nonFunctioning))  // 1 of 6 is 17 %
    }

    /// Equal totals: the learners' order decides; the first two are the top third.
    @Test func tiesKeepTheLearnersOrder() throws {
        let choices: [Set<String>?] = [["b"], ["b"], ["a"], ["a"], ["a"], ["a"]]
        let analysis = try #require(OptionAnalysis.compute(options: abc, choices: choices, totals: [3, 3, 3, 3, 3, 3]))
        #expect(analysis.options[1].chosenTop == 2 && analysis.options[1].chosenBottom == 0)
        #expect(analysis.options[0].chosenBottom == 2)
    }

    @Test func nonFunctioningIsUnderFivePercentOfThoseWhoAnswered() throws {
        // 20 answered: one choice is exactly 5 % (kept), none is under (flagged).
        var choices: [Set<String>?] = Array(repeating: ["a"], count: 19) + [["b"]]
        var analysis = try #require(
            OptionAnalysis.compute(options: abc, choices: choices, totals: Array(repeating: 1, count: 20)))
        #expect(analysis.options[1].flags.isEmpty && analysis.options[2].flags == [.nonFunctioning])
        choices.append(nil)  // a skip does not change the share
        analysis = try #require(
            OptionAnalysis.compute(options: abc, choices: choices, totals: Array(repeating: 1, count: 21)))
        #expect(analysis.answered == 20 && analysis.options[1].flags.isEmpty)
    }

    @Test func multipleChoiceCountsEveryChosenOption() throws {
        let choices: [Set<String>?] = [["a", "b"], ["a"], ["a", "c"], ["a"], []]
        let analysis = try #require(OptionAnalysis.compute(options: abc, choices: choices, totals: [5, 4, 3, 2, 1]))
        #expect(analysis.answered == 5 && analysis.options.map(\.chosen) == [4, 1, 1])
    }

    @Test func underFiveLearnersNoCounts() throws {
        let analysis = try #require(
            OptionAnalysis.compute(options: abc, choices: [["a"], ["b"], ["c"], nil], totals: [4, 3, 2, 1]))
        #expect(analysis.tooSmall && analysis.options.isEmpty && analysis.learners == 4)
        #expect(OptionAnalysis.compute(options: abc, choices: [["a"]], totals: [1, 2]) == nil)
        #expect(OptionAnalysis.compute(options: [], choices: [["a"]], totals: [1]) == nil)
    }
}
