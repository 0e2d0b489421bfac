import Foundation
import LessonEngine
import LessonPack
import Testing

@testable import TerminalPlayer

/// The feedback after an answer with parts (which were right, the right answer once no
/// try is left), a short answer spelt a letter off, and whole points for under-13s.
@Suite struct AnswerFeedbackScreensTests {
    private typealias Fixture = PlayerTestPack
    private let screens = TextScreens()

    private static func style(_ language: String, wholePoints: Bool = false) -> ScreenStyle {
        var style = ScreenStyle(width: 80, language: language, usesColor: false, isPlain: false)
        style.showsWholePoints = wholePoints
        return style
    }

    private func expectScreen(_ actual: String, _ lines: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let expected = "\n" + lines + "\n"
        #expect(actual == expected, "\n--- got:\n\(actual)--- expected:\n\(expected)", sourceLocation: sourceLocation)
    }

    @Test func aMatchingPartlyRightNamesThePairsAndGivesTheRightOnesAtTheEnd() throws {
        // Right sides shown as 1 Platform, 2 Helpline, 3 Police.
        let order = ["p3", "p1", "p2"]
        var session = try Fixture.session("match")
        let outcome = try session.answer(.matches(["p1": "p1", "p2": "p3", "p3": "p2"]), at: Date(timeIntervalSince1970: 1))
        let presented = try Fixture.presented("match", order: order)
        expectScreen(
            screens.outcome(outcome, presented: presented, pack: Fixture.pack, style: Self.style("en")),
            """
            Partly right.
            Points: +0.33
            Right: a. Look again at: b, c.

            The right pairs: a2 b3 c1
            """)
        expectScreen(
            screens.outcome(outcome, presented: presented, pack: Fixture.pack, style: Self.style("uk")),
            """
            Частково правильно.
            Бали: +0,33
            Правильно: a. Подивися ще раз на: b, c.

            Правильні пари: a2 b3 c1
            """)
    }

    @Test func anOrderingNamesThePlacesInTheLearnersOrder() throws {
        var session = try Fixture.session("order")
        let outcome = try session.answer(.order(["one", "three", "two"]), at: Date(timeIntervalSince1970: 1))
        // Shown as 1 Tell, 2 Stop, 3 Save: the right order is typed 2 3 1.
        let presented = try Fixture.presented("order", order: ["three", "one", "two"])
        let en = screens.outcome(outcome, presented: presented, pack: Fixture.pack, style: Self.style("en"))
        #expect(en.contains("In the right place: 1st. Not in the right place yet: 2nd, 3rd.\n"))
        #expect(en.contains("The right order: 2 3 1\n"))
        let ru = screens.outcome(outcome, presented: presented, pack: Fixture.pack, style: Self.style("ru"))
        #expect(ru.contains("На своём месте: 1-й. Пока не на своём месте: 2-й, 3-й.\n"))
    }

    /// A true/false statement without feedback of its own: a wrong answer still learns
    /// whether the statement is true, in the learner's language.
    @Test func aWrongTrueFalseSaysWhetherTheStatementIsTrue() throws {
        for (language, sentence) in [("en", "The statement is true."), ("uk", "Це твердження правдиве."), ("ru", "Это утверждение верно.")] {
            var session = try Fixture.session("truefalse", language: language)
            let presented = try #require(session.currentStep)
            let outcome = try session.answer(.trueFalse(false), at: Date(timeIntervalSince1970: 1))
            let screen = screens.outcome(outcome, presented: presented, pack: Fixture.pack, style: Self.style(language))
            #expect(screen.contains(sentence + "\n"), "\(screen)")
        }
    }

    /// The test pack's multiple choice (right: a, b) with two tries, started.
    static func multipleChoiceWithTwoTries() throws -> (LessonSession, Pack) {
        let xml = Fixture.xml.replacingOccurrences(of: "<multiple-choice id=\"q-multi\">", with: "<multiple-choice id=\"q-multi\" max-attempts=\"2\">")
        let pack = try #require(PackValidator(today: Fixture.today).validate(bytes: Array(xml.utf8), file: "t.xml").pack)
        let session = try LessonSession.start(
            pack: pack, lessonId: "multi", learner: Learner(age: 14, language: "en", country: "UA"), seed: 1,
            at: Date(timeIntervalSince1970: 0))
        return (session, pack)
    }

