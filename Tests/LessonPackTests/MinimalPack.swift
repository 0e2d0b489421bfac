import Foundation
import LessonPack
import PackXML

/// A small valid pack (en and uk) that each rule test breaks in one place.
enum MinimalPack {
    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pack xmlns="urn:oberih:pack:1" id="minimal" version="1.0.0" default-lang="en" langs="en uk"
              age-min="12" age-max="16" risk="contact" topic="privacy" minutes="20">
          <title><t lang="en">Minimal</t><t lang="uk">Мінімальний</t></title>
          <summary><t lang="en">A test pack.</t><t lang="uk">Тестовий набір.</t></summary>
          <authors><author>Oberih tests</author></authors>
          <licence>CC-BY-SA-4.0</licence>
          <objectives>
            <objective id="obj-block"><t lang="en">Block</t><t lang="uk">Блокувати</t></objective>
          </objectives>
          <constructs>
            <construct id="aware" kind="awareness"><t lang="en">Awareness</t><t lang="uk">Обізнаність</t></construct>
          </constructs>
          <sources>
            <source id="ukcis" url="https://example.org/ukcis">UKCIS 2022</source>
          </sources>
          <support>
            <contact id="ua-line" country="UA" source="https://example.org/ua" verified="2026-11-01" for="talk" status="published">
              <name><t lang="en">Child line</t><t lang="uk">Дитяча лінія</t></name>
              <phone>116 111</phone>
              <purpose><t lang="en">Support</t><t lang="uk">Підтримка</t></purpose>
            </contact>
          </support>
          <lesson id="first" objectives="obj-block" pass-mark="50">
            <title><t lang="en">First</t><t lang="uk">Перший</t></title>
            <text id="intro" contacts="ua-line">
              <body><t lang="en">Hello.</t><t lang="uk">Привіт.</t></body>
            </text>
            <single-choice id="q-single" objectives="obj-block" sources="ukcis">
              <prompt><t lang="en">Pick one</t><t lang="uk">Оберіть одне</t></prompt>
              <option id="a" correct="true"><label><t lang="en">Block</t><t lang="uk">Блок</t></label></option>
              <option id="b"><label><t lang="en">Reply</t><t lang="uk">Відповісти</t></label>
                <feedback><t lang="en">Replying keeps contact going.</t><t lang="uk">Відповідь продовжує контакт.</t></feedback></option>
            </single-choice>
            <multiple-choice id="q-multi" objectives="obj-block">
              <prompt><t lang="en">Pick some</t><t lang="uk">Оберіть кілька</t></prompt>
              <option id="a" correct="true"><label><t lang="en">Block</t><t lang="uk">Блок</t></label></option>
              <option id="b" correct="true"><label><t lang="en">Report</t><t lang="uk">Скарга</t></label></option>
              <option id="c"><label><t lang="en">Pay</t><t lang="uk">Платити</t></label></option>
            </multiple-choice>
            <ordering id="q-order" objectives="obj-block">
              <prompt><t lang="en">Order</t><t lang="uk">Порядок</t></prompt>
              <item id="one"><t lang="en">Stop</t><t lang="uk">Зупинитися</t></item>
              <item id="two"><t lang="en">Tell</t><t lang="uk">Розповісти</t></item>
            </ordering>
            <matching id="q-match" objectives="obj-block">
              <prompt><t lang="en">Match</t><t lang="uk">Поєднайте</t></prompt>
              <pair id="p1"><left><t lang="en">116 111</t><t lang="uk">116 111</t></left><right><t lang="en">Helpline</t><t lang="uk">Лінія</t></right></pair>
              <pair id="p2"><left><t lang="en">102</t><t lang="uk">102</t></left><right><t lang="en">Police</t><t lang="uk">Поліція</t></right></pair>
            </matching>
            <short-answer id="q-short" objectives="obj-block" points="2">
              <prompt><t lang="en">One word</t><t lang="uk">Одне слово</t></prompt>
              <accept lang="en">block</accept>
              <accept lang="uk">блокувати</accept>
              <hint><t lang="en">B…</t><t lang="uk">Б…</t></hint>
              <feedback when="correct"><t lang="en">Yes.</t><t lang="uk">Так.</t></feedback>
            </short-answer>
            <scenario id="story" start="n1" objectives="obj-block">
              <node id="n1">
                <text><t lang="en">Alex gets a message.</t><t lang="uk">Алекс отримує повідомлення.</t></text>
                <choice target="n2" points="1"><label><t lang="en">Tell</t><t lang="uk">Розповісти</t></label></choice>
                <choice target="end-b"><label><t lang="en">Ignore</t><t lang="uk">Ігнорувати</t></label></choice>
              </node>
              <node id="n2">
                <text><t lang="en">An adult helps.</t><t lang="uk">Дорослий допомагає.</t></text>
                <choice target="end-a" points="1"><label><t lang="en">Block</t><t lang="uk">Заблокувати</t></label></choice>
              </node>
              <ending id="end-a" outcome="positive"><text><t lang="en">Safe.</t><t lang="uk">Безпечно.</t></text></ending>
              <ending id="end-b" outcome="mixed" contacts="ua-line"><text><t lang="en">Help is there.</t><t lang="uk">Допомога є.</t></text></ending>
            </scenario>
          </lesson>
          <lesson id="second" requires="first">
            <title><t lang="en">Second</t><t lang="uk">Другий</t></title>
            <vote id="v1">
              <prompt><t lang="en">Vote</t><t lang="uk">Голосуйте</t></prompt>
              <option id="yes"><label><t lang="en">Yes</t><t lang="uk">Так</t></label></option>
              <option id="no"><label><t lang="en">No</t><t lang="uk">Ні</t></label></option>
            </vote>
            <discussion id="d1">
              <prompt><t lang="en">Talk</t><t lang="uk">Обговоріть</t></prompt>
              <facilitator-note><t lang="en">Listen.</t><t lang="uk">Слухайте.</t></facilitator-note>
            </discussion>
            <role-play id="r1">
              <setup><t lang="en">Practise</t><t lang="uk">Потренуйтеся</t></setup>
              <role id="friend"><name><t lang="en">Friend</t><t lang="uk">Друг</t></name><brief><t lang="en">Help</t><t lang="uk">Допоможи</t></brief></role>
            </role-play>
          </lesson>
          <assessment id="pre" kind="pre-test">
            <title><t lang="en">Before</t><t lang="uk">До</t></title>
            <true-false id="pre-tf" answer="true" objectives="obj-block">
              <prompt><t lang="en">Blocking helps.</t><t lang="uk">Блокування допомагає.</t></prompt>
            </true-false>
            <true-false id="pre-tf-2" answer="false" objectives="obj-block">
              <prompt><t lang="en">A blocked person is told.</t><t lang="uk">Заблокованому повідомляють.</t></prompt>
            </true-false>
            <single-choice id="pre-sc" objectives="obj-block" shuffle="true">
              <prompt><t lang="en">First step?</t><t lang="uk">Перший крок?</t></prompt>
              <option id="a" correct="true"><label><t lang="en">Block</t><t lang="uk">Блок</t></label></option>
              <option id="b"><label><t lang="en">Reply</t><t lang="uk">Відповісти</t></label></option>
              <option id="c"><label><t lang="en">Argue</t><t lang="uk">Сперечатися</t></label></option>
            </single-choice>
          </assessment>
          <assessment id="post" kind="post-test">
            <title><t lang="en">After</t><t lang="uk">Після</t></title>
            <true-false id="post-tf" answer="false" objectives="obj-block">
              <prompt><t lang="en">Blocking never helps.</t><t lang="uk">Блокування ніколи не допомагає.</t></prompt>
            </true-false>
            <true-false id="post-tf-2" answer="true" objectives="obj-block">
              <prompt><t lang="en">A block can be undone.</t><t lang="uk">Блок можна скасувати.</t></prompt>
            </true-false>
            <single-choice id="post-sc" objectives="obj-block" shuffle="true">
              <prompt><t lang="en">Best reply?</t><t lang="uk">Найкраща відповідь?</t></prompt>
              <option id="a"><label><t lang="en">Argue</t><t lang="uk">Сперечатися</t></label></option>
              <option id="b" correct="true"><label><t lang="en">Report</t><t lang="uk">Скарга</t></label></option>
              <option id="c"><label><t lang="en">Reply</t><t lang="uk">Відповісти</t></label></option>
            </single-choice>
          </assessment>
          <assessment id="survey-before" kind="survey" timing="before">
            <title><t lang="en">How you see it</t><t lang="uk">Як ви це бачите</t></title>
            <likert id="l1" construct="aware">
              <statement><t lang="en">I know how to block.</t><t lang="uk">Я знаю, як блокувати.</t></statement>
            </likert>
          </assessment>
        </pack>
        """

    /// The fixed day the tests validate on (so that stale contacts in Curriculum/ fail a
    /// release check, not the test suite).
    static let today: Date = {
        var components = DateComponents()
        (components.year, components.month, components.day) = (2026, 12, 6)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components)!
    }()

    /// Validates `xml` as if it were the file `pack.xml`.
    static func validate(_ xml: String) -> PackValidation {
        PackValidator(today: today).validate(bytes: Array(xml.utf8), file: "pack.xml")
    }

    /// The 1-based line and column (in characters) of the first occurrence of `needle`.
    static func position(of needle: String, in xml: String) -> SourcePosition? {
        guard let range = xml.range(of: needle) else { return nil }
        let before = xml[..<range.lowerBound]
        let lineStart = before.lastIndex(of: "\n").map { xml.index(after: $0) } ?? xml.startIndex
        return SourcePosition(
            line: before.filter { $0 == "\n" }.count + 1,
            column: xml.unicodeScalars[lineStart..<range.lowerBound].count + 1)
    }

    /// The 1-based line of the first occurrence of `needle` in `xml`.
    static func line(of needle: String, in xml: String) -> Int? {
        guard let range = xml.range(of: needle) else { return nil }
        return xml[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }
}
