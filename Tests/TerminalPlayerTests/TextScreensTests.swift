import Foundation
import LessonEngine
import LessonPack
import Testing

@testable import TerminalPlayer

/// A pack for the screens' tests, in en, uk and ru: a lesson with feedback, hints,
/// labels and a titled scenario whose ending has contacts; a lesson after it; a survey.
enum ScreensTestPack {
    private static func t(_ en: String, _ uk: String, _ ru: String) -> String {
        PlayerTestPack.t(en, uk, ru)
    }

    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pack xmlns="urn:oberih:pack:1" id="screens-test" version="1.0.0" default-lang="en" langs="en uk ru"
              age-min="12" age-max="16" risk="contact" topic="scams" minutes="30">
          <title>\(t("Screens", "Екрани", "Экраны"))</title>
          <summary>\(t("A pack for the screens' tests.", "Набір для тестів екранів.", "Набор для тестов экранов."))</summary>
          <authors><author>Oberih tests</author></authors>
          <licence>CC-BY-SA-4.0</licence>
          <objectives>
            <objective id="spot">\(t("Spot a fake offer", "Розпізнати фальшиву пропозицію", "Распознать фальшивое предложение"))</objective>
            <objective id="tell">\(t("Know whom to tell", "Знати, кому розповісти", "Знать, кому рассказать"))</objective>
          </objectives>
          <constructs>
            <construct id="aware" kind="awareness">\(t("Awareness", "Обізнаність", "Осведомлённость"))</construct>
          </constructs>
          <support>
            <contact id="ua-line" country="UA" source="https://example.org/ua" verified="2026-11-01" for="talk" status="published">
              <name>\(t("Child line", "Дитяча лінія", "Детская линия"))</name>
              <phone>116 111</phone>
              <phone>0 800 500 225</phone>
              <hours>\(t("Day and night", "Цілодобово", "Круглосуточно"))</hours>
              <purpose>\(t("Talk to someone about anything that worries you.", "Поговорити з кимось про все, що тебе тривожить.", "Поговорить с кем-то обо всём, что тебя тревожит."))</purpose>
            </contact>
            <contact id="ua-cyber" country="UA" source="https://example.org/cyber" verified="2026-11-01" for="report-crime" status="operator">
              <name>\(t("Cyber police", "Кіберполіція", "Киберполиция"))</name>
              <url>https://ticket.cyberpolice.gov.ua</url>
              <purpose>\(t("Report a crime online, together with an adult you trust.", "Разом із дорослим, якому довіряєш, повідомити про злочин в інтернеті.", "Вместе со взрослым, которому доверяешь, сообщить о преступлении в интернете."))</purpose>
            </contact>
            <contact id="kz-111" country="KZ" source="https://example.org/kz" verified="2026-11-01" for="talk" status="unverified">
              <name>\(t("Contact centre", "Контакт-центр", "Контакт-центр"))</name>
              <phone>111</phone>
              <purpose>\(t("Help for children and families.", "Допомога дітям і родинам.", "Помощь детям и семьям."))</purpose>
            </contact>
            <contact id="intl" country="international" source="https://example.org/intl" verified="2026-11-01" for="talk" status="published">
              <name>\(t("Children's helplines in Europe", "Дитячі лінії допомоги в Європі", "Детские линии помощи в Европе"))</name>
              <phone>116 111</phone>
              <purpose>\(t("Ask a trusted adult which service answers it where you are.", "Запитай дорослого, якому довіряєш, яка служба відповідає там, де ти зараз.", "Спроси взрослого, которому доверяешь, какая служба отвечает там, где ты сейчас."))</purpose>
            </contact>
          </support>
          <lesson id="chat" objectives="spot tell">
            <title>\(t("Safe in chats", "Безпечно в чатах", "Безопасно в чатах"))</title>
            <single-choice id="offer" objectives="spot" points="4" max-attempts="2">
              <prompt>\(t(
                "A stranger in a game chat offers free coins for your password. What do you do?",
                "Незнайомець у чаті гри пропонує безкоштовні монети за твій пароль. Що ти зробиш?",
                "Незнакомец в чате игры предлагает бесплатные монеты за твой пароль. Что ты сделаешь?"))</prompt>
              <option id="send">
                <label>\(t("Send the password", "Надіслати пароль", "Отправить пароль"))</label>
                <feedback>\(t(
                  "The offer was made to look real; the trick is on the people who sent it.",
                  "Пропозицію зробили схожою на справжню; відповідальність — на тих, хто її надіслав.",
                  "Предложение сделали похожим на настоящее; ответственность — на тех, кто его отправил."))</feedback>
              </option>
              <option id="tell" correct="true">
                <label>\(t(
                  "Don't reply, and show an adult you trust",
                  "Не відповідати й показати дорослому, якому довіряєш",
                  "Не отвечать и показать взрослому, которому доверяешь"))</label>
                <feedback>\(t("Yes: an adult can help you report it.", "Так: дорослий допоможе поскаржитися.", "Да: взрослый поможет пожаловаться."))</feedback>
              </option>
              <option id="ask">
                <label>\(t("Ask for the coins first", "Спершу попросити монети", "Сначала попросить монеты"))</label>
              </option>
              <hint>\(t("Who could help you check the offer?", "Хто може допомогти перевірити пропозицію?", "Кто может помочь проверить предложение?"))</hint>
              <feedback when="wrong">\(t(
                "Real companies never ask for a password. Try once more.",
                "Справжні компанії ніколи не просять пароль. Спробуй ще раз.",
                "Настоящие компании никогда не просят пароль. Попробуй ещё раз."))</feedback>
            </single-choice>
            <multiple-choice id="who" objectives="tell" points="2">
              <prompt>\(t("Whom can you tell?", "Кому можна розповісти?", "Кому можно рассказать?"))</prompt>
              <option id="parent" correct="true"><label>\(t("A parent", "Батькам", "Родителям"))</label></option>
              <option id="teacher" correct="true"><label>\(t("A teacher", "Вчителеві", "Учителю"))</label></option>
              <option id="nobody"><label>\(t("Nobody", "Нікому", "Никому"))</label></option>
            </multiple-choice>
            <true-false id="company" objectives="tell" points="1.5" answer="false">
              <prompt>\(t("A real game company may ask for your password.", "Справжня компанія гри може попросити пароль.", "Настоящая компания игры может попросить пароль."))</prompt>
            </true-false>
            <likert id="sure" construct="aware" scale="5">
              <statement>\(t("I know whom to tell.", "Я знаю, кому розповісти.", "Я знаю, кому рассказать."))</statement>
              <low>\(t("Strongly disagree", "Зовсім не погоджуюся", "Совсем не согласен"))</low>
              <high>\(t("Strongly agree", "Повністю погоджуюся", "Полностью согласен"))</high>
            </likert>
            <scenario id="coins" start="offer-node" objectives="spot" shuffle="false">
              <title>\(t("Ivan and the free coins", "Іван і безкоштовні монети", "Иван и бесплатные монеты"))</title>
              <node id="offer-node">
                <text>\(t("Ivan gets a message: free coins for his password.", "Іван отримує повідомлення: монети за пароль.", "Иван получает сообщение: монеты за пароль."))</text>
                <choice target="told" points="1.5"><label>\(t("Show his dad", "Показати татові", "Показать папе"))</label></choice>
                <choice target="end-tricked"><label>\(t("Send it", "Надіслати", "Отправить"))</label></choice>
              </node>
              <node id="told">
                <text>\(t("His dad says it is a trick.", "Тато каже, що це обман.", "Папа говорит, что это обман."))</text>
                <choice target="end-safe" points="1"><label>\(t("Report it", "Поскаржитися", "Пожаловаться"))</label></choice>
              </node>
              <ending id="end-safe" outcome="positive"><text>\(t("The report helps others.", "Скарга допомагає іншим.", "Жалоба помогает другим."))</text></ending>
              <ending id="end-tricked" outcome="negative" contacts="ua-cyber intl">
                <text>\(t(
                  "Someone logs in to Ivan's account. The people who tricked him are responsible.",
                  "Хтось заходить в Іванів акаунт. Відповідальність — на тих, хто його обдурив.",
                  "Кто-то заходит в аккаунт Ивана. Ответственность — на тех, кто его обманул."))</text>
              </ending>
            </scenario>
          </lesson>
          <lesson id="report">
            <title>\(t("Reporting", "Як поскаржитися", "Как пожаловаться"))</title>
            <text id="report-intro" contacts="ua-cyber"><body>\(t("Reports help.", "Скарги допомагають.", "Жалобы помогают."))</body></text>
          </lesson>
          <assessment id="feelings" kind="survey" timing="after">
            <title>\(t("How sure are you?", "Наскільки ти впевнений чи впевнена?", "Насколько ты уверен или уверена?"))</title>
            <likert id="sure-after" construct="aware" scale="5">
              <statement>\(t("I know whom to tell.", "Я знаю, кому розповісти.", "Я знаю, кому рассказать."))</statement>
            </likert>
          </assessment>
        </pack>
        """

    static let validation = PackValidator(today: PlayerTestPack.today).validate(
        bytes: Array(xml.utf8), file: "screens-test.xml")
    static let pack: Pack = validation.pack!

    static func lesson(_ id: String) -> Lesson { pack.lessons.first { $0.id == id }! }

    static func session(_ lessonId: String, language: String) throws -> LessonSession {
        try LessonSession.start(
            pack: pack, lessonId: lessonId, learner: Learner(age: 14, language: language, country: "UA"), seed: 1,
            at: Date(timeIntervalSince1970: 0))
    }
}

/// The screens (`TextScreens`): snapshots of a few whole screens, each kind of step,
/// outcomes, summaries and help, and every screen of every pack in Curriculum/ within
/// its width.
///
/// A snapshot is written as the screen's lines without the empty line every screen
/// (but `invalid`) starts with and without the last line end (`screen(_:)` adds them).
@Suite struct TextScreensTests {
    private typealias Screens = ScreensTestPack
    private typealias Fixture = PlayerTestPack
    private let screens = TextScreens()

    private static func style(_ width: Int, _ language: String, plain: Bool = false, color: Bool = false)
        -> ScreenStyle
    {
        ScreenStyle(width: width, language: language, usesColor: color, isPlain: plain)
    }

    /// A screen as the renderer writes it, from a snapshot's lines.
    private static func screen(_ lines: String) -> String { "\n" + lines + "\n" }

    /// Compares a screen with a snapshot; on a difference, shows both in full.
    private func expectScreen(
        _ actual: String, _ snapshot: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let expected = Self.screen(snapshot)
        #expect(actual == expected, "\n--- got:\n\(actual)--- expected:\n\(expected)", sourceLocation: sourceLocation)
    }

    /// `text` without ANSI escape sequences (ESC [ … letter).
    private static func stripped(_ text: String) -> String {
        var result = ""
        var inEscape = false
        var afterEscape = false
        for character in text {
            if afterEscape {
                afterEscape = false
                inEscape = character == "["
                continue
            }
            if inEscape {
                if character.isLetter { inEscape = false }
                continue
            }
            if character == "\u{1B}" {
                afterEscape = true
                continue
            }
            result.append(character)
        }
        return result
    }

    /// Every run of white space as one space.
    private static func folded(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Expects every line of `text` to fit `style`: no wider than the width once colour is
    /// taken out, no white space at its end, and in plain mode no colour, bars or bullets.
    /// One expectation per screen, naming every line that does not fit.
    private static func expectFits(
        _ text: String, _ style: ScreenStyle, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let plain = stripped(text)
        var problems: [String] = []
        if (style.isPlain || !style.usesColor) && plain != text { problems.append("colour where there should be none") }
        if style.isPlain && text.contains(where: { "▓░•↳".contains($0) }) {
            problems.append("a bar or bullet in plain mode")
        }
        if !text.isEmpty && !text.hasSuffix("\n") { problems.append("no line end at the end") }
        for line in plain.split(separator: "\n", omittingEmptySubsequences: false) {
            if DisplayWidth.columns(of: line) > style.width { problems.append("too wide: \(line)") }
            if line.last?.isWhitespace == true { problems.append("white space at the end: \(line)") }
        }
        #expect(
            problems.isEmpty, "\(what) at \(style.width) (\(style.language)): \(problems)",
            sourceLocation: sourceLocation)
    }

    @Test func theScreensPackIsValid() {
        // Its coins question keeps a long key: the screens' snapshots show it.
        let problems = Screens.validation.diagnostics.filter { $0.code != .keyLongest }
        #expect(problems.isEmpty, "\(problems)")
    }

    // MARK: - Snapshots

    @Test func singleChoiceInUkrainianAt40Columns() throws {
        let presented = try #require(try Screens.session("chat", language: "uk").currentStep)
        let lesson = Screens.lesson("chat")
        expectScreen(
            screens.step(presented, lesson: lesson, pack: Screens.pack, style: Self.style(40, "uk")),
            """
            Безпечно в чатах · крок 1 з 5
            ▓▓░░░░░░░░