    @Test func aMultipleChoiceCountsWithoutNamingTheRightOnesWhileTriesRemain() throws {
        let (started, pack) = try Self.multipleChoiceWithTwoTries()
        var session = started
        let presented = try #require(session.currentStep)
        let first = try session.answer(.choices(["a", "c"]), at: Date(timeIntervalSince1970: 1))
        let screen = screens.outcome(first, presented: presented, pack: pack, style: Self.style("en"))
        #expect(screen.contains("Right among your choices: 1 of 2. Right answers found: 1 of 2.\n"))
        let ukrainian = screens.outcome(first, presented: presented, pack: pack, style: Self.style("uk"))
        #expect(ukrainian.contains("Правильних серед вибраних тобою: 1 з 2. Знайдено правильних відповідей: 1 з 2.\n"))
        #expect(screen.contains("You can try again (tries left: 1)"))
        #expect(!screen.contains("The right answer"))
        let second = try session.answer(.choices(["a", "d"]), at: Date(timeIntervalSince1970: 2))
        let last = screens.outcome(second, presented: presented, pack: pack, style: Self.style("en"))
        let rightNumbers = presented.order.indices.filter { ["a", "b"].contains(presented.order[$0]) }.map { String($0 + 1) }
        #expect(last.contains("The right answer: \(rightNumbers.joined(separator: " "))\n"))
    }

    @Test func allRightOnesFoundWithAWrongOneSaysBothCounts() throws {
        let (started, pack) = try Self.multipleChoiceWithTwoTries()
        var session = started
        let presented = try #require(session.currentStep)
        let first = try session.answer(.choices(["a", "b", "c"]), at: Date(timeIntervalSince1970: 1))
        let screen = screens.outcome(first, presented: presented, pack: pack, style: Self.style("en"))
        #expect(screen.contains("Right among your choices: 2 of 3. Right answers found: 2 of 2.\n"))
    }

    @Test func aCloseSpellingIsRightAndSaysHowItIsWritten() throws {
        let xml = Fixture.xml.replacingOccurrences(
            of: "<short-answer id=\"q-short\" skippable=\"false\">",
            with: "<short-answer id=\"q-short\" skippable=\"false\" spelling=\"close\">")
        let validation = PackValidator(today: Fixture.today).validate(bytes: Array(xml.utf8), file: "t.xml")
        #expect(validation.diagnostics.filter { $0.severity == .error }.isEmpty)
        let pack = try #require(validation.pack)
        for (language, typed, line) in [
            ("en", "blokc", "Almost: check the spelling. It is written “block”."),
            ("uk", "блокуват", "Майже: перевір, як це пишеться. Правильно — «блокувати»."),
        ] {
            var session = try LessonSession.start(
                pack: pack, lessonId: "short", learner: Learner(age: 14, language: language, country: "UA"), seed: 1,
                at: Date(timeIntervalSince1970: 0))
            let presented = try #require(session.currentStep)
            let outcome = try session.answer(.text(typed), at: Date(timeIntervalSince1970: 1))
            let screen = screens.outcome(outcome, presented: presented, pack: pack, style: Self.style(language))
            #expect(screen.hasPrefix("\n" + line + "\n"), "\(screen)")
        }
    }

    @Test func underThirteenPointsAreWholeOrHalvesAndNeverFullMarksWhenShort() {
        let words = ScreenWords(style: Self.style("en", wholePoints: true), pack: Fixture.pack)
        #expect(words.points(4.04, of: 8) == "4")
        #expect(words.points(1.5, of: 2) == "1½")
        #expect(words.points(7.9, of: 8) == "7½")
        #expect(words.points(0.9, of: 1) == "½")
        #expect(words.points(0.1, of: 2) == "½")
        #expect(words.points(8, of: 8) == "8")
        #expect(words.points(0, of: 8) == "0")
        let older = ScreenWords(style: Self.style("uk"), pack: Fixture.pack)
        #expect(older.points(4.04, of: 8) == "4,04")
    }

    @Test func aSummaryForAnUnderThirteenShowsNoDecimals() throws {
        var session = try Fixture.session("match")
        _ = try session.answer(.matches(["p1": "p1", "p2": "p3", "p3": "p2"]), at: Date(timeIntervalSince1970: 1))
        let lesson = Fixture.pack.lessons.first { $0.id == "match" }!
        let young = screens.summary(session.result, lesson: lesson, pack: Fixture.pack, style: Self.style("en", wholePoints: true))
        #expect(young.contains("You scored ½ of 1 (33%)"), "\(young)")
        let older = screens.summary(session.result, lesson: lesson, pack: Fixture.pack, style: Self.style("en"))
        #expect(older.contains("You scored 0.33 of 1 (33%)"), "\(older)")
    }

