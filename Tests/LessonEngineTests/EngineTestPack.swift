import Foundation
import LessonPack
import Testing

@testable import LessonEngine

/// A small pack built for the engine's rule tests (ScoringTests, SessionRulesTests): one
/// lesson per question kind, so each test starts on the step it is about, and a few lessons
/// for results, scenarios, group mode, ages and prerequisites.
///
/// Ukrainian is the default language; English is the other one. Points are chosen so that
/// every expected value is exact: 6 points × (1 − 0.25 × hints) × (1 − (attempt − 1) ÷ 3).
enum EngineTestPack {
    /// `<t>` elements in both languages.
    private static func t(_ uk: String, _ en: String) -> String {
        "<t lang=\"uk\">\(uk)</t><t lang=\"en\">\(en)</t>"
    }

    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pack xmlns="urn:oberih:pack:1" id="engine-test" version="1.0.0" default-lang="uk" langs="uk en"
              age-min="12" age-max="16" risk="contact" topic="privacy" minutes="30" items-per-objective="1">
          <title>\(t("Тести рушія", "Engine tests"))</title>
          <summary>\(t("Набір для тестів рушія.", "A pack for the engine's tests."))</summary>
          <authors><author>Oberih tests</author></authors>
          <licence>CC-BY-SA-4.0</licence>
          <objectives>
            <objective id="obj-spot">\(t("Помічати небезпеку", "Spot a risk"))</objective>
            <objective id="obj-act">\(t("Діяти безпечно", "Act safely"))</objective>
          </objectives>
          <constructs>
            <construct id="aware" kind="awareness">\(t("Обізнаність", "Awareness"))</construct>
          </constructs>
          <support>
            <contact id="ua-line" country="UA" source="https://example.org/ua" verified="2026-11-01" for="talk" status="published">
              <name>\(t("Дитяча лінія", "Child line"))</name>
              <phone>116 111</phone>
              <purpose>\(t("Підтримка", "Support"))</purpose>
            </contact>
          </support>

          <lesson id="single" objectives="obj-spot" pass-mark="50">
            <title>\(t("Один варіант", "Single choice"))</title>
            <single-choice id="q-single" points="6" max-attempts="3" skippable="false">
              <prompt>\(t("Незнайомець пише знову і знову. Що допоможе?", "A stranger keeps writing. What helps?"))</prompt>
              <option id="a" correct="true"><label>\(t("Заблокувати і поскаржитися", "Block and report"))</label>
                <feedback>\(t("Блокування зупиняє контакт.", "Blocking stops the contact."))</feedback></option>
              <option id="b"><label>\(t("Відповісти сердито", "Reply angrily"))</label>
                <feedback>\(t("Відповідь продовжує контакт.", "A reply keeps the contact going."))</feedback></option>
              <option id="c"><label>\(t("Видалити застосунок", "Delete the app"))</label></option>
              <hint>\(t("Один варіант зупиняє контакт.", "One option stops the contact."))</hint>
              <hint>\(t("Шукайте варіант, де допомагає платформа.", "Look for the option where the platform helps."))</hint>
              <feedback when="correct">\(t("Так: заблокувати і поскаржитися.", "Yes: block and report."))</feedback>
              <feedback when="wrong">\(t("Ще ні. Подумайте, що зупинить контакт.", "Not yet. Think about what stops the contact."))</feedback>
            </single-choice>
          </lesson>

          <lesson id="multi" objectives="obj-spot">
            <title>\(t("Кілька варіантів", "Multiple choice"))</title>
            <multiple-choice id="q-multi" points="4" shuffle="true">
              <prompt>\(t("Що з цього допомагає?", "Which of these help?"))</prompt>
              <option id="a" correct="true"><label>\(t("Заблокувати", "Block"))</label>
                <feedback>\(t("Блокування допомагає.", "Blocking helps."))</feedback></option>
              <option id="b" correct="true"><label>\(t("Розповісти дорослому", "Tell an adult"))</label></option>
              <option id="c"><label>\(t("Заплатити", "Pay"))</label>
                <feedback>\(t("Оплата не зупиняє шантаж.", "Paying does not stop blackmail."))</feedback></option>
              <option id="d"><label>\(t("Чекати", "Wait"))</label></option>
              <feedback when="correct">\(t("Усе правильно.", "All right."))</feedback>
              <feedback when="partly">\(t("Частково правильно.", "Partly right."))</feedback>
              <feedback when="wrong">\(t("Неправильно.", "Not right."))</feedback>
            </multiple-choice>
          </lesson>