            Незнайомець у чаті гри пропонує
            безкоштовні монети за твій пароль. Що ти
            зробиш?

            1. Надіслати пароль
            2. Не відповідати й показати дорослому,
               якому довіряєш
            3. Спершу попросити монети

            ? підказка · h допомога · s пропустити
            q зберегти й вийти
            """)
        expectScreen(
            screens.step(presented, lesson: lesson, pack: Screens.pack, style: Self.style(40, "uk", plain: true)),
            """
            Безпечно в чатах · крок 1 з 5

            Незнайомець у чаті гри пропонує
            безкоштовні монети за твій пароль. Що ти
            зробиш?

            1. Надіслати пароль
            2. Не відповідати й показати дорослому,
            якому довіряєш
            3. Спершу попросити монети

            ? підказка · h допомога · s пропустити
            q зберегти й вийти
            """)
        // At 80 columns the bar follows the progress line.
        expectScreen(
            screens.step(presented, lesson: lesson, pack: Screens.pack, style: Self.style(80, "uk")),
            """
            Безпечно в чатах · крок 1 з 5  ▓▓░░░░░░░░

            Незнайомець у чаті гри пропонує безкоштовні монети за твій пароль. Що ти зробиш?

            1. Надіслати пароль
            2. Не відповідати й показати дорослому, якому довіряєш
            3. Спершу попросити монети

