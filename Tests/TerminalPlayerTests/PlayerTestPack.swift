import Foundation
import LessonEngine
import LessonPack

/// A small pack for the player's tests: one lesson per step kind, each starting on the
/// step it is named after, so `presented(_:)` gives that step as a session shows it.
enum PlayerTestPack {
    /// `<t>` elements in English, Ukrainian and Russian (the test packs share it).
    static func t(_ en: String, _ uk: String, _ ru: String) -> String {
        "<t lang=\"en\">\(en)</t><t lang=\"uk\">\(uk)</t><t lang=\"ru\">\(ru)</t>"
    }

    private static func option(_ id: String, correct: Bool = false) -> String {
        "<option id=\"\(id)\"\(correct ? " correct=\"true\"" : "")><label>\(t(id, id, id))</label></option>"
    }

    /// Twenty options, `o1`…`o20`: enough for the letters h, q and s to be options.
    private static let manyOptions = (1...20).map { option("o\($0)", correct: $0 == 1) }.joined(separator: "\n")

    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pack xmlns="urn:oberih:pack:1" id="player-test" version="1.0.0" default-lang="en" langs="en uk ru"
              age-min="12" age-max="16" risk="contact" topic="privacy" minutes="30">
          <title>\(t("Player tests", "Тести програвача", "Тесты проигрывателя"))</title>
          <summary>\(t("A pack for the player's tests.", "Набір для тестів.", "Набор для тестов."))</summary>
          <authors><author>Oberih tests</author></authors>
          <licence>CC-BY-SA-4.0</licence>
          <objectives>
            <objective id="obj-act">\(t("Act safely", "Діяти безпечно", "Действовать безопасно"))</objective>
          </objectives>
          <constructs>
            <construct id="aware" kind="awareness">\(t("Awareness", "Обізнаність", "Осведомлённость"))</construct>
          </constructs>
          <sources>
            <source id="ncsc-words" url="https://www.ncsc.gov.uk/collection/top-tips-for-staying-secure-online">National
              Cyber Security Centre (UK), "Top tips for staying secure online".</source>
            <source id="chi-116111" url="https://childhelplineinternational.org/">Child Helpline International:
              116 111 is kept for child helplines across the EU (2007).</source>
          </sources>
          <support>
            <contact id="ua-line" country="UA" source="https://example.org/ua" verified="2026-11-01" for="talk" status="published">
              <name>\(t("Child line", "Дитяча лінія", "Детская линия"))</name>
              <phone>116 111</phone>
              <purpose>\(t("Support", "Підтримка", "Поддержка"))</purpose>
            </contact>
          </support>
          <lesson id="single">
            <title>\(t("Single", "Один", "Один"))</title>
            <single-choice id="q-single" max-attempts="3">
              <prompt>\(t("Pick one", "Обери одне", "Выбери одно"))</prompt>
              \(option("a", correct: true))
              \(option("b"))
              \(option("c"))
              <hint>\(t("One stops it.", "Одне зупиняє.", "Одно останавливает."))</hint>
            </single-choice>
          </lesson>
          <lesson id="many">
            <title>\(t("Many", "Багато", "Много"))</title>
            <single-choice id="q-many">
              <prompt>\(t("Pick one", "Обери одне", "Выбери одно"))</prompt>
              \(manyOptions)
            </single-choice>
          </lesson>
          <lesson id="sourced">
            <title>\(t("Sourced", "З джерелами", "С источниками"))</title>
            <text id="sourced-info" sources="ncsc-words chi-116111">
              <body>\(t("Three random words make a strong password.", "Три випадкові слова — надійний пароль.", "Три случайных слова — надёжный пароль."))</body>
            </text>
            <single-choice id="q-sourced" sources="ncsc-words" shuffle="false">
              <prompt>\(t("Pick one", "Обери одне", "Выбери одно"))</prompt>
              \((1...10).map { option("s\($0)", correct: $0 == 9) }.joined(separator: "\n"))
            </single-choice>
          </lesson>
          <lesson id="multi">
            <title>\(t("Multi", "Кілька", "Несколько"))</title>
            <multiple-choice id="q-multi">
              <prompt>\(t("Pick some", "Обери кілька", "Выбери несколько"))</prompt>
              \(option("a", correct: true))
              \(option("b", correct: true))
              \(option("c"))
              \(option("d"))
            </multiple-choice>
          </lesson>
          <lesson id="truefalse">
            <title>\(t("True or false", "Так чи ні", "Да или нет"))</title>
            <true-false id="q-tf" answer="true" skippable="false">
              <prompt>\(t("Blocking helps.", "Блокування допомагає.", "Блокировка помогает."))</prompt>
            </true-false>
          </lesson>
          <lesson id="order">
            <title>\(t("Order", "Порядок", "Порядок"))</title>
            <ordering id="q-order">
              <prompt>\(t("Order", "Порядок", "Порядок"))</prompt>
              <item id="one">\(t("Stop", "Зупинитися", "Остановиться"))</item>
              <item id="two">\(t("Save", "Зберегти", "Сохранить"))</item>
              <item id="three">\(t("Tell", "Розповісти", "Рассказать"))</item>
            </ordering>
          </lesson>
          <lesson id="order-two">
            <title>\(t("Order two", "Порядок двох", "Порядок двух"))</title>
            <ordering id="q-order-two">
              <prompt>\(t("Order", "Порядок", "Порядок"))</prompt>
              <item id="one">\(t("Stop", "Зупинитися", "Остановиться"))</item>
              <item id="two">\(t("Tell", "Розповісти", "Рассказать"))</item>
            </ordering>
          </lesson>
          <lesson id="match">
            <title>\(t("Match", "Пари", "Пары"))</title>
            <matching id="q-match">
              <prompt>\(t("Match", "Поєднай", "Соедини"))</prompt>
              <pair id="p1"><left>\(t("116 111", "116 111", "116 111"))</left><right>\(t("Helpline", "Лінія", "Линия"))</right></pair>
              <pair id="p2"><left>\(t("102", "102", "102"))</left><right>\(t("Police", "Поліція", "Полиция"))</right></pair>
              <pair id="p3"><left>\(t("Report", "Скарга", "Жалоба"))</left><right>\(t("Platform", "Платформа", "Платформа"))</right></pair>
            </matching>
          </lesson>
          <lesson id="short">
            <title>\(t("Short", "Коротко", "Коротко"))</title>
            <short-answer id="q-short" skippable="false">
              <prompt>\(t("One word", "Одне слово", "Одно слово"))</prompt>
              <accept lang="en">block</accept>
              <accept lang="uk">блокувати</accept>
              <accept lang="ru">блокировать</accept>
              <hint>\(t("B…", "Б…", "Б…"))</hint>
              <hint>\(t("Bl…", "Бл…", "Бл…"))</hint>
            </short-answer>
          </lesson>
          <lesson id="likert">
            <title>\(t("Likert", "Шкала", "Шкала"))</title>
            <likert id="l1" construct="aware" scale="5">
              <statement>\(t("I know how to block.", "Я знаю, як блокувати.", "Я знаю, как блокировать."))</statement>
            </likert>
          </lesson>
          <lesson id="story">
            <title>\(t("Story", "Історія", "История"))</title>
            <scenario id="s1" start="n1" shuffle="false">
              <node id="n1">
                <text>\(t("A message.", "Повідомлення.", "Сообщение."))</text>
                <choice target="n2" points="1"><label>\(t("Tell", "Розповісти", "Рассказать"))</label></choice>
                <choice target="end-b"><label>\(t("Ignore", "Ігнорувати", "Игнорировать"))</label></choice>
                <choice target="end-b"><label>\(t("Reply", "Відповісти", "Ответить"))</label></choice>
              </node>
              <node id="n2">
                <text>\(t("An adult helps.", "Дорослий допомагає.", "Взрослый помогает."))</text>
                <choice target="end-a" points="1"><label>\(t("Block", "Заблокувати", "Заблокировать"))</label></choice>
              </node>
              <ending id="end-a" outcome="positive"><text>\(t("Safe.", "Безпечно.", "Безопасно."))</text></ending>
              <ending id="end-b" outcome="mixed"><text>\(t("Help is there.", "Допомога є.", "Помощь есть."))</text></ending>
            </scenario>
          </lesson>
          <lesson id="vote">
            <title>\(t("Vote", "Голосування", "Голосование"))</title>
            <vote id="v1">
              <prompt>\(t("Vote", "Голосуй", "Голосуй"))</prompt>
              <option id="yes"><label>\(t("Yes", "Так", "Да"))</label></option>
              <option id="no"><label>\(t("No", "Ні", "Нет"))</label></option>
            </vote>
          </lesson>
          <lesson id="info">
            <title>\(t("Info", "Інфо", "Инфо"))</title>
            <text id="intro" skippable="false"><body>\(t("Hello.", "Привіт.", "Привет."))</body></text>
          </lesson>
          <lesson id="discussion">
            <title>\(t("Talk", "Розмова", "Разговор"))</title>
            <discussion id="d1" audience="both">
              <prompt>\(t("Talk", "Обговоріть", "Обсудите"))</prompt>
              <facilitator-note>\(t("Listen.", "Слухайте.", "Слушайте."))</facilitator-note>
            </discussion>
          </lesson>
          <lesson id="roleplay">
            <title>\(t("Role play", "Рольова гра", "Ролевая игра"))</title>
            <role-play id="r1" audience="both">
              <setup>\(t("Practise", "Потренуйтеся", "Потренируйтесь"))</setup>
              <role id="friend"><name>\(t("Friend", "Друг", "Друг"))</name><brief>\(t("Help", "Допоможи", "Помоги"))</brief></role>
            </role-play>
          </lesson>
        </pack>
        """

    static let today = Date(timeIntervalSince1970: 1_796_515_200)  // 2026-12-06

    static let validation = PackValidator(today: today).validate(bytes: Array(xml.utf8), file: "player-test.xml")

    /// The decoded pack; `AnswerInputTests.theTestPackIsValid` checks it has no errors.
    static let pack: Pack = validation.pack!

    /// Starts `lessonId` for a learner of 14 reading `language`.
    static func session(_ lessonId: String, language: String = "en", seed: UInt64 = 1) throws -> LessonSession {
        try LessonSession.start(
            pack: pack, lessonId: lessonId, learner: Learner(age: 14, language: language, country: "UA"), seed: seed,
            at: Date(timeIntervalSince1970: 0))
    }

    /// The first step of `lessonId` as a session presents it, with its showing order
    /// replaced by `order` when given (so expectations do not depend on the shuffle).
    static func presented(
        _ lessonId: String, language: String = "en", order: [String]? = nil, choiceOrder: [Int]? = nil
    ) throws -> PresentedStep {
        var presented = try session(lessonId, language: language).currentStep!
        if let order { presented.order = order }
        if let choiceOrder { presented.scenarioChoiceOrder = choiceOrder }
        return presented
    }
}