          <lesson id="truefalse">
            <title>\(t("Так чи ні", "True or false"))</title>
            <true-false id="q-tf" answer="false" points="2">
              <prompt>\(t("Блокування завжди бачить інша людина.", "The other person always sees a block."))</prompt>
              <feedback when="correct">\(t("Правильно, не завжди.", "Right, not always."))</feedback>
              <feedback when="wrong">\(t("Не завжди: часто вона не дізнається.", "Not always: often they never know."))</feedback>
            </true-false>
          </lesson>

          <lesson id="order">
            <title>\(t("Порядок", "Ordering"))</title>
            <ordering id="q-order" points="4" max-attempts="2">
              <prompt>\(t("Упорядкуйте кроки.", "Put the steps in order."))</prompt>
              <item id="first">\(t("Зупинитися", "Stop"))</item>
              <item id="second">\(t("Зберегти докази", "Save evidence"))</item>
              <item id="third">\(t("Заблокувати", "Block"))</item>
              <item id="fourth">\(t("Розповісти", "Tell someone"))</item>
              <feedback when="correct">\(t("Саме так.", "Exactly."))</feedback>
              <feedback when="wrong">\(t("Перегляньте порядок.", "Look at the order again."))</feedback>
            </ordering>
          </lesson>

          <lesson id="match">
            <title>\(t("Пари", "Matching"))</title>
            <matching id="q-match" points="3">
              <prompt>\(t("Поєднайте.", "Match them."))</prompt>
              <pair id="p1"><left>\(t("116 111", "116 111"))</left><right>\(t("Дитяча лінія", "Child line"))</right></pair>
              <pair id="p2"><left>\(t("102", "102"))</left><right>\(t("Поліція", "Police"))</right></pair>
              <pair id="p3"><left>\(t("Скарга", "Report"))</left><right>\(t("Платформа", "Platform"))</right></pair>
            </matching>
          </lesson>

          <lesson id="short">
            <title>\(t("Коротка відповідь", "Short answer"))</title>
            <short-answer id="q-short" points="2" max-attempts="2">
              <prompt>\(t("Що зробити з профілем, що погрожує?", "What do you do with a profile that threatens you?"))</prompt>
              <accept lang="uk">блокувати</accept>
              <accept lang="en">block</accept>
              <accept lang="en">Report  the   Proﬁle</accept>
              <feedback when="correct">\(t("Так.", "Yes."))</feedback>
            </short-answer>
          </lesson>

          <lesson id="scenario" objectives="obj-act">
            <title>\(t("Історія", "Story"))</title>
            <scenario id="story" start="n1">
              <node id="n1">
                <text>\(t("Олесі пише незнайомець.", "A stranger writes to Olesia."))</text>
                <choice target="n2" points="1"><label>\(t("Розповісти подрузі", "Tell a friend"))</label></choice>
                <choice target="end-alone"><label>\(t("Нікому не казати", "Tell nobody"))</label></choice>
              </node>
              <node id="n2">
                <text>\(t("Подруга слухає.", "The friend listens."))</text>
                <choice target="n1" points="1"><label>\(t("Ще подумати", "Think again"))</label></choice>
                <choice target="n3" points="2"><label>\(t("Розповісти дорослому", "Tell an adult"))</label></choice>
              </node>
              <node id="n3">
                <text>\(t("Дорослий допомагає.", "An adult helps."))</text>
                <choice target="end-safe" points="2"><label>\(t("Поскаржитися разом", "Report it together"))</label>
                  <feedback>\(t("Скарга допомагає платформі діяти.", "A report lets the platform act."))</feedback></choice>
                <choice target="n2"><label>\(t("Почекати", "Wait"))</label></choice>
              </node>
              <ending id="end-safe" outcome="positive"><text>\(t("Контакт зупинено.", "The contact stops."))</text></ending>
              <ending id="end-alone" outcome="mixed" contacts="ua-line"><text>\(t("Допомога поруч.", "Help is there."))</text></ending>
            </scenario>
          </lesson>