            ? підказка · h допомога · s пропустити · q зберегти й вийти
            """)
    }

    @Test func outcomesWithFeedbackInRussian() throws {
        var session = try Screens.session("chat", language: "ru")
        let first = try #require(session.currentStep)
        let wrong = try session.answer(.choice("send"), at: Date(timeIntervalSince1970: 60))
        expectScreen(
            screens.outcome(wrong, presented: first, pack: Screens.pack, style: Self.style(40, "ru")),
            """
            Не совсем.

            Предложение сделали похожим на
            настоящее; ответственность — на тех, кто
            его отправил.

            Настоящие компании никогда не просят
            пароль. Попробуй ещё раз.

            Можно попробовать ещё раз (осталось
            попыток: 1)
            """)
        let second = try #require(session.currentStep)
        let right = try session.answer(.choice("tell"), at: Date(timeIntervalSince1970: 90))
        // 4 points, the second of two tries: half of them.
        expectScreen(
            screens.outcome(right, presented: second, pack: Screens.pack, style: Self.style(40, "ru")),
            """
            Верно.
            Баллы: +2

            Да: взрослый поможет пожаловаться.
            """)
    }

    @Test func summaryInEnglish() throws {
        let session = try Self.playChat(language: "en")
        expectScreen(
            screens.summary(
                session.result, lesson: Screens.lesson("chat"), pack: Screens.pack, style: Self.style(80, "en")),
            """
            Safe in chats

            You scored 7.5 of 10 (75%)
            Passed — well done!

            Skills in this lesson:
            ▓▓▓▓▓▓▓▓░░  84%  Spot a fake offer
            ▓▓▓▓▓▓░░░░  57%  Know whom to tell

            Time: 8 min
            Next: Reporting

            If something in this lesson worried you, h shows where to find help.
            """)
    }

    @Test func helpForUkraineInUkrainianAt40Columns() {
        expectScreen(
            screens.help(pack: Screens.pack, country: "UA", style: Self.style(40, "uk")),
            """
            Тут є допомога

            Завжди можна поговорити з дорослим,
            якому довіряєш, про все, що тебе
            тривожить чи засмучує.

            Також можеш звернутися сюди:

            З ким поговорити
            • Дитяча лінія — 116 111,
              0 800 500 225 — Цілодобово —
              Поговорити з кимось про все, що тебе
              тривожить.
              З опублікованого джерела, перевірено
              2026-11-01.
            • Дитячі лінії допомоги в Європі —
              116 111 — години роботи невідомі —
              Запитай дорослого, якому довіряєш, яка
              служба відповідає там, де ти зараз.
              З опублікованого джерела, перевірено
              2026-11-01.

            Якщо небезпека зараз або це злочин:
            поліція
            • Кіберполіція —
              https://ticket.cyberpolice.gov.ua —
              Разом із дорослим, якому довіряєш,
              повідомити про злочин в інтернеті.
              Перевірено безпосередньо зі службою
              2026-11-01.

            ? показує підказку, але кожна підказка
              зменшує бали, які можна отримати
            s пропускає цей крок, якщо його можна
              пропустити
            q зберігає й виходить; наступного разу
              продовжиш звідси