    @Test func nextNamesALessonOnlyWhenEveryLessonItNeedsIsPassed() throws {
        let xml = Fixture.xml.replacingOccurrences(of: "<lesson id=\"many\">", with: "<lesson id=\"many\" requires=\"single order\">")
        let pack = try #require(PackValidator(today: Fixture.today).validate(bytes: Array(xml.utf8), file: "t.xml").pack)
        let lesson = try #require(pack.lessons.first { $0.id == "single" })
        func summary(answer: String, passedBefore: Set<String>) throws -> String {
            var session = try LessonSession.start(
                pack: pack, lessonId: "single", learner: Learner(age: 14, language: "en", country: "UA"), seed: 1,
                at: Date(timeIntervalSince1970: 0))
            for attempt in 1...3 where session.currentStep != nil {
                _ = try session.answer(.choice(answer), at: Date(timeIntervalSince1970: Double(attempt)))
            }
            return screens.summary(session.result, lesson: lesson, pack: pack, passedBefore: passedBefore, style: Self.style("en"))
        }
        #expect(try summary(answer: "a", passedBefore: ["order"]).contains("Next: Many\n"))
        #expect(try summary(answer: "a", passedBefore: []).contains("“Many” opens once “Order” is passed"))
        #expect(try summary(answer: "b", passedBefore: ["order"]).contains("Next: try this lesson again"))
    }

    @Test func nextPassesOverALessonForOtherAges() throws {
        let xml = Fixture.xml.replacingOccurrences(of: "<lesson id=\"many\">", with: "<lesson id=\"many\" age-min=\"15\">")
        let pack = try #require(PackValidator(today: Fixture.today).validate(bytes: Array(xml.utf8), file: "t.xml").pack)
        let lesson = try #require(pack.lessons.first { $0.id == "single" })
        func next(age: Int) throws -> String {
            let session = try LessonSession.start(
                pack: pack, lessonId: "single", learner: Learner(age: age, language: "en", country: "UA"), seed: 1,
                at: Date(timeIntervalSince1970: 0))
            return screens.summary(session.result, lesson: lesson, pack: pack, learnerAge: age, style: Self.style("en"))
        }
        #expect(try next(age: 13).contains("Next: Sourced\n"), "many is for 15 and over")
        #expect(try next(age: 15).contains("Next: Many\n"))
    }

    @Test func enterAfterAPartlyRightAnswerKeepsItsPointsButAfterAWrongOneKeepsTheTry() throws {
        let xml = Fixture.xml.replacingOccurrences(
            of: "<multiple-choice id=\"q-multi\">", with: "<multiple-choice id=\"q-multi\" max-attempts=\"2\">")
        let pack = try #require(PackValidator(today: Fixture.today).validate(bytes: Array(xml.utf8), file: "t.xml").pack)
        func play(_ lines: [String]) throws -> (PlayLoop.End, EventLog, ScriptedIO) {
            var session = try LessonSession.start(
                pack: pack, lessonId: "multi", learner: Learner(age: 14, language: "en", country: "UA"), seed: 1,
                at: Date(timeIntervalSince1970: 0))
            let order = try #require(session.currentStep).order
            let number = { (id: String) in String(order.firstIndex(of: id)! + 1) }
            let io = ScriptedIO(lines.map { line in line.split(separator: " ").map { number(String($0)) }.joined(separator: " ") })
            let log = EventLog()
            let loop = PlayLoop(renderer: screens, style: Self.style("en"), country: nil, clock: { Date(timeIntervalSince1970: 5) })
            return (try loop.run(&session, io: io, recorder: log), log, io)
        }
        // a alone: partly right (0.5 of 1 point), one try left; Enter keeps it, and the lesson ends.
        let (kept, keptLog, keptIO) = try play(["a", ""])
        guard case .finished(let result) = kept else { Issue.record("ended \(kept)"); return }
        #expect(keptLog.events.map(\.0.event) == [.answered(stepId: "q-multi", answer: .choices(["a"])), .continued(stepId: "q-multi")])
        #expect(result.rawPoints == 0.5)
        #expect(keptIO.written.contains("or press Enter to keep these points and go on"))
        // Going on says nothing more: the verdict was shown once, after the answer.
        #expect(keptIO.written.components(separatedBy: "Partly right.").count == 2, "\(keptIO.written)")
        // c alone: wrong; Enter is no answer and the try is kept for the next line.
        let (retried, retriedLog, _) = try play(["c", "", "a b"])
        guard case .finished = retried else { Issue.record("ended \(retried)"); return }
        #expect(
            retriedLog.events.map(\.0.event) == [
                .answered(stepId: "q-multi", answer: .choices(["c"])), .answered(stepId: "q-multi", answer: .choices(["a", "b"])),
            ])
    }
}