          <lesson id="group">
            <title>\(t("Група", "Group"))</title>
            <vote id="v1">
              <prompt>\(t("Чи варто відповідати?", "Should you reply?"))</prompt>
              <option id="yes"><label>\(t("Так", "Yes"))</label></option>
              <option id="no"><label>\(t("Ні", "No"))</label></option>
            </vote>
            <discussion id="d1" audience="both">
              <prompt>\(t("Обговоріть.", "Talk it over."))</prompt>
              <facilitator-note>\(t("Слухайте кожного.", "Listen to everyone."))</facilitator-note>
            </discussion>
            <role-play id="r1" audience="both">
              <setup>\(t("Потренуйтеся.", "Practise."))</setup>
              <role id="friend"><name>\(t("Друг", "Friend"))</name><brief>\(t("Допоможи", "Help"))</brief></role>
            </role-play>
          </lesson>

          <lesson id="mixed" objectives="obj-spot" pass-mark="60">
            <title>\(t("Усе разом", "Everything"))</title>
            <text id="m-intro"><body>\(t("Почнімо.", "Let us start."))</body></text>
            <single-choice id="m1" points="2" objectives="obj-spot">
              <prompt>\(t("Хто може бачити публічний профіль?", "Who can see a public profile?"))</prompt>
              <option id="all" correct="true"><label>\(t("Будь-хто", "Anyone"))</label></option>
              <option id="friends"><label>\(t("Лише друзі", "Only friends"))</label></option>
            </single-choice>
            <true-false id="m2" answer="true" objectives="obj-act">
              <prompt>\(t("Можна поскаржитися на допис.", "You can report a post."))</prompt>
            </true-false>
            <true-false id="m3" answer="false" skippable="false">
              <prompt>\(t("Паролем варто ділитися.", "A password is for sharing."))</prompt>
            </true-false>
            <likert id="m-likert" construct="aware" scale="5">
              <statement>\(t("Я знаю, як поскаржитися.", "I know how to report."))</statement>
            </likert>
            <single-choice id="m4" objectives="obj-spot obj-act">
              <prompt>\(t("Що робити з погрозою?", "What to do with a threat?"))</prompt>
              <option id="tell" correct="true"><label>\(t("Розповісти", "Tell someone"))</label></option>
              <option id="hide"><label>\(t("Приховати", "Hide it"))</label></option>
            </single-choice>
          </lesson>

          <lesson id="boundary" pass-mark="58">
            <title>\(t("Межа", "Boundary"))</title>
            <true-false id="b1" answer="true" points="29">
              <prompt>\(t("Скаргу можна подати анонімно.", "A report can be anonymous."))</prompt>
            </true-false>
            <true-false id="b2" answer="true" points="21">
              <prompt>\(t("Докази варто зберегти.", "Evidence is worth keeping."))</prompt>
            </true-false>
          </lesson>

          <lesson id="older" age-min="14">
            <title>\(t("Для старших", "For older learners"))</title>
            <text id="older-text"><body>\(t("Для 14-16 років.", "For ages 14-16."))</body></text>
          </lesson>

          <lesson id="advanced" requires="single multi">
            <title>\(t("Далі", "Next"))</title>
            <text id="advanced-text"><body>\(t("Після двох уроків.", "After two lessons."))</body></text>
          </lesson>