            Натисни Enter, щоб повернутися на те
            саме місце
            """)
    }

    // MARK: - Steps

    private func step(
        _ lessonId: String, _ language: String = "en", width: Int = 80, plain: Bool = false,
        order: [String]? = nil, choiceOrder: [Int]? = nil
    ) throws -> String {
        let presented = try Fixture.presented(lessonId, language: language, order: order, choiceOrder: choiceOrder)
        let lesson = try #require(Fixture.pack.lessons.first { $0.id == lessonId })
        return screens.step(
            presented, lesson: lesson, pack: Fixture.pack, style: Self.style(width, language, plain: plain))
    }

    private func lines(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func progressShowsTheStepAndABarOfTenCells() throws {
        var presented = try Fixture.presented("single")
        presented.index = 2
        presented.count = 12
        let lesson = Fixture.pack.lessons[0]
        let decorated = screens.step(presented, lesson: lesson, pack: Fixture.pack, style: Self.style(80, "en"))
        #expect(lines(decorated)[1] == "Single · step 3 of 12  ▓▓▓░░░░░░░")
        let plain = screens.step(
            presented, lesson: lesson, pack: Fixture.pack, style: Self.style(80, "en", plain: true))
        #expect(lines(plain)[1] == "Single · step 3 of 12")
        let russian = screens.step(presented, lesson: lesson, pack: Fixture.pack, style: Self.style(80, "ru"))
        #expect(lines(russian)[1] == "Один · шаг 3 из 12  ▓▓▓░░░░░░░")
        // A narrow screen breaks after "·", never inside "step 3 of 12".
        let chat = try #require(try Screens.session("chat", language: "uk").currentStep)
        let narrow = screens.step(chat, lesson: Screens.lesson("chat"), pack: Screens.pack, style: Self.style(25, "uk"))
        #expect(lines(narrow)[1...2] == ["Безпечно в чатах ·", "крок 1 з 5  ▓▓░░░░░░░░"])
        presented.index = 11
        #expect(
            lines(screens.step(presented, lesson: lesson, pack: Fixture.pack, style: Self.style(80, "en")))[1]
                == "Single · step 12 of 12  ▓▓▓▓▓▓▓▓▓▓")
    }

    @Test func optionsAreNumberedInShowingOrder() throws {
        let screen = try step("single", order: ["c", "a", "b"])
        #expect(screen.contains("Pick one\n\n1. c\n2. a\n3. b\n\n? hint · h help · s skip · q save and quit\n"))
        // What is shown as 1 is what `AnswerInput` reads as 1.
        let presented = try Fixture.presented("single", order: ["c", "a", "b"])
        #expect(AnswerInput.parse("1", for: presented) == .answer(.choice("c")))
        let many = try step("many", width: 40)
        #expect(many.contains("\n9. o9\n10. o10\n"))
    }

    @Test func multipleChoiceSaysChooseAllThatApply() throws {
        #expect(try step("multi").contains("4. d\n\nChoose all that apply\nh help · s skip · q save and quit\n"))
        #expect(try step("multi", "uk").contains("Обери все, що підходить\n"))
        #expect(try step("multi", "ru").contains("Выбери всё, что подходит\n"))
    }

    @Test func trueFalseShowsItsKeysInTheLanguage() throws {
        #expect(try step("truefalse").contains("Blocking helps.\n\nt = true · f = false\nh help · q save and quit\n"))
        #expect(try step("truefalse", "uk").contains("т = так · н = ні\n"))
        #expect(try step("truefalse", "ru").contains("д = да · н = нет\n"))
        // Every key shown is one `AnswerInput` reads.
        let presented = try Fixture.presented("truefalse")
        for (key, truth) in [("t", true), ("f", false), ("т", true), ("н", false), ("д", true)] {
            #expect(AnswerInput.parse(key, for: presented) == .answer(.trueFalse(truth)))
        }
    }

    @Test func orderingListsItemsInShowingOrder() throws {
        let screen = try step("order", order: ["three", "one", "two"])
        #expect(
            screen.contains("1. Tell\n2. Stop\n3. Save\n\nType the numbers in the right order, for example 3 1 2\n"))
        #expect(try step("order-two", order: ["two", "one"]).contains("for example 2 1\n"))
    }

    @Test func matchingLettersTheLeftInFileOrderAndNumbersTheRightInShowingOrder() throws {
        let screen = try step("match", "uk", order: ["p3", "p1", "p2"])
        #expect(
            screen.contains(
                "a. 116 111\nb. 102\nc. Скарга\n\n1. Платформа\n2. Лінія\n3. Поліція\n\n"
                    + "Для кожної пари напиши латинську літеру й номер, наприклад a2 b1 c3\n"))
        let presented = try Fixture.presented("match", order: ["p3", "p1", "p2"])
        #expect(
            AnswerInput.parse("a2 b3 c1", for: presented) == .answer(.matches(["p1": "p1", "p2": "p2", "p3": "p3"])))
    }

    @Test func shortAnswerSaysHowToAnswer() throws {
        #expect(
            try step("short").contains(
                "One word\n\nType your answer in a word or two\n? hint · h help · q save and quit\n"))
    }

    @Test func likertShowsTheScaleAndItsLabels() throws {
        let presented = try #require(try Screens.session("chat", language: "uk").currentStep)
        var likert = presented
        likert.step = Screens.lesson("chat").steps[3]
        let screen = screens.step(
            likert, lesson: Screens.lesson("chat"), pack: Screens.pack, style: Self.style(40, "uk"))
        #expect(
            screen.contains(
                "Я знаю, кому розповісти.\n\n1   2   3   4   5\n1 = Зовсім не погоджуюся\n5 = Повністю погоджуюся\n\n"))
        let plain = screens.step(
            likert, lesson: Screens.lesson("chat"), pack: Screens.pack, style: Self.style(40, "uk", plain: true))
        #expect(
            plain.contains(
                "Я знаю, кому розповісти.\n\n1 = Зовсім не погоджуюся\n5 = Повністю погоджуюся\n\n"
                    + "Напиши число від 1 до 5\n"))
        // Without labels: the scale alone.
        #expect(try step("likert").contains("I know how to block.\n\n1   2   3   4   5\n\nh help"))
    }

    @Test func scenarioShowsItsTitleAtTheStartAndChoicesInShowingOrder() throws {
        var session = try Screens.session("chat", language: "en")
        for _ in 0..<4 { _ = try session.skip(at: Date(timeIntervalSince1970: 1)) }
        var start = try #require(session.currentStep)
        start.scenarioChoiceOrder = [1, 0]
        let lesson = Screens.lesson("chat")
        let first = screens.step(start, lesson: lesson, pack: Screens.pack, style: Self.style(80, "en"))
        #expect(
            first.contains(
                "\n\nIvan and the free coins\n\nIvan gets a message: free coins for his password.\n\n"
                    + "1. Send it\n2. Show his dad\n\n"))
        #expect(AnswerInput.parse("2", for: start) == .answer(.scenarioChoice(0)))
        _ = try session.answer(.scenarioChoice(0), at: Date(timeIntervalSince1970: 2))
        let next = screens.step(
            try #require(session.currentStep), lesson: lesson, pack: Screens.pack, style: Self.style(80, "en"))
        #expect(!next.contains("Ivan and the free coins"))
        #expect(next.contains("His dad says it is a trick.\n\n1. Report it\n"))
    }

    @Test func voteListsItsOptionsAndNoFacilitatorNote() throws {
        #expect(try step("vote", "uk").contains("Голосуй\n\n1. Так\n2. Ні\n\nh допомога"))
    }

    @Test func discussionShowsThePromptButNeverTheFacilitatorNote() throws {
        for language in ["en", "uk", "ru"] {
            let screen = try step("discussion", language)
            #expect(!["Listen.", "Слухайте.", "Слушайте."].contains { screen.contains($0) })
        }
        #expect(try step("discussion").contains("Talk · step 1 of 1  ▓▓▓▓▓▓▓▓▓▓\n\nTalk\n\nPress Enter to go on\n"))
    }

    @Test func rolePlayShowsTheSetUpAndTheRoles() throws {
        #expect(
            try step("roleplay", "uk").contains(
                "Потренуйтеся\n\nРолі:\n• Друг — Допоможи\n\nНатисни Enter, щоб продовжити\n"))
        #expect(try step("roleplay", "uk", plain: true).contains("Ролі:\nДруг — Допоможи\n"))
    }

    @Test func textEndsWithPressEnterAndShowsItsContacts() throws {
        #expect(try step("info").hasSuffix("Hello.\n\nPress Enter to go on\nh help · q save and quit\n"))
        let presented = try #require(try Screens.session("report", language: "en").currentStep)
        let screen = screens.step(
            presented, lesson: Screens.lesson("report"), pack: Screens.pack, style: Self.style(80, "en"))
        #expect(
            screen.contains(
                "Reports help.\n\n• UA · Cyber police — https://ticket.cyberpolice.gov.ua — Report a crime online,\n"
                    + "  together with an adult you trust.\n\nPress Enter to go on\n"),
            "a text's contacts say their country\n\(screen)")
    }

    @Test func commandLineOffersOnlyWhatCanBeDone() throws {
        #expect(try step("single").hasSuffix("\n? hint · h help · s skip · q save and quit\n"))
        #expect(try step("truefalse").hasSuffix("\nh help · q save and quit\n"))
        var session = try Fixture.session("short")
        for second in 1...2 { _ = try session.requestHint(at: Date(timeIntervalSince1970: Double(second))) }
        let noHints = screens.step(
            try #require(session.currentStep), lesson: Fixture.pack.lessons.first { $0.id == "short" }!,
            pack: Fixture.pack, style: Self.style(80, "en"))
        #expect(noHints.hasSuffix("\nType your answer in a word or two\nh help · q save and quit\n"))
        // Commands break between commands, never inside one.
        let narrow = lines(try step("single", "uk", width: 24))
        #expect(narrow.suffix(4) == ["? підказка · h допомога", "s пропустити", "q зберегти й вийти", ""])
    }

    @Test func anAnsweredQuestionWithNoTriesLeftSaysPressEnter() throws {
        var session = try Fixture.session("truefalse")
        _ = try session.answer(.trueFalse(false), at: Date(timeIntervalSince1970: 1))
        // One try: the step is done and the session moved on.
        #expect(session.currentStep == nil)
        var presented = try Fixture.presented("single")
        presented.attemptsUsed = 3
        presented.attemptsLeft = 0
        let screen = screens.step(
            presented, lesson: Fixture.pack.lessons[0], pack: Fixture.pack, style: Self.style(80, "en"))
        #expect(screen.hasSuffix("3. c\n\nPress Enter to go on\n? hint · h help · s skip · q save and quit\n"))
    }

    @Test func textsFallBackToThePacksLanguage() throws {
        // German is neither in the pack nor spoken by the player: English, the pack's default.
        let presented = try Fixture.presented("truefalse", language: "en")
        let screen = screens.step(
            presented, lesson: Fixture.pack.lessons.first { $0.id == "truefalse" }!, pack: Fixture.pack,
            style: Self.style(80, "de"))
        #expect(screen.contains("True or false · step 1 of 1"))
        #expect(screen.contains("Blocking helps.\n\nt = true · f = false\nh help · q save and quit\n"))
        // The style's language wins over the session's.
        let ukrainian = screens.step(
            presented, lesson: Fixture.pack.lessons.first { $0.id == "truefalse" }!, pack: Fixture.pack,
            style: Self.style(80, "uk"))
        #expect(ukrainian.contains("Блокування допомагає.\n\nт = так · н = ні\nh допомога · q зберегти й вийти\n"))
    }

    @Test func colourOnlyEmphasisesAndNeverInPlainMode() throws {
        let presented = try Fixture.presented("single")
        let lesson = Fixture.pack.lessons[0]
        let coloured = screens.step(
            presented, lesson: lesson, pack: Fixture.pack, style: Self.style(80, "en", color: true))
        let uncoloured = screens.step(presented, lesson: lesson, pack: Fixture.pack, style: Self.style(80, "en"))
        #expect(coloured != uncoloured)
        #expect(Self.stripped(coloured) == uncoloured)
        #expect(coloured.contains("\u{1B}[1mSingle · step 1 of 1  ▓▓▓▓▓▓▓▓▓▓\u{1B}[0m\n"))
        #expect(coloured.contains("\u{1B}[2m? hint · h help · s skip · q save and quit\u{1B}[0m\n"))
        let plain = screens.step(
            presented, lesson: lesson, pack: Fixture.pack, style: Self.style(80, "en", plain: true, color: true))
        #expect(!plain.contains("\u{1B}"))
        let help = screens.help(pack: Fixture.pack, country: "UA", style: Self.style(80, "en", color: true))
        #expect(help.hasPrefix("\n\u{1B}[1mHelp is here\u{1B}[0m\n"))
        #expect(Self.stripped(help) == screens.help(pack: Fixture.pack, country: "UA", style: Self.style(80, "en")))
    }

    // MARK: - Outcomes

    @Test func aHintShowsTheHintAlone() throws {
        var session = try Fixture.session("single", language: "uk")
        let presented = try #require(session.currentStep)
        let outcome = try session.requestHint(at: Date(timeIntervalSince1970: 1))
        expectScreen(
            screens.outcome(outcome, presented: presented, pack: Fixture.pack, style: Self.style(80, "uk")),
            "Підказка: Одне зупиняє.")
    }

    @Test func aSkipIsFineAndNeverWrong() throws {
        for (language, text) in [
            ("en", "Skipped — that's fine."), ("uk", "Пропущено — і це нормально."),
            ("ru", "Пропущено — и это нормально."),
        ] {
            var session = try Fixture.session("single", language: language)
            let presented = try #require(session.currentStep)
            let outcome = try session.skip(at: Date(timeIntervalSince1970: 1))
            expectScreen(
                screens.outcome(outcome, presented: presented, pack: Fixture.pack, style: Self.style(80, language)),
                text)
        }
    }

    @Test func verdictsAreKindAndPointsShowOnlyWhenEarned() throws {
        var single = try Fixture.session("single")
        let presented = try #require(single.currentStep)
        let wrong = try single.answer(.choice("b"), at: Date(timeIntervalSince1970: 1))
        expectScreen(
            screens.outcome(wrong, presented: presented, pack: Fixture.pack, style: Self.style(80, "en")),
            """
            Not quite.

