import Foundation
import LessonEngine
import LessonPack
import Testing

@testable import LearnerSimulation

/// The learner who knows nothing and answers by cues (`oberih simulate --strategy cues`).
@Suite struct CueReadingTests {
    /// A pre-test whose keys give themselves away (the longest option; two right options in
    /// every multiple-choice item; "false"), and a post-test whose keys are the shortest
    /// option and "true". No option is shuffled, so ties are broken by the order in the file.
    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pack xmlns="urn:oberih:pack:1" id="cues" version="1.0.0" default-lang="en" langs="en"
              age-min="12" age-max="16" risk="contact" topic="privacy" minutes="20">
          <title><t lang="en">Cues</t></title>
          <summary><t lang="en">A test pack.</t></summary>
          <authors><author>Oberih tests</author></authors>
          <licence>CC-BY-SA-4.0</licence>
          <objectives><objective id="obj"><t lang="en">Block</t></objective></objectives>
          <support>
            <contact id="line" country="UA" source="https://example.org/ua" verified="2026-11-01" for="talk" status="published">
              <name><t lang="en">Child line</t></name>
              <phone>116 111</phone>
              <purpose><t lang="en">Support</t></purpose>
            </contact>
          </support>
          <lesson id="lesson" objectives="obj">
            <title><t lang="en">Lesson</t></title>
            <text id="intro" contacts="line"><body><t lang="en">Hello.</t></body></text>
          </lesson>
          <assessment id="pre" kind="pre-test" objectives="obj">
            <title><t lang="en">Before</t></title>
            <single-choice id="pre-1" objectives="obj">
              <prompt><t lang="en">What helps?</t></prompt>
              <option id="a"><label><t lang="en">Wait</t></label></option>
              <option id="b" correct="true"><label><t lang="en">Tell   a trusted adult about it</t></label></option>
              <option id="c"><label><t lang="en">Reply at once</t></label></option>
            </single-choice>
            <single-choice id="pre-2" objectives="obj">
              <prompt><t lang="en">And then?</t></prompt>
              <option id="a" correct="true"><label><t lang="en">Keep the messages as proof</t></label></option>
              <option id="b"><label><t lang="en">Delete all</t></label></option>
            </single-choice>
            <multiple-choice id="pre-3" objectives="obj">
              <prompt><t lang="en">Which help?</t></prompt>
              <option id="a"><label><t lang="en">Pay</t></label></option>
              <option id="b" correct="true"><label><t lang="en">Block the account</t></label></option>
              <option id="c" correct="true"><label><t lang="en">Report the account</t></label></option>
            </multiple-choice>
            <multiple-choice id="pre-4" objectives="obj">
              <prompt><t lang="en">Which are safe?</t></prompt>
              <option id="a" correct="true"><label><t lang="en">Ask a teacher for help</t></label></option>
              <option id="b"><label><t lang="en">Send more</t></label></option>
              <option id="c" correct="true"><label><t lang="en">Call a helpline you trust</t></label></option>
              <option id="d"><label><t lang="en">Give in</t></label></option>
            </multiple-choice>
            <true-false id="pre-5" answer="false" objectives="obj">
              <prompt><t lang="en">It is your fault.</t></prompt>
            </true-false>
          </assessment>
          <assessment id="post" kind="post-test" requires="lesson" objectives="obj">
            <title><t lang="en">After</t></title>
            <single-choice id="post-1" objectives="obj">
              <prompt><t lang="en">What helps?</t></prompt>
              <option id="a" correct="true"><label><t lang="en">Block</t></label></option>
              <option id="b"><label><t lang="en">Send the money they ask for</t></label></option>
            </single-choice>
            <true-false id="post-2" answer="true" objectives="obj">
              <prompt><t lang="en">Help is there.</t></prompt>
            </true-false>
          </assessment>
        </pack>
        """

    static let pack: Pack = {
        let validation = PackValidator(today: Date(timeIntervalSince1970: 1_796_515_200))
            .validate(bytes: Array(xml.utf8), file: "cues.xml")
        precondition(!validation.hasErrors, "\(validation.diagnostics.map(\.message))")
        return validation.pack!
    }()

    static let start = Date(timeIntervalSince1970: 1_788_249_600)

    @Test func theUsualNumberOfRightOptionsIsTakenFromThePacksMultipleChoiceItems() {
        #expect(CueReading(pack: Self.pack).usualCorrectCount == 2)
    }

    @Test func eachAnswerFollowsItsCueAndARetryTakesTheNextGuess() throws {
        let cues = CueReading(pack: Self.pack)
        var session = try LessonSession.start(
            pack: Self.pack, lessonId: "pre", learner: Learner(age: 12, language: "en", country: nil), seed: 1,
            at: Self.start)
        var given: [String: Answer] = [:]
        while let shown = session.currentStep {
            guard case .question(let question) = shown.step.content else { Issue.record("not a question"); return }
            let answer = try #require(cues.answer(question, shown: shown, attempt: 0))
            given[shown.step.id] = answer
            _ = try session.answer(answer, at: Self.start)
        }
        #expect(given["pre-1"] == .choice("b"), "white space runs count once, and b is still the longest")
        #expect(given["pre-2"] == .choice("a"))
        #expect(given["pre-3"] == .choices(["c", "b"]), "the two longest")
        #expect(given["pre-4"] == .choices(["c", "a"]))
        #expect(given["pre-5"] == .trueFalse(false))
        #expect(session.result.scaled == 1, "every key of this pre-test gives itself away")

        let single = try #require(Self.pack.lessons.flatMap(\.steps).first { $0.id == "pre-1" })
        guard case .question(let question) = single.content else { Issue.record("pre-1 is a question"); return }
        let retry = try LessonSession.start(
            pack: Self.pack, lessonId: "pre", learner: Learner(age: 12, language: "en", country: nil), seed: 1,
            at: Self.start)
        let shown = try #require(retry.currentStep)
        #expect(cues.answer(question, shown: shown, attempt: 1) == .choice("c"), "the next longest")
        #expect(cues.answer(question, shown: shown, attempt: 3) == nil, "no guess left")
    }

    @Test func aCueCohortPassesThePreTestAndFailsThePostTestWhateverItsAbility() throws {
        let cues = PackSimulator(pack: Self.pack, seed: 5, strategy: .cues)
        let able = PackSimulator(pack: Self.pack, seed: 5)
        var cuePre: [Double] = []
        var cuePost: [Double] = []
        var ablePre: [Double] = []
        for index in 0..<40 {
            let learner = SimulatedLearner(index: index, seed: 5)
            let played = try cues.play(learner, index: index, age: 13, language: "en", start: Self.start)
            cuePre += played.first { $0.lesson.id == "pre" }.flatMap(\.result.scaled).map { [$0] } ?? []
            cuePost += played.first { $0.lesson.id == "post" }.flatMap(\.result.scaled).map { [$0] } ?? []
            let abled = try able.play(learner, index: index, age: 13, language: "en", start: Self.start)
            ablePre += abled.first { $0.lesson.id == "pre" }.flatMap(\.result.scaled).map { [$0] } ?? []
            for session in played {
                #expect(try LessonSession.resume(pack: Self.pack, events: session.events).state == session.state)
            }
        }
        #expect(cuePre.count == 40 && cuePre.allSatisfy { $0 == 1 }, "\(cuePre)")
        #expect(cuePost.count == 40 && cuePost.allSatisfy { $0 == 0 }, "the keys here are the shortest and true")
        #expect(Set(ablePre).count > 1, "learners with an ability differ; cue readers do not: \(ablePre)")
    }
}
