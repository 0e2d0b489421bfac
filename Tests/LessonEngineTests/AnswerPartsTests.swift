import Foundation
import LessonPack
import Testing

@testable import LessonEngine

private typealias Fixture = EngineTestPack

/// Which parts of an answer were right, the right answer after the last try of a
/// teaching lesson, and short answers spelt a letter off (`spelling="close"`).
@Suite struct AnswerPartsTests {
    @Test func aMatchingSaysWhichPairsAreRight() throws {
        var session = try Fixture.start("match")
        let outcome = try session.answer(.matches(["p1": "p1", "p2": "p3", "p3": "p2"]), at: Fixture.at(1))
        #expect(outcome.verdict == .partlyCorrect)
        #expect(outcome.parts == .pairs(right: ["p1"], notRight: ["p2", "p3"]))
    }

    @Test func anOrderingSaysWhichPlacesAreRight() throws {
        var session = try Fixture.start("order")
        let outcome = try session.answer(.order(["first", "third", "second", "fourth"]), at: Fixture.at(1))
        #expect(outcome.parts == .places(right: [1, 4], notRight: [2, 3]))
        // Tries are left: the right answer is not given away.
        #expect(outcome.attemptsLeft == 1)
        #expect(!outcome.showsRightAnswer)
    }

    @Test func aMultipleChoiceCountsRightWrongAndMissedChoices() throws {
        var session = try Fixture.start("multi")
        let question = try #require(session.currentStep.flatMap { step -> Question? in
            if case .question(let question) = step.step.content { return question }
            return nil
        })
        guard case .multipleChoice(let options) = question.answer else { Issue.record("not multiple"); return }
        let right = options.filter(\.isCorrect).map(\.id)
        let wrong = options.filter { !$0.isCorrect }.map(\.id)
        let outcome = try session.answer(.choices([right[0], wrong[0]]), at: Fixture.at(1))
        #expect(outcome.parts == .choices(rightChosen: 1, wrongChosen: 1, missed: right.count - 1))
    }

    @Test func theLastTryOfATeachingLessonShowsTheRightAnswerButATestNever() throws {
        var lesson = try Fixture.start("match")
        let ended = try lesson.answer(.matches(["p1": "p2", "p2": "p1", "p3": "p3"]), at: Fixture.at(1))
        #expect(ended.next != .sameStep)
        #expect(ended.showsRightAnswer)
        var right = try Fixture.start("match")
        #expect(!(try right.answer(.matches(["p1": "p1", "p2": "p2", "p3": "p3"]), at: Fixture.at(1))).showsRightAnswer)
        var post = try Fixture.start("post")
        let wrongInTest = try post.answer(.trueFalse(true), at: Fixture.at(1))
        #expect(wrongInTest.verdict == .wrong)
        #expect(!wrongInTest.showsRightAnswer)
    }

    @Test func aShortAnswerALetterOffCountsOnlyWhereThePackAllowsIt() throws {
        var exact = try Fixture.start("short", language: "en")
        #expect(try exact.answer(.text("blok"), at: Fixture.at(1)).verdict == .wrong)

        let lenient = Fixture.packChanging("q-short") { $0.spelling = .close }
        var close = try Fixture.start("short", language: "en", in: lenient)
        let almost = try close.answer(.text("Blokc"), at: Fixture.at(1))
        #expect(almost.verdict == .correct)
        #expect(almost.spellingCorrection == "block")
        #expect(almost.pointsEarned == 2)
        // Spelt right: no correction to show.
        var spelt = try Fixture.start("short", language: "en", in: lenient)
        #expect(try spelt.answer(.text("BLOCK"), at: Fixture.at(1)).spellingCorrection == nil)
        // Too far off stays wrong.
        var far = try Fixture.start("short", language: "en", in: lenient)
        #expect(try far.answer(.text("blank"), at: Fixture.at(1)).verdict == .wrong)
    }

    @Test func slipsAllowedGrowWithTheAnswersLength() {
        #expect(!SpellingDistance.isClose("on", to: "no"))
        #expect(!SpellingDistance.isClose("hell", to: "help"))
        #expect(SpellingDistance.isClose("blok", to: "block"))
        #expect(SpellingDistance.isClose("bolck", to: "block"))
        #expect(SpellingDistance.isClose("reprot", to: "report"))
        #expect(!SpellingDistance.isClose("rpeotr", to: "report"))
        #expect(SpellingDistance.isClose("поскаржитса", to: "Поскаржитися"))
        #expect(SpellingDistance.isClose("screenshto", to: "screenshot"))
        #expect(!SpellingDistance.isClose("scrxxnshxt", to: "screenshot"))
    }

    @Test func theDistanceIsExactWithinItsBand() {
        let pairs: [(String, String, Int)] = [
            ("", "", 0), ("", "ab", 2), ("abc", "abc", 0), ("abc", "acb", 1), ("abcd", "abdc", 1),
            ("kitten", "sitting", 3), ("ab", "ba", 1), ("abc", "", 3),
        ]
        for (a, b, expected) in pairs {
            let found = SpellingDistance.distance(Array(a), Array(b), atMost: 2)
            #expect(found == min(expected, 3), "\(a) \(b)")
        }
    }

    @Test func aLongAnswerIsComparedInLinearTime() {
        // A 100,000-letter answer against a 100,001-letter one: the band keeps it linear,
        // and this would take minutes if it were quadratic.
        let long = String(repeating: "ab", count: 50_000)
        #expect(SpellingDistance.distance(Array(long), Array(long + "c"), atMost: 2) == 1)
    }
}