            You can try again (tries left: 2)
            """)
        var multi = try Fixture.session("multi")
        let partly = try multi.answer(.choices(["a"]), at: Date(timeIntervalSince1970: 1))
        #expect(partly.verdict == .partlyCorrect)
        let screen = screens.outcome(
            partly, presented: try Fixture.presented("multi"), pack: Fixture.pack, style: Self.style(80, "en"))
        #expect(screen.hasPrefix("\nPartly right.\nPoints: +0.5\n"))
        // One try: no "try again" when the question is over.
        #expect(!screen.contains("try again"))
        var likert = try Fixture.session("likert", language: "ru")
        let noted = try likert.answer(.likert(2), at: Date(timeIntervalSince1970: 1))
        expectScreen(
            screens.outcome(
                noted, presented: try Fixture.presented("likert", language: "ru"), pack: Fixture.pack,
                style: Self.style(80, "ru")),
            "Ответ записан.")
    }

    @Test func movingOnFromATextShowsNothing() throws {
        var session = try Fixture.session("info")
        let presented = try #require(session.currentStep)
        let outcome = try session.continueOn(at: Date(timeIntervalSince1970: 1))
        #expect(screens.outcome(outcome, presented: presented, pack: Fixture.pack, style: Self.style(80, "en")) == "")
    }

    @Test func aStoryEndingShowsItsTextAndContacts() throws {
        var session = try Screens.session("chat", language: "en")
        for _ in 0..<4 { _ = try session.skip(at: Date(timeIntervalSince1970: 1)) }
        let presented = try #require(session.currentStep)
        let outcome = try session.answer(.scenarioChoice(1), at: Date(timeIntervalSince1970: 2))
        expectScreen(
            screens.outcome(outcome, presented: presented, pack: Screens.pack, style: Self.style(40, "en")),
            """
            Someone logs in to Ivan's account. The
            people who tricked him are responsible.

