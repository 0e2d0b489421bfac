import Foundation
import LessonEngine
import LessonPack
import TerminalPlayer

/// A pack for facilitator mode: a content note and ground rules, and one lesson with a
/// text, a vote of three options, a discussion and a role play (each with a facilitator
/// note), and a question.
enum GroupTestPack {
    private static func t(_ en: String, _ uk: String, _ ru: String) -> String {
        PlayerTestPack.t(en, uk, ru)
    }

    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pack xmlns="urn:oberih:pack:1" id="group-test" version="1.0.0" default-lang="en" langs="en uk ru"
              age-min="12" age-max="16" risk="contact" topic="privacy" minutes="30">
          <title>\(t("Group tests", "Групові тести", "Групповые тесты"))</title>
          <summary>\(t("A pack for facilitator mode.", "Набір для ведучого.", "Набор для ведущего."))</summary>
          <authors><author>Oberih tests</author></authors>
          <licence>CC-BY-SA-4.0</licence>
          <content-note>\(t("This talks about pressure.", "Тут ідеться про тиск.", "Здесь говорится о давлении."))</content-note>
          <ground-rules>
            <rule>\(t("You may pass.", "Можна пропустити.", "Можно пропустить."))</rule>
            <rule>\(t("Made-up names only.", "Лише вигадані імена.", "Только вымышленные имена."))</rule>
            <rule audience="group">\(t("What others say stays here.", "Що кажуть інші, лишається тут.", "Что говорят другие, остаётся здесь."))</rule>
          </ground-rules>
          <objectives>
            <objective id="obj-act">\(t("Act safely", "Діяти безпечно", "Действовать безопасно"))</objective>
          </objectives>
          <constructs>
            <construct id="aware" kind="awareness">\(t("Awareness", "Обізнаність", "Осведомлённость"))</construct>
          </constructs>
          <support>
            <contact id="intl" country="international" source="https://example.org/intl" verified="2026-11-01" for="talk" status="published">
              <name>\(t("Helplines", "Лінії допомоги", "Линии помощи"))</name>
              <phone>116 111</phone>
              <purpose>\(t("Support", "Підтримка", "Поддержка"))</purpose>
            </contact>
          </support>
          <lesson id="together">
            <title>\(t("Together", "Разом", "Вместе"))</title>
            <text id="intro"><body>\(t("Hello, group.", "Привіт, групо.", "Привет, группа."))</body></text>
            <vote id="v1">
              <prompt>\(t("What would you do first?", "Що б ви зробили спершу?", "Что бы вы сделали сначала?"))</prompt>
              <option id="tell"><label>\(t("Tell an adult", "Сказати дорослому", "Сказать взрослому"))</label></option>
              <option id="block"><label>\(t("Block", "Заблокувати", "Заблокировать"))</label></option>
              <option id="report"><label>\(t("Report", "Поскаржитися", "Пожаловаться"))</label></option>
              <facilitator-note>\(t("No wrong answer here.", "Тут немає хибних відповідей.", "Здесь нет неверных ответов."))</facilitator-note>
            </vote>
            <discussion id="d1">
              <prompt>\(t("What helps?", "Що допомагає?", "Что помогает?"))</prompt>
              <facilitator-note>\(t("Collect ideas.", "Зберіть ідеї.", "Соберите идеи."))</facilitator-note>
            </discussion>
            <role-play id="r1">
              <setup>\(t("Practise asking for help.", "Потренуйтеся просити допомоги.", "Потренируйтесь просить помощи."))</setup>
              <role id="friend"><name>\(t("Friend", "Друг", "Друг"))</name><brief>\(t("Listen", "Слухай", "Слушай"))</brief></role>
              <facilitator-note>\(t("Close kindly.", "Завершіть лагідно.", "Завершите мягко."))</facilitator-note>
            </role-play>
            <single-choice id="q1" objectives="obj-act">
              <prompt>\(t("Whom to tell?", "Кому сказати?", "Кому сказать?"))</prompt>
              <option id="adult" correct="true"><label>\(t("An adult", "Дорослому", "Взрослому"))</label></option>
              <option id="nobody"><label>\(t("Nobody", "Нікому", "Никому"))</label></option>
            </single-choice>
          </lesson>
        </pack>
        """

    static let validation = PackValidator(today: PlayerTestPack.today).validate(
        bytes: Array(xml.utf8), file: "group-test.xml")
    static let pack: Pack = validation.pack!

    /// The lesson as a group session, vote options in the file's order.
    static func session(language: String = "en") throws -> LessonSession {
        try LessonSession.start(
            pack: pack, lessonId: "together", learner: Learner(age: 12, language: language, country: nil),
            mode: .group, seed: 1, at: Date(timeIntervalSince1970: 0))
    }
}

/// Lines to read and everything written, for driving a loop or menu in a test; what was
/// written aside (for the facilitator alone) and the lines read unseen are kept apart.
final class ScriptedIO: LineIO {
    private var lines: [String]
    private(set) var written = ""
    /// What the class's screen showed, and what was shown aside.
    private(set) var shared = ""
    private(set) var aside = ""
    private(set) var secretLines: [String] = []
    private var isAside = false

    init(_ lines: [String]) {
        self.lines = lines
    }

    func write(_ text: String) {
        written += text
        if isAside { aside += text } else { shared += text }
    }

    func readLine() -> String? { lines.isEmpty ? nil : lines.removeFirst() }

    func readSecretLine() -> String? {
        let line = readLine()
        if let line { secretLines.append(line) }
        return line
    }

    func beginAside() { isAside = true }
    func endAside() { isAside = false }

    /// The lines not read.
    var unread: [String] { lines }
}

/// A vote's kept votes, in memory.
final class MemoryVotes: VoteKeeper {
    private(set) var kept: (stepId: String, counts: [String: Int])?

    func openVote() throws -> (stepId: String, counts: [String: Int])? { kept }
    func keepOpenVote(_ counts: [String: Int], stepId: String) throws { kept = (stepId, counts) }
    func discardOpenVote() throws { kept = nil }
}

/// Every event the loop records, in order.
final class EventLog: EventRecorder, @unchecked Sendable {
    private(set) var events: [(TimedEvent, Int)] = []

    func record(_ event: TimedEvent, sequence: Int) throws { events.append((event, sequence)) }
}