          <assessment id="pre" kind="pre-test">
            <title>\(t("До", "Before"))</title>
            <true-false id="pre-tf" answer="true" objectives="obj-spot">
              <prompt>\(t("Блокування допомагає.", "Blocking helps."))</prompt>
            </true-false>
          </assessment>
          <assessment id="post" kind="post-test">
            <title>\(t("Після", "After"))</title>
            <true-false id="post-tf" answer="false" objectives="obj-spot">
              <prompt>\(t("Блокування ніколи не допомагає.", "Blocking never helps."))</prompt>
            </true-false>
          </assessment>
          <assessment id="attitudes" kind="survey" timing="before">
            <title>\(t("Ваша думка", "What you think"))</title>
            <likert id="l1" construct="aware" scale="5">
              <statement>\(t("Я знаю, як заблокувати.", "I know how to block."))</statement>
            </likert>
          </assessment>
        </pack>
        """

    /// The day the pack is validated on (its contact was verified shortly before).
    static let today = Date(timeIntervalSince1970: 1_796_515_200)  // 2026-12-06

    static let validation = PackValidator(today: today).validate(bytes: Array(xml.utf8), file: "engine-test.xml")

    /// The decoded pack; `ScoringTests.theTestPackIsValid` checks it has no errors.
    static let pack: Pack = validation.pack!

    /// `seconds` after the session start time.
    static func at(_ seconds: Double) -> Date {
        EngineFixtures.epoch.addingTimeInterval(seconds)
    }

    /// Starts `lessonId` at time 0 for a learner of 14 (inside 12-16) reading Ukrainian.
    static func start(
        _ lessonId: String, age: Int = 14, language: String = "uk", mode: SessionMode = .individual,
        seed: UInt64 = 1, passed: Set<String> = [], ageOverride: AgeOverride? = nil, in pack: Pack = pack
    ) throws -> LessonSession {
        try LessonSession.start(
            pack: pack, lessonId: lessonId, learner: Learner(age: age, language: language, country: "UA"), mode: mode,
            seed: seed, passedLessons: passed, ageOverride: ageOverride, at: at(0))
    }

    /// The texts of `feedback` in `language`.
    static func texts(_ feedback: [LocalizedText], in language: String = "uk") -> [String] {
        feedback.map { $0.text(in: language, fallback: "uk") }
    }

    /// The step `id` of the test pack.
    static func step(_ id: String) -> Step {
        pack.lessons.flatMap(\.steps).first { $0.id == id }!
    }

    /// A copy of the test pack with the question of step `stepId` changed by `change`.
    static func packChanging(_ stepId: String, _ change: (inout Question) -> Void) -> Pack {
        var changed = pack
        for lessonIndex in changed.lessons.indices {
            for stepIndex in changed.lessons[lessonIndex].steps.indices
            where changed.lessons[lessonIndex].steps[stepIndex].id == stepId {
                guard case .question(var question) = changed.lessons[lessonIndex].steps[stepIndex].content else {
                    continue
                }
                change(&question)
                changed.lessons[lessonIndex].steps[stepIndex].content = .question(question)
            }
        }
        return changed
    }

    /// Whether two point values agree to within rounding.
    static func close(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) < 1e-9
    }

    /// Expects `input` to be refused with `expected`, leaving the session's events and state
    /// exactly as they were.
    static func expectRefusal(
        _ expected: SessionError, on session: inout LessonSession, sourceLocation: SourceLocation = #_sourceLocation,
        _ input: (inout LessonSession) throws -> StepOutcome
    ) {
        let events = session.events
        let state = session.state
        do {
            let outcome = try input(&session)
            Issue.record(
                "expected \(expected), but the input was accepted (\(outcome.verdict))", sourceLocation: sourceLocation)
        } catch {
            #expect(error as? SessionError == expected, sourceLocation: sourceLocation)
        }
        #expect(session.events == events, "a refused input is not logged", sourceLocation: sourceLocation)
        #expect(session.state == state, "a refused input changes nothing", sourceLocation: sourceLocation)
    }
}