            • UA · Cyber police —
              https://ticket.cyberpolice.gov.ua —
              Report a crime online, together with
              an adult you trust.
            • Children's helplines in Europe —
              116 111 — hours not known — Ask a
              trusted adult which service answers it
              where you are.
            """)
    }

    // MARK: - Summaries

    @Test func aSummaryInUkrainianAt40ColumnsPutsBarsUnderTheObjectives() throws {
        let session = try Self.playChat(language: "uk")
        let lesson = Screens.lesson("chat")
        expectScreen(
            screens.summary(session.result, lesson: lesson, pack: Screens.pack, style: Self.style(40, "uk")),
            """
            Безпечно в чатах

            Твій результат: 7,5 з 10 (75%)
            Зараховано — молодець!

            Навички в цьому уроці:
            • Розпізнати фальшиву пропозицію
              ▓▓▓▓▓▓▓▓░░  84%
            • Знати, кому розповісти
              ▓▓▓▓▓▓░░░░  57%

            Час: 8 хв
            Далі: Як поскаржитися

            Якщо щось у цьому уроці тебе стривожило,
            h покаже, де знайти допомогу.
            """)
        let plain = screens.summary(
            session.result, lesson: lesson, pack: Screens.pack, style: Self.style(40, "uk", plain: true))
        #expect(
            plain.contains("Навички в цьому уроці:\nРозпізнати фальшиву пропозицію: 84%\nЗнати, кому розповісти: 57%\n")
        )
    }

    @Test func aLessonWithEveryQuestionSkippedIsSaidKindlyWithoutAScore() throws {
        var session = try Screens.session("chat", language: "en")
        for _ in 0..<5 { _ = try session.skip(at: Date(timeIntervalSince1970: 30)) }
        let screen = screens.summary(
            session.result, lesson: Screens.lesson("chat"), pack: Screens.pack, style: Self.style(80, "en"))
        // No score, no bars at 0%; Reporting needs nothing passed, so it is next.
        expectScreen(
            screen,
            """
            Safe in chats

