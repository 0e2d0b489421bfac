import Foundation
import LessonEngine
import LessonPack
import Testing

@testable import TerminalPlayer

/// A pre-test as a learner sees it: no verdict, no feedback, no hint, no score; only that
/// each answer is saved, in every language of the player.
@Suite struct PreTestScreensTests {
    private static func t(_ en: String, _ uk: String, _ ru: String) -> String { PlayerTestPack.t(en, uk, ru) }

    /// The player's test pack with a pre-test whose one item has a hint, feedback and two tries.
    static let pack: Pack = {
        let preTest = """
              <assessment id="pre" kind="pre-test">
                <title>\(t("Before", "До", "До"))</title>
                <true-false id="pre-tf" answer="true" objectives="obj-act" max-attempts="2">
                  <prompt>\(t("Blocking helps.", "Блокування допомагає.", "Блокировка помогает."))</prompt>
                  <hint>\(t("Think of the block button.", "Згадай кнопку блокування.", "Вспомни кнопку блокировки."))</hint>
                  <feedback when="wrong">\(t("Blocking stops the messages.", "Блокування зупиняє повідомлення.", "Блокировка останавливает сообщения."))</feedback>
                </true-false>
              </assessment>
            </pack>
            """
        let xml = PlayerTestPack.xml.replacingOccurrences(of: "</pack>", with: preTest)
        return PackValidator(today: PlayerTestPack.today).validate(bytes: Array(xml.utf8), file: "pre-test.xml").pack!
    }()

    private func session(_ language: String) throws -> LessonSession {
        try LessonSession.start(
            pack: Self.pack, lessonId: "pre", learner: Learner(age: 14, language: language), seed: 1,
            at: Date(timeIntervalSince1970: 0))
    }

    private let screens = TextScreens()

    @Test(arguments: ["en", "uk", "ru"])
    func aWrongAnswerIsOnlySaved(_ language: String) throws {
        var session = try session(language)
        let presented = try #require(session.currentStep)
        #expect(!AnswerInput.commandLine(for: presented).contains("?"), "no hint is offered")
        let outcome = try session.answer(.trueFalse(false), at: Date(timeIntervalSince1970: 10))
        let screen = screens.outcome(
            outcome, presented: presented, pack: Self.pack,
            style: ScreenStyle(width: 60, language: language, usesColor: false, isPlain: false))
        #expect(screen.contains(PlayerWords.text(.answerSaved, language: language)))
        for hidden: PlayerWords.Key in [.verdictWrong, .verdictCorrect, .verdictRecorded] {
            #expect(!screen.contains(PlayerWords.text(hidden, language: language)), "\(hidden) in \(screen)")
        }
        #expect(!screen.contains("Blocking stops") && !screen.contains("зупиняє") && !screen.contains("останавливает"))
        #expect(!screen.contains(PlayerWords.text(.tryAgain, language: language, values: ["1"])))
    }

    @Test func theEndOfAPreTestHasNoScore() throws {
        var session = try session("en")
        _ = try session.answer(.trueFalse(false), at: Date(timeIntervalSince1970: 10))
        let lesson = try #require(Self.pack.lessons.first { $0.id == "pre" })
        let screen = screens.summary(
            session.result, lesson: lesson, pack: Self.pack,
            style: ScreenStyle(width: 80, language: "en", usesColor: false, isPlain: true))
        #expect(screen.contains("your answers are saved"))
        #expect(!screen.contains("You scored"))
        #expect(!screen.contains("Not passed"))
        #expect(!screen.contains("Skills in this lesson"))
    }
}
