import Testing

@testable import CohortStatistics

@Suite struct ConstructChangeTests {
    // Before: A 2, B 3, C 4 → mean 3, sd 1. After: A 4, B 4, D 5 → mean 13/3.
    // Paired (A, B): differences 2 and 1 → n 2, mean 1.5, sd √0.5, d_z = 1.5/√0.5.
    @Test func workedExample() throws {
        let change = try #require(
            ConstructChange.compute(before: ["A": 2, "B": 3, "C": 4], after: ["A": 4, "B": 4, "D": 5]))
        #expect(change.before?.count == 3 && change.before?.mean == 3 && change.before?.standardDeviation == 1)
        #expect(change.after?.count == 3)
        expectClose(change.after?.mean, 13.0 / 3)
        let paired = try #require(change.paired)
        #expect(paired.count == 2 && paired.meanDifference == 1.5)
        expectClose(paired.standardDeviation, 0.5.squareRoot())
        expectClose(paired.effectSize, 1.5 / 0.5.squareRoot())
    }

    @Test func oneSidedOrDisjoint() throws {
        let onlyBefore = try #require(ConstructChange.compute(before: ["A": 2], after: [String: Double]()))
        #expect(onlyBefore.after == nil && onlyBefore.paired == nil && onlyBefore.before?.mean == 2)
        let disjoint = try #require(ConstructChange.compute(before: ["A": 2], after: ["B": 5]))
        #expect(disjoint.paired == nil && disjoint.after?.mean == 5)
        #expect(ConstructChange.compute(before: [String: Double](), after: [:]) == nil)
        #expect(ConstructChange.compute(before: ["A": .nan], after: ["A": 1]) == nil)
    }

    // On a 5-point scale a reversed 2 scores 6 − 2 = 4. [4, reversed 2, 3] → (4 + 4 + 3)/3.
    @Test func likertScoring() {
        #expect(LikertResponse(value: 2, scale: 5, isReversed: true).score == 4)
        #expect(LikertResponse(value: 2, scale: 5).score == 2)
        #expect(LikertResponse(value: 6, scale: 5).score == nil)
        #expect(LikertResponse(value: 0, scale: 5).score == nil)
        expectClose(
            LikertResponse.constructScore([
                LikertResponse(value: 4, scale: 5), LikertResponse(value: 2, scale: 5, isReversed: true),
                LikertResponse(value: 3, scale: 5),
            ]), 11.0 / 3)
        #expect(LikertResponse.constructScore([]) == nil)
        #expect(
            LikertResponse.constructScore([LikertResponse(value: 3, scale: 5), LikertResponse(value: 3, scale: 7)])
                == nil)
        #expect(
            LikertResponse.constructScore([LikertResponse(value: 3, scale: 5), LikertResponse(value: 9, scale: 5)])
                == nil)
    }
}