            Every question was skipped — that's fine. This lesson is here whenever you want
            to come back to it.

            Time: under a minute
            Next: Reporting

            If something in this lesson worried you, h shows where to find help.
            """)
        let russian = screens.summary(
            session.result, lesson: Screens.lesson("chat"), pack: Screens.pack, style: Self.style(80, "ru"))
        #expect(russian.contains("Все вопросы пропущены — и это нормально."))
    }

    @Test func aSurveyIsNotScored() throws {
        var session = try Screens.session("feelings", language: "ru")
        _ = try session.answer(.likert(3), at: Date(timeIntervalSince1970: 20))
        expectScreen(
            screens.summary(
                session.result, lesson: Screens.lesson("feelings"), pack: Screens.pack, style: Self.style(80, "ru")),
            """
            Насколько ты уверен или уверена?

            Здесь ничего не оценивается. Спасибо за ответы.

            Время: меньше минуты
            Это был последний урок этого набора.

            Если что-то в этом уроке тебя встревожило, h покажет, где найти помощь.
            """)
    }

    // MARK: - Help

    @Test func helpWithoutContactsForTheCountrySaysSoAndShowsTheInternationalOnes() {
        expectScreen(
            screens.help(pack: Screens.pack, country: "PL", style: Self.style(80, "en")),
            """
            Help is here

            It is always OK to talk to an adult you trust about anything that worries or
            upsets you.

            This pack has no contact for your country yet, but an adult you trust can help
            you find one.

            You can also contact:

            Someone to talk to
            • Children's helplines in Europe — 116 111 — hours not known — Ask a trusted
              adult which service answers it where you are.
              From a published source, checked 2026-11-01.

            ? shows a hint, but each hint lowers the points you can get
            s skips this step, if it can be skipped
            q saves and quits; next time you carry on from here

