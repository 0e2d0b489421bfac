import Foundation
import LessonEngine
import LessonPack
import Testing

@testable import TerminalPlayer

private typealias Fixture = PlayerTestPack

/// Reading typed lines (`AnswerInput`) and the player's words (`PlayerWords`), on the
/// steps of `PlayerTestPack`. Showing orders are set by each test, so every expectation
/// names the exact id.
@Suite struct AnswerInputTests {
    /// Expects each line to read as its input at `presented`.
    private func expect(
        _ cases: [(String, PlayerInput)], at presented: PresentedStep, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for (line, expected) in cases {
            let input = AnswerInput.parse(line, for: presented)
            #expect(
                input == expected, "\(line.debugDescription) on \(presented.step.id)", sourceLocation: sourceLocation)
        }
    }

    /// Expects each line to be invalid at `presented`, with `key`.
    private func expectInvalid(
        _ lines: [String], _ key: PlayerWords.Key, at presented: PresentedStep,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        expect(lines.map { ($0, .invalid(key)) }, at: presented, sourceLocation: sourceLocation)
    }

    @Test func theTestPackIsValid() {
        #expect(Fixture.validation.diagnostics.isEmpty, "\(Fixture.validation.diagnostics)")
        #expect(Fixture.validation.pack != nil)
    }

    // MARK: - Commands

    @Test func commandsAreReadAtAnyPromptWhateverTheCase() throws {
        let single = try Fixture.presented("single")
        expect(
            [
                ("?", .hint), (" ? ", .hint), ("h", .help), ("H", .help), ("help", .help), ("HELP", .help),
                ("s", .skip), ("S", .skip), ("skip", .skip), ("Skip", .skip), ("q", .quit), ("Q", .quit),
                ("quit", .quit), ("  quit\n", .quit),
            ], at: single)
        for lesson in ["multi", "likert", "story", "vote", "info", "discussion", "roleplay", "match", "order"] {
            let presented = try Fixture.presented(lesson)
            expect([("h", .help), ("help", .help), ("q", .quit), ("quit", .quit)], at: presented)
        }
    }

    @Test func onlyAQuestionWithAHintLeftGivesAHint() throws {
        expect([("?", .hint)], at: try Fixture.presented("single"))
        expect([("?", .hint)], at: try Fixture.presented("short"))
        for lesson in ["multi", "truefalse", "likert", "story", "vote", "info", "discussion"] {
            expect([("?", .invalid(.noHints))], at: try Fixture.presented(lesson))
        }
        var session = try Fixture.session("short")
        _ = try session.requestHint(at: Date(timeIntervalSince1970: 1))
        expect([("?", .hint)], at: try #require(session.currentStep))
        _ = try session.requestHint(at: Date(timeIntervalSince1970: 2))
        expect([("?", .invalid(.noHintsLeft))], at: try #require(session.currentStep))
    }

    @Test func skipIsRefusedWhereTheStepCannotBeSkipped() throws {
        for lesson in ["truefalse", "info"] {
            expect([("s", .invalid(.cannotSkip)), ("skip", .invalid(.cannotSkip))], at: try Fixture.presented(lesson))
        }
        for lesson in ["single", "multi", "order", "match", "likert", "story", "vote", "discussion", "roleplay"] {
            expect([("s", .skip), ("skip", .skip)], at: try Fixture.presented(lesson))
        }
    }

    @Test func commandsAreWholeLinesAndNotWords() throws {
        let single = try Fixture.presented("single")
        // х looks like x; і (the Ukrainian s key) is read as i; words are not commands.
        expectInvalid(["х", "і", "допомога", "помощь", "h h", "q!", "?h", "hq", "рр"], .typeOneNumber, at: single)
    }

    // MARK: - Single choice and vote

    @Test func singleChoiceTakesTheNumberOrLetterOfTheShowingOrder() throws {
        let single = try Fixture.presented("single", order: ["c", "a", "b"])
        expect(
            [
                ("1", .answer(.choice("c"))), ("2", .answer(.choice("a"))), ("3", .answer(.choice("b"))),
                ("a", .answer(.choice("c"))), ("B", .answer(.choice("a"))), ("c", .answer(.choice("b"))),
                (" 2 ", .answer(.choice("a"))), ("\t3\r\n", .answer(.choice("b"))), ("02", .answer(.choice("a"))),
                ("1,", .answer(.choice("c"))),
            ], at: single)
        expectInvalid(
            [
                "", "   ", "d", "z", "1 2", "1,2", "a b", "-1", "+1", "1.0", "one", "aa", "1a",
                "１", "٢", "б", "д", "н", "т",
            ], .typeOneNumber, at: single)
        expect(
            [
                ("0", .invalidAnswer(.numberOutOfRange("0", highest: 3))),
                ("4", .invalidAnswer(.numberOutOfRange("4", highest: 3))),
                ("99999999999999999999999", .invalidAnswer(.numberOutOfRange("99999999999…", highest: 3))),
            ], at: single)
    }

    @Test func cyrillicLookAlikesOfOptionLettersAreTheLetters() throws {
        // As typed on a Ukrainian or Russian keyboard: а в с е are a b c e, in either case.
        let single = try Fixture.presented("single", order: ["c", "a", "b"])
        expect(
            [("а", .answer(.choice("c"))), ("В", .answer(.choice("a"))), ("с", .answer(.choice("b")))], at: single)
        expectInvalid(["е", "б", "ф"], .typeOneNumber, at: single)
        let multi = try Fixture.presented("multi", order: ["d", "c", "b", "a"])
        expect([("а, с", .answer(.choices(["d", "b"]))), ("В а", .answer(.choices(["c", "d"])))], at: multi)
        expectInvalid(["в е"], .typeSeveralNumbers, at: multi)
        let order = try Fixture.presented("order", order: ["three", "one", "two"])
        expect([("с а в", .answer(.order(["two", "three", "one"])))], at: order)
        let match = try Fixture.presented("match", order: ["p3", "p1", "p2"])
        let right: PlayerInput = .answer(.matches(["p1": "p1", "p2": "p2", "p3": "p3"]))
        expect([("а2 в3 с1", right), ("А-2 b3 С:1", right), ("а2в3с1", right)], at: match)
        let many = try Fixture.presented("many", order: (1...20).map { "o\($0)" })
        expect(
            [("і", .answer(.choice("o9"))), ("к", .answer(.choice("o11"))), ("16", .answer(.choice("o16")))], at: many)
        // Not a letter where none is expected: true/false keeps т/н, a short answer its text.
        expect([("т", .answer(.trueFalse(true))), ("н", .answer(.trueFalse(false)))], at: try Fixture.presented("truefalse"))
        expectInvalid(["а"], .typeTrueOrFalse, at: try Fixture.presented("truefalse"))
        expect([("с", .answer(.text("с")))], at: try Fixture.presented("short"))
        expectInvalid(["а"], .typeNumberInRange, at: try Fixture.presented("likert"))
    }

    @Test func lettersHQAndSAreCommandsButTheirNumbersWork() throws {
        let many = try Fixture.presented("many", order: (1...20).map { "o\($0)" })
        expect(
            [
                ("8", .answer(.choice("o8"))), ("10", .answer(.choice("o10"))), ("17", .answer(.choice("o17"))),
                ("19", .answer(.choice("o19"))), ("20", .answer(.choice("o20"))), ("g", .answer(.choice("o7"))),
                ("t", .answer(.choice("o20"))), ("h", .help), ("q", .quit), ("s", .skip),
            ], at: many)
        expectInvalid(["u", "z"], .typeOneNumber, at: many)
        expect([("21", .invalidAnswer(.numberOutOfRange("21", highest: 20)))], at: many)
    }

    @Test func theCommandKeysWorkOnACyrillicLayoutToo() throws {
        // On a Ukrainian or Russian layout the h key types р, q types й, s (Russian) ы.
        let many = try Fixture.presented("many", order: (1...20).map { "o\($0)" })
        expect([("р", .help), ("Р", .help), ("й", .quit), ("ы", .skip), (" р ", .help)], at: many)
        // In an answer р is still the look-alike of p, and a short answer keeps its text.
        let match = try Fixture.presented("match", order: ["p3", "p1", "p2"])
        expect([("р", .help)], at: match)
        expect([("р", .help), ("рука", .answer(.text("рука")))], at: try Fixture.presented("short"))
    }

    @Test func aVoteTakesTheNumberOrLetterOfAnOption() throws {
        let vote = try Fixture.presented("vote", order: ["no", "yes"])
        expect(
            [
                ("1", .answer(.vote("no"))), ("2", .answer(.vote("yes"))), ("A", .answer(.vote("no"))),
                ("b", .answer(.vote("yes"))),
            ], at: vote)
        expectInvalid(["", "c", "1 2", "yes", "так"], .typeOneNumber, at: vote)
        expect([("3", .invalidAnswer(.numberOutOfRange("3", highest: 2))), ("0", .invalidAnswer(.numberOutOfRange("0", highest: 2)))], at: vote)
    }

    // MARK: - Multiple choice

    @Test func multipleChoiceTakesSeveralNumbersOrLetters() throws {
        let multi = try Fixture.presented("multi", order: ["d", "c", "b", "a"])
        expect(
            [
                ("1 3", .answer(.choices(["d", "b"]))), ("a,c", .answer(.choices(["d", "b"]))),
                ("1, 3", .answer(.choices(["d", "b"]))), ("1 ,3", .answer(.choices(["d", "b"]))),
                ("1,,3", .answer(.choices(["d", "b"]))), ("A C", .answer(.choices(["d", "b"]))),
                ("1 c", .answer(.choices(["d", "b"]))), ("3 1", .answer(.choices(["b", "d"]))),
                ("2", .answer(.choices(["c"]))), ("1   2  3 4", .answer(.choices(["d", "c", "b", "a"]))),
                // Duplicates are allowed and dropped.
                ("1 1 3", .answer(.choices(["d", "b"]))), ("3 c 3", .answer(.choices(["b"]))),
            ], at: multi)
        expectInvalid(
            ["", ",", " , , ", "1 e", "ac", "1;3", "1.3", "1/3", "1 and 3"], .typeSeveralNumbers, at: multi)
        expect(
            [
                ("1 5", .invalidAnswer(.numberOutOfRange("5", highest: 4))),
                ("0 1", .invalidAnswer(.numberOutOfRange("0", highest: 4))),
                ("13", .invalidAnswer(.numberOutOfRange("13", highest: 4))),
                ("1 12345678901234", .invalidAnswer(.numberOutOfRange("12345678901…", highest: 4))),
            ], at: multi)
    }

    // MARK: - True or false

    @Test func trueOrFalseInEnglishUkrainianAndRussian() throws {
        let trueFalse = try Fixture.presented("truefalse")
        let trueLines = [
            "t", "T", "true", "True", "y", "yes", "YES", "1", "т", "Т", "так", "Так", "ТАК", "д", "да", "Да",
        ]
        let falseLines = ["f", "F", "false", "n", "no", "No", "2", "н", "Н", "ні", "Ні", "нет", "НЕТ"]
        expect(trueLines.map { ($0, .answer(.trueFalse(true))) }, at: trueFalse)
        expect(falseLines.map { ($0, .answer(.trueFalse(false))) }, at: trueFalse)
        expectInvalid(
            ["", "0", "3", "a", "b", "maybe", "ye", "yes no", "t f", "правда", "нi"], .typeTrueOrFalse, at: trueFalse)
        // The same words whatever the language shown.
        expect(
            [("так", .answer(.trueFalse(true))), ("no", .answer(.trueFalse(false)))],
            at: try Fixture.presented("truefalse", language: "ru"))
    }

    // MARK: - Ordering

    @Test func orderingMapsTheShownNumbersToItemIds() throws {
        let order = try Fixture.presented("order", order: ["three", "one", "two"])
        expect(
            [
                ("3 1 2", .answer(.order(["two", "three", "one"]))),
                ("1,2,3", .answer(.order(["three", "one", "two"]))),
                ("2, 3, 1", .answer(.order(["one", "two", "three"]))),
                ("c a b", .answer(.order(["two", "three", "one"]))),
                (" 2 3 1 ", .answer(.order(["one", "two", "three"]))),
            ], at: order)
        expectInvalid(["", "1-2-3", "a b d", "1 2 x"], .typeOrder, at: order)
        expect(
            [
                ("1 2", .invalidAnswer(.notAllPlaced(count: 3))), ("1 2 3 1", .invalidAnswer(.placedTwice("1"))),
                ("1 1 2", .invalidAnswer(.placedTwice("1"))), ("c a c", .invalidAnswer(.placedTwice("c"))),
                ("1 2 4", .invalidAnswer(.numberOutOfRange("4", highest: 3))),
                ("0 1 2", .invalidAnswer(.numberOutOfRange("0", highest: 3))),
                ("312", .invalidAnswer(.numberOutOfRange("312", highest: 3))),
            ], at: order)
    }

    // MARK: - Matching

    @Test func matchingMapsLettersToPairsAndNumbersToRightSides() throws {
        // Left sides a, b, c are p1, p2, p3 (file order); right sides 1, 2, 3 are p3, p1, p2.
        let match = try Fixture.presented("match", order: ["p3", "p1", "p2"])
        let right: PlayerInput = .answer(.matches(["p1": "p1", "p2": "p2", "p3": "p3"]))
        expect(
            [
                ("a2 b3 c1", right), ("a-2 b-3 c-1", right), ("a:2 b:3 c:1", right), ("a2,b3,c1", right),
                ("a2, b3, c1", right), ("a2b3c1", right), ("C1 A2 B3", right), ("a - 2 b: 3 c 1", right),
                ("a1 b2 c3", .answer(.matches(["p1": "p3", "p2": "p1", "p3": "p2"]))),
            ], at: match)
        expectInvalid(
            [
                "", "2a 3b 1c", "a b c", "a2 b3 c", "a–2 b3 c1", "a=2 b3 c1", "a--2 b3 c1", "1 2 3", "б2 b3 c1",
                "help me", "dog", "x",
            ], .typePairs, at: match)
        expect(
            [
                ("a2 b3", .invalidAnswer(.lettersWithoutNumber("c"))), ("b3", .invalidAnswer(.lettersWithoutNumber("a, c"))),
                ("a2 a3 c1", .invalidAnswer(.letterGivenTwice("a"))), ("a2 b2 c1", .invalidAnswer(.numberGivenTwice("2"))),
                ("а2 в2 с1", .invalidAnswer(.numberGivenTwice("2"))),
                ("d1 a2 b3", .invalidAnswer(.letterOutOfRange("d", last: "c"))),
                ("a2 b3 c1 x2", .invalidAnswer(.letterOutOfRange("x", last: "c"))),
                ("a2 b3 c1 d4", .invalidAnswer(.letterOutOfRange("d", last: "c"))),
                ("a4 b3 c1", .invalidAnswer(.numberOutOfRange("4", highest: 3))),
                ("a0 b3 c1", .invalidAnswer(.numberOutOfRange("0", highest: 3))),
            ], at: match)
    }

    // MARK: - Short answer

    @Test func aShortAnswerIsAnyOtherText() throws {
        let short = try Fixture.presented("short")
        expect(
            [
                ("block", .answer(.text("block"))), ("  Block  ", .answer(.text("Block"))),
                ("report the  profile", .answer(.text("report the  profile"))),
                ("блокувати", .answer(.text("блокувати"))), ("🙂", .answer(.text("🙂"))),
                ("1", .answer(.text("1"))), ("??", .answer(.text("??"))), ("ss", .answer(.text("ss"))),
                // Only the one-character commands count here: these are answers.
                ("help", .answer(.text("help"))), ("Skip", .answer(.text("Skip"))), ("quit", .answer(.text("quit"))),
                // …and these are commands, so they cannot be given as answers.
                ("h", .help), ("q", .quit), ("?", .hint), ("s", .invalid(.cannotSkip)),
            ], at: short)
        expectInvalid(["", "   "], .typeShortAnswer, at: short)
    }

    // MARK: - Likert and scenario

    @Test func likertTakesANumberOnTheScale() throws {
        let likert = try Fixture.presented("likert")
        expect((1...5).map { ("\($0)", .answer(.likert($0))) }, at: likert)
        expect([(" 4 ", .answer(.likert(4))), ("05", .answer(.likert(5)))], at: likert)
        expectInvalid(["", "0", "6", "a", "e", "1 2", "3.5", "-1", "five"], .typeNumberInRange, at: likert)
        #expect(AnswerInput.message(.typeNumberInRange, for: likert) == "Type a number from 1 to 5")
    }

    @Test func aScenarioChoiceIsItsPositionInTheShowingOrder() throws {
        let story = try Fixture.presented("story", choiceOrder: [2, 0, 1])
        expect(
            [
                ("1", .answer(.scenarioChoice(2))), ("2", .answer(.scenarioChoice(0))),
                ("3", .answer(.scenarioChoice(1))), ("a", .answer(.scenarioChoice(2))),
                ("C", .answer(.scenarioChoice(1))),
            ], at: story)
        expectInvalid(["", "0", "4", "d", "1 2"], .typeNumberInRange, at: story)
        #expect(AnswerInput.message(.typeNumberInRange, for: story) == "Type a number from 1 to 3")

        // The second node has one choice.
        var session = try Fixture.session("story", language: "uk")
        _ = try session.answer(.scenarioChoice(0), at: Date(timeIntervalSince1970: 1))
        let second = try #require(session.currentStep)
        #expect(second.scenarioChoiceOrder == [0])
        expect([("1", .answer(.scenarioChoice(0))), ("a", .answer(.scenarioChoice(0)))], at: second)
        expectInvalid(["", "2", "b"], .typeOne, at: second)
        #expect(AnswerInput.message(.typeOne, for: second) == "Напиши 1, щоб обрати цей варіант")
    }

    // MARK: - Enter

    @Test func enterGoesOnFromTextDiscussionAndRolePlay() throws {
        for lesson in ["info", "discussion", "roleplay"] {
            let presented = try Fixture.presented(lesson)
            expect(
                [("", .continueOn), ("   ", .continueOn), ("\t", .continueOn), ("\r\n", .continueOn)], at: presented)
            expectInvalid(["ok", "1", "a", "yes", "next", "\u{1B}"], .pressEnter, at: presented)
            #expect(AnswerInput.example(for: presented) == .pressEnter)
        }
    }

    @Test func enterGoesOnFromAQuestionOnlyOnceNoTryIsLeft() throws {
        var session = try Fixture.session("single")
        expectInvalid([""], .typeOneNumber, at: try #require(session.currentStep))
        _ = try session.answer(.choice("b"), at: Date(timeIntervalSince1970: 1))
        var answered = try #require(session.currentStep)
        answered.order = ["a", "b", "c"]
        #expect(answered.attemptsUsed == 1 && answered.attemptsLeft == 2)
        // At a second try Enter is no answer and keeps the try; another answer is another attempt.
        expectInvalid(["", " ", "\t", "\r\n"], .typeOneNumber, at: answered)
        expect([("1", .answer(.choice("a"))), ("h", .help)], at: answered)
        expect([("4", .invalidAnswer(.numberOutOfRange("4", highest: 3)))], at: answered)

        // With no attempts left only Enter (and the commands) fit.
        answered.attemptsUsed = 3
        answered.attemptsLeft = 0
        expect([("", .continueOn), ("q", .quit)], at: answered)
        expectInvalid(["1", "a"], .pressEnter, at: answered)
    }

    @Test func enterAloneIsNoAnswerToAnUnansweredStep() throws {
        let expected: [(String, PlayerWords.Key)] = [
            ("single", .typeOneNumber), ("multi", .typeSeveralNumbers), ("truefalse", .typeTrueOrFalse),
            ("order", .typeOrder), ("match", .typePairs), ("short", .typeShortAnswer), ("likert", .typeNumberInRange),
            ("story", .typeNumberInRange), ("vote", .typeOneNumber),
        ]
        for (lesson, key) in expected {
            let presented = try Fixture.presented(lesson)
            #expect(AnswerInput.example(for: presented) == key, "\(lesson)")
            expectInvalid(["", " \t "], key, at: presented)
        }
    }

    // MARK: - Hostile input

    @Test func controlCharactersAnywhereAreInvalid() throws {
        let single = try Fixture.presented("single", order: ["a", "b", "c"])
        expectInvalid(
            [
                "1\u{1B}[A", "\u{1B}[A", "\u{1B}", "1\u{0}", "\u{0}", "1\u{7F}", "a\tb", "1\u{85}2", "1\u{2028}2",
                "\u{9B}1",
            ],
            .typeOneNumber, at: single)
        let short = try Fixture.presented("short")
        expectInvalid(
            ["bl\u{0}ock", "block\u{7}", "bl\tock", "bl\nock", "bl\rock", "\u{1B}[31mblock"], .typeShortAnswer,
            at: short)
    }

    @Test func overFiveHundredCharactersIsInvalid() throws {
        let short = try Fixture.presented("short")
        let longest = String(repeating: "я", count: AnswerInput.maximumLength)
        expect([(longest, .answer(.text(longest))), ("  \(longest)\n", .answer(.text(longest)))], at: short)
        expectInvalid(
            [longest + "я", longest + " я", String(repeating: "e\u{301}", count: 251)], .typeShortAnswer, at: short)
        // A very long line is refused at once, whatever the step.
        let huge = String(repeating: "1 ", count: 500_000)
        expectInvalid([huge], .typeSeveralNumbers, at: try Fixture.presented("multi"))
        expectInvalid([huge], .pressEnter, at: try Fixture.presented("info"))
        expect(
            [(String(repeating: "9", count: 400), .invalidAnswer(.numberOutOfRange("99999999999…", highest: 3)))],
            at: try Fixture.presented("single"))
    }

    /// Random lines over the characters that matter, and a few well-formed ones, never
    /// crash the reader, and every answer, Enter, hint and skip it gives is one the engine
    /// takes, on the real (shuffled) showing order.
    @Test func everyInputReadIsOneTheEngineTakes() throws {
        let alphabet = [
            "1", "2", "3", "4", "0", "a", "b", "c", "d", "h", "q", "s", "t", "f", "y", "n", "т", "н", "так", "?", " ",
            ",", "-", ":", "\t", "\u{1B}", "é", "9",
        ]
        let wellFormed = [
            "", "1", "2", "3", "a", "1 3", "3 1 2", "2 1", "a2 b3 c1", "a1 b2", "t", "н", "block", "?", "s",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let lessons = [
            "single", "many", "multi", "truefalse", "order", "order-two", "match", "short", "likert", "story", "vote",
            "info", "discussion", "roleplay",
        ]
        for lesson in lessons {
            let session = try Fixture.session(lesson, seed: 7)
            let presented = try #require(session.currentStep)
            let random = (0..<400).map { _ in (0..<next(9)).map { _ in alphabet[next(alphabet.count)] }.joined() }
            var taken = 0
            for line in wellFormed + random {
                var copy = session
                let at = Date(timeIntervalSince1970: 1)
                do {
                    switch AnswerInput.parse(line, for: presented) {
                    case .answer(let answer): _ = try copy.answer(answer, at: at)
                    case .continueOn: _ = try copy.continueOn(at: at)
                    case .hint: _ = try copy.requestHint(at: at)
                    case .skip: _ = try copy.skip(at: at)
                    case .help, .sources, .quit, .invalid, .invalidAnswer: continue
                    case .tally, .countVotes, .disclosureCard, .invalidTally, .facilitatorNotes:
                        Issue.record("\(line.debugDescription): a learner's input read as a facilitator's")
                        continue
                    }
                    taken += 1
                } catch {
                    Issue.record("\(line.debugDescription) on \(lesson): the engine refused it: \(error)")
                }
            }
            #expect(taken >= 3, "\(lesson): only \(taken) inputs were more than help, quit or invalid")
        }
    }

    // MARK: - Messages for the step

    @Test func whatIsWrongIsNamedWithAnExampleThatFits() throws {
        let match = try Fixture.presented("match", order: ["p3", "p1", "p2"])
        let orderTwo = try Fixture.presented("order-two")
        let cases: [(String, PresentedStep, String)] = [
            ("a2 b2 c1", match, "2 is given to two letters. Each number goes with one letter, for example a2\u{A0}b1\u{A0}c3"),
            ("a2 a3 c1", match, "The letter a has two numbers. Give each letter one number, for example a2\u{A0}b1\u{A0}c3"),
            ("b3", match, "Still without a number: a, c. Give each letter one number, for example a2\u{A0}b1\u{A0}c3"),
            ("a2 e1", match, "e is not one of the letters here; they go from a to c."),
            ("a7", match, "7 is not one of the numbers here; they go from 1 to 3."),
            ("2 2", orderTwo, "2 is there twice. Use each number once, for example 2\u{A0}1"),
            ("1", orderTwo, "Put all 2 numbers in order, for example 2\u{A0}1"),
        ]
        for (line, presented, expected) in cases {
            guard case .invalidAnswer(let problem) = AnswerInput.parse(line, for: presented) else {
                Issue.record("\(line.debugDescription): no problem named")
                continue
            }
            #expect(AnswerInput.message(problem, for: presented) == expected)
        }
        var ukrainian = match
        ukrainian.language = "uk"
        #expect(
            AnswerInput.message(.numberGivenTwice("2"), for: ukrainian)
                == "Номер 2 стоїть біля кількох літер. Кожен номер — лише для однієї літери, наприклад a2\u{A0}b1\u{A0}c3")
    }

    @Test func examplesFitTheStep() throws {
        let cases: [(String, PlayerWords.Key, String)] = [
            ("single", .typeOneNumber, "Type the number of your answer, for example 2"),
            ("multi", .typeSeveralNumbers, "Type the numbers of all answers you choose, for example 1 3"),
            ("order", .typeOrder, "Type the numbers in the right order, for example 3 1 2"),
            ("order-two", .typeOrder, "Type the numbers in the right order, for example 2 1"),
            ("match", .typePairs, "Type a letter and a number for each pair, for example a2 b1 c3"),
            ("truefalse", .typeTrueOrFalse, "Type t for true or f for false"),
            ("short", .typeShortAnswer, "Type your answer in a word or two"),
            ("likert", .typeNumberInRange, "Type a number from 1 to 5"),
            ("story", .typeNumberInRange, "Type a number from 1 to 3"),
            ("vote", .typeOneNumber, "Type the number of your answer, for example 2"),
            ("info", .pressEnter, "Press Enter to go on"),
        ]
        for (lesson, key, text) in cases {
            let presented = try Fixture.presented(lesson)
            #expect(AnswerInput.example(for: presented) == key, "\(lesson)")
            #expect(AnswerInput.message(key, for: presented) == text, "\(lesson)")
        }
        #expect(
            AnswerInput.message(.typeOrder, for: try Fixture.presented("order-two", language: "uk"))
                == "Напиши номери в правильному порядку, наприклад 2 1")
        #expect(
            AnswerInput.message(.typeTrueOrFalse, for: try Fixture.presented("truefalse", language: "ru"))
                == "Напиши д, если это правда, или н, если нет")
    }

    @Test func theCommandLineShowsOnlyWhatCanBeDone() throws {
        #expect(
            AnswerInput.commandLine(for: try Fixture.presented("single"))
                == "? hint · h help · s skip · q save and quit")
        #expect(AnswerInput.commandLine(for: try Fixture.presented("truefalse")) == "h help · q save and quit")
        #expect(AnswerInput.commandLine(for: try Fixture.presented("multi")) == "h help · s skip · q save and quit")
        #expect(
            AnswerInput.commandLine(for: try Fixture.presented("short", language: "uk"))
                == "? підказка · h допомога · q зберегти й вийти")
        for language in PlayerWords.languages {
            #expect(
                AnswerInput.commandLine(for: try Fixture.presented("single", language: language))
                    == PlayerWords.text(.commands, language: language))
        }
    }

    // MARK: - Player words

    @Test func everyKeyHasEnglishUkrainianAndRussian() {
        for key in PlayerWords.Key.allCases {
            let texts = PlayerWords.languages.map { PlayerWords.text(key, language: $0) }
            #expect(texts.allSatisfy { !$0.isEmpty && $0 == $0.trimmingCharacters(in: .whitespaces) }, "\(key)")
            #expect(Set(texts).count == 3, "\(key): \(texts)")
            #expect(!texts.contains { $0.contains("{") || $0.contains("}") }, "\(key): an unfilled value")
            // The same values in every language.
            let words = PlayerWords.words(for: key)
            let placeholders = [words.en, words.uk, words.ru].map(placeholders(in:))
            #expect(placeholders.allSatisfy { $0 == placeholders[0] }, "\(key)")
            #expect(placeholders[0].count == PlayerWords.defaultValues(for: key).count, "\(key)")
            // Ukrainian and Russian are not mixed up.
            #expect(!texts[1].contains { "ыэъё".contains($0) }, "\(key) uk: \(texts[1])")
            #expect(!texts[2].contains { "іїєґ".contains($0) }, "\(key) ru: \(texts[2])")
            #expect(texts[1].contains { ("а"..."я").contains($0) || "іїєґ".contains($0) }, "\(key) uk")
            #expect(texts[2].contains { ("а"..."я").contains($0) }, "\(key) ru")
        }
    }

    @Test func theIssuesWordsInEnglish() {
        let expected: [(PlayerWords.Key, String)] = [
            (.typeOneNumber, "Type the number of your answer, for example 2"),
            (.typeSeveralNumbers, "Type the numbers of all answers you choose, for example 1 3"),
            (.typeOrder, "Type the numbers in the right order, for example 3 1 2"),
            (.typePairs, "Type a letter and a number for each pair, for example a2 b1 c3"),
            (.typeTrueOrFalse, "Type t for true or f for false"),
            (.typeShortAnswer, "Type your answer in a word or two"),
            (.typeNumberInRange, "Type a number from 1 to 5"),
            (.pressEnter, "Press Enter to go on"),
            (.commands, "? hint · h help · s skip · q save and quit"),
            (.yourAnswer, "Your answer:"),
        ]
        for (key, text) in expected { #expect(PlayerWords.text(key, language: "en") == text) }
        #expect(PlayerWords.text(.yourAnswer, language: "uk") == "Твоя відповідь:")
        #expect(PlayerWords.text(.yourAnswer, language: "ru") == "Твой ответ:")
    }

    @Test func theCommandsLineIsItsFourParts() {
        for language in PlayerWords.languages {
            let parts = [PlayerWords.Key.commandHint, .commandHelp, .commandSkip, .commandQuit]
                .map { PlayerWords.text($0, language: language) }
            #expect(PlayerWords.text(.commands, language: language) == parts.joined(separator: " · "))
        }
    }

    @Test func valuesAreFilledInAndOtherLanguagesFallBackToEnglish() {
        #expect(
            PlayerWords.text(.typeNumberInRange, language: "en", values: ["1", "7"]) == "Type a number from 1 to 7")
        #expect(PlayerWords.text(.typeNumberInRange, language: "uk", values: ["1", "3"]) == "Напиши число від 1 до 3")
        #expect(PlayerWords.text(.typeNumberInRange, language: "ru", values: ["2", "4"]) == "Напиши число от 2 до 4")
        // A value not given is the default; a value is never filled in again.
        #expect(PlayerWords.text(.typeNumberInRange, language: "en", values: ["0"]) == "Type a number from 0 to 5")
        #expect(
            PlayerWords.text(.typeNumberInRange, language: "en", values: ["{1}", "5"]) == "Type a number from {1} to 5")
        #expect(
            PlayerWords.text(.typeOrder, language: "en", values: ["2 1"])
                == "Type the numbers in the right order, for example 2 1")
        // Values for a text without any are ignored.
        #expect(PlayerWords.text(.yourAnswer, language: "en", values: ["x"]) == "Your answer:")
        // Languages.
        #expect(PlayerWords.text(.yourAnswer, language: "pl") == "Your answer:")
        #expect(PlayerWords.text(.yourAnswer, language: "") == "Your answer:")
        #expect(PlayerWords.text(.yourAnswer, language: "uk-UA") == "Твоя відповідь:")
        #expect(PlayerWords.text(.yourAnswer, language: "RU") == "Твой ответ:")
        #expect(PlayerWords.text(.yourAnswer, language: "ru_UA") == "Твой ответ:")
        #expect(PlayerWords.text(.yourAnswer, language: "ukr") == "Your answer:")
    }

    private func placeholders(in text: String) -> Set<String> {
        var found: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.insert(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }
}