            Press Enter to go back to where you were
            """)
    }

    @Test func helpMatchesTheCountryWhateverTheCase() {
        let help = screens.help(pack: Screens.pack, country: "kz", style: Self.style(80, "ru", plain: true))
        #expect(
            help.contains(
                "\nТакже можешь обратиться сюда:\n\nС кем поговорить\n"
                    + "Контакт-центр — 111 — часы работы неизвестны — Помощь детям и семьям.\n"
                    + "Не проверено: эти данные могли измениться."))
        #expect(help.contains("\nДетские линии помощи в Европе — 116 111 — "), "the international ones too")
        #expect(!help.contains("Детская линия"))
        #expect(!help.contains("полиция"), "no heading without a contact under it")
        // No country known: every country's contacts, marked with the country, with the
        // international ones.
        let unknown = screens.help(pack: Screens.pack, country: nil, style: Self.style(80, "en"))
        #expect(unknown.contains("\nSomeone to talk to\n• UA · Child line — 116 111, 0 800 500 225"))
        #expect(unknown.contains("\n• KZ · Contact centre — 111"))
        #expect(unknown.contains("\nDanger now, or a crime: the police\n• UA · Cyber police"))
        #expect(!unknown.contains("has no contact"))
        // A pack with no international contact and none for the country still points to an adult.
        let none = screens.help(pack: Fixture.pack, country: "MD", style: Self.style(80, "en"))
        #expect(none.contains("It is always OK to talk to an adult you trust"))
        #expect(none.contains("This pack has no contact for your country yet"))
        #expect(!none.contains("You can also contact"))
    }

    @Test func helpGroupsContactsByPurposeAndSaysHowFarEachWasChecked() throws {
        let help = screens.help(pack: Screens.pack, country: "UA", style: Self.style(80, "en"))
        let order = ["Someone to talk to", "• Child line", "• Children's helplines in Europe",
            "Danger now, or a crime: the police", "• Cyber police"]
        let places = try order.map { try #require(help.range(of: $0)?.lowerBound, "\($0)") }
        #expect(places == places.sorted(), "talk first, the country's contacts before the international ones")
        #expect(help.contains("anything that worries you.\n  From a published source, checked 2026-11-01."))
        #expect(help.contains("an adult you trust.\n  Checked with the service on 2026-11-01."))
        #expect(!help.contains("Report a link"), "no heading without a contact under it")
        #expect(!help.contains("cyberpolice.gov.ua — hours not known"), "a web form has no hours")
        #expect(help.contains("116 111 — hours not known"), "a phone line without hours says so")
        // An unverified contact says so wherever it is shown, not only on the help screen.
        let kazakh = screens.help(pack: Screens.pack, country: "KZ", style: Self.style(80, "en"))
        #expect(kazakh.contains("Not verified: these details may have changed."))
        // On the disclosure card, read by the facilitator, it is worded for an adult.
        let card = screens.disclosureCard(pack: Screens.pack, country: "KZ", style: Self.style(80, "en"))
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(card.contains("Not verified: these details may have changed. Check them before you pass them on."))
        #expect(!card.contains("Ask an adult you trust"), "a child's words on the facilitator's card")
        #expect(
            kazakh.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                .contains("Ask an adult you trust to check it with you."))
    }

    // MARK: - Invalid input

    @Test func invalidIsOneMessageWithAGentleMarker() {
        let message = "Напиши номери всіх відповідей, які обираєш, наприклад 1 3"
        #expect(
            screens.invalid("Type a number from 1 to 5", style: Self.style(80, "en")) == "↳ Type a number from 1 to 5\n"
        )
        #expect(
            screens.invalid("Type a number from 1 to 5", style: Self.style(80, "en", plain: true))
                == "Type a number from 1 to 5\n")
        #expect(
            screens.invalid(message, style: Self.style(40, "uk"))
                == "↳ Напиши номери всіх відповідей, які\n  обираєш, наприклад 1 3\n")
    }

    // MARK: - Widths

    /// The styles every screen is checked at: narrow to wide, decorated, coloured and plain.
    private static let styles: [(width: Int, plain: Bool, color: Bool)] = [
        (20, false, false), (40, false, true), (40, true, false), (80, false, false), (80, true, true),
    ]

    /// Plays `lessonId` of `pack` in `language`: each step's screens, a hint where one is
    /// left, then the first answer that fits (so wrong answers, feedback and tries again
    /// are shown too), each outcome's screens, and the summary's.
    private func playAll(_ pack: Pack, _ lesson: Lesson, _ language: String) throws -> [(String, ScreenStyle, String)] {
        var rendered: [(String, ScreenStyle, String)] = []
        func render(_ what: String, _ make: (ScreenStyle) -> String) {
            for (width, plain, color) in Self.styles {
                let style = Self.style(width, language, plain: plain, color: color)
                rendered.append((make(style), style, "\(pack.id)/\(lesson.id)/\(what)"))
            }
        }
        var session = try LessonSession.start(
            pack: pack, lessonId: lesson.id,
            learner: Learner(age: lesson.ageRange(in: pack).minimum, language: language, country: "UA"), seed: 7,
            passedLessons: Set(pack.lessons.map(\.id)), at: Date(timeIntervalSince1970: 0))
        var time = 0.0
        func tick() -> Date {
            time += 45
            return Date(timeIntervalSince1970: time)
        }
        var inputs = 0
        while let presented = session.currentStep, inputs < 500 {
            inputs += 1
            let id = presented.step.id
            render(id) { screens.step(presented, lesson: lesson, pack: pack, style: $0) }
            let outcome: StepOutcome
            if presented.hintsLeft > 0 {
                outcome = try session.requestHint(at: tick())
            } else {
                let count = max(presented.order.count, 1)
                let candidates = [
                    "", "1", "t", "x", (1...count).map(String.init).joined(separator: " "),
                    (0..<count).map { TextScreens.letter($0) + String($0 + 1) }.joined(separator: " "),
                ]
                let input = candidates.lazy.map { AnswerInput.parse($0, for: presented) }.first {
                    switch $0 {
                    case .answer, .continueOn: return true
                    default: return false
                    }
                }
                switch input {
                case .answer(let answer): outcome = try session.answer(answer, at: tick())
                case .continueOn: outcome = try session.continueOn(at: tick())
                default: outcome = try session.skip(at: tick())
                }
            }
            render("\(id) outcome") { screens.outcome(outcome, presented: presented, pack: pack, style: $0) }
        }
        #expect(session.isFinished, "\(pack.id)/\(lesson.id) did not finish")
        render("summary") { screens.summary(session.result, lesson: lesson, pack: pack, style: $0) }
        for country in ["UA", "KZ", "PL"] {
            render("help \(country)") { screens.help(pack: pack, country: country, style: $0) }
        }
        return rendered
    }

    static let curriculum: [Pack] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Curriculum")
        let files = PackFiles.expand([root.path]).files
        return files.compactMap { PackValidator().validate(fileAtPath: $0).pack }
    }()

    /// Every pack in Curriculum/ and the two test packs, in each language, one case each.
    struct PackCase: CustomTestStringConvertible, Sendable {
        var packId: String
        var language: String
        var testDescription: String { "\(packId) in \(language)" }
    }

    static let packCases: [PackCase] = (curriculum + [ScreensTestPack.pack, PlayerTestPack.pack]).flatMap { pack in
        ["en", "uk", "ru"].map { PackCase(packId: pack.id, language: $0) }
    }

    @Test func theCurriculumIsThere() {
        #expect(Self.curriculum.count >= 5)
    }

    @Test(arguments: packCases)
    func everyScreenOfEveryPackFitsItsWidth(_ packCase: PackCase) throws {
        let pack = try #require(
            (Self.curriculum + [Screens.pack, Fixture.pack]).first { $0.id == packCase.packId })
        for lesson in pack.lessons {
            for (text, style, what) in try playAll(pack, lesson, packCase.language) {
                Self.expectFits(text, style, what)
            }
        }
    }

    @Test func facilitatorNotesAreNeverShownToTheLearner() throws {
        for pack in Self.curriculum {
            for lesson in pack.lessons {
                for step in lesson.steps {
                    let note: LocalizedText?
                    switch step.content {
                    case .vote(let vote): note = vote.facilitatorNote
                    case .discussion(let discussion): note = discussion.facilitatorNote
                    case .rolePlay(let rolePlay): note = rolePlay.facilitatorNote
                    default: note = nil
                    }
                    guard let note else { continue }
                    var presented = try Fixture.presented("info")
                    presented.step = step
                    presented.order = {
                        if case .vote(let vote) = step.content { return vote.options.map(\.id) }
                        return []
                    }()
                    for language in ["en", "uk", "ru"] {
                        let screen = screens.step(
                            presented, lesson: lesson, pack: pack, style: Self.style(80, language))
                        let text = Self.folded(note.text(in: language, fallback: pack.defaultLanguage))
                        #expect(!Self.folded(screen).contains(text), "\(pack.id)/\(step.id) \(language)")
                    }
                }
            }
        }
    }

    /// Plays "chat": a hint, then the right answer (4 × 0.75 = 3 of 4); both right (2 of
    /// 2); true/false wrong (0 of 1.5); the Likert item; the best path of the story (2.5
    /// of 2.5). 7.5 of 10 in all, the last input 8 minutes after the start.
    private static func playChat(language: String) throws -> LessonSession {
        var session = try Screens.session("chat", language: language)
        func at(_ minutes: Double) -> Date { Date(timeIntervalSince1970: minutes * 60) }
        _ = try session.requestHint(at: at(1))
        _ = try session.answer(.choice("tell"), at: at(2))
        _ = try session.answer(.choices(["parent", "teacher"]), at: at(3))
        _ = try session.answer(.trueFalse(true), at: at(4))
        _ = try session.answer(.likert(4), at: at(5))
        _ = try session.answer(.scenarioChoice(0), at: at(7))
        _ = try session.answer(.scenarioChoice(0), at: at(8))
        #expect(session.isFinished)
        return session
    }
}
