import Foundation
import LessonPack
import Testing

@testable import LessonEngine

/// A lesson's steps written for a group are left out when a learner plays alone, and those
/// written for a learner alone when a group plays; tests are taken whole.
@Suite struct AudienceTests {
    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pack xmlns="urn:oberih:pack:1" id="audience-test" version="1.0.0" default-lang="en" langs="en"
              age-min="12" age-max="16" risk="contact" topic="privacy" minutes="20">
          <title><t lang="en">Audiences</t></title>
          <summary><t lang="en">Who each step is for.</t></summary>
          <authors><author>Oberih tests</author></authors>
          <licence>CC-BY-SA-4.0</licence>
          <ground-rules>
            <rule><t lang="en">You may pass.</t></rule>
            <rule audience="group"><t lang="en">What others say here stays here.</t></rule>
          </ground-rules>
          <objectives><objective id="obj"><t lang="en">Act</t></objective></objectives>
          <support>
            <contact id="intl" country="international" source="https://example.org/intl" verified="2026-11-01" for="talk" status="published">
              <name><t lang="en">Helplines</t></name><phone>116 111</phone><purpose><t lang="en">Support</t></purpose>
            </contact>
          </support>
          <lesson id="mixed">
            <title><t lang="en">Mixed</t></title>
            <text id="both"><body><t lang="en">For everyone.</t></body></text>
            <discussion id="talk"><prompt><t lang="en">Talk it over.</t></prompt><facilitator-note><t lang="en">Listen.</t></facilitator-note></discussion>
            <text id="alone" audience="solo"><body><t lang="en">Think of your own answer.</t></body></text>
            <role-play id="act" audience="both">
              <setup><t lang="en">Practise.</t></setup>
              <role id="friend"><name><t lang="en">Friend</t></name><brief><t lang="en">Listen</t></brief></role>
            </role-play>
          </lesson>
        </pack>
        """

    static let validation = PackValidator(today: Date(timeIntervalSince1970: 1_796_515_200)).validate(
        bytes: Array(xml.utf8), file: "audience-test.xml")

    static func start(_ mode: SessionMode) throws -> LessonSession {
        let pack = try #require(validation.pack)
        return try LessonSession.start(
            pack: pack, lessonId: "mixed", learner: Learner(age: 13, language: "en", country: nil), mode: mode, seed: 1,
            at: Date(timeIntervalSince1970: 0))
    }

    @Test func thePackIsValidAndEachStepHasItsAudience() throws {
        #expect(!Self.validation.hasErrors, "\(Self.validation.diagnostics)")
        let steps = try #require(Self.validation.pack?.lessons.first?.steps)
        #expect(steps.map(\.audience) == [.both, .group, .solo, .both], "a discussion is for a group unless it says")
        #expect(Self.validation.pack?.groundRules.map(\.audience) == [.both, .group])
    }

    @Test func aLearnerAloneSkipsTheGroupsStepsAndAGroupTheLearnersAlone() throws {
        #expect(try Self.start(.individual).lesson.steps.map(\.id) == ["both", "alone", "act"])
        #expect(try Self.start(.group).lesson.steps.map(\.id) == ["both", "talk", "act"])
        // Resumed, the same steps.
        let played = try Self.start(.individual)
        let resumed = try LessonSession.resume(pack: played.pack, events: played.events)
        #expect(resumed.lesson.steps.map(\.id) == ["both", "alone", "act"])
    }

    @Test func aLogFromBeforeAudiencesReplaysEveryStep() throws {
        let played = try Self.start(.individual)
        guard case .started(var start) = played.events[0].event else { Issue.record("no start"); return }
        start.fitsAudience = nil
        let old = [TimedEvent(.started(start), at: played.events[0].at)]
        let resumed = try LessonSession.resume(pack: played.pack, events: old)
        #expect(resumed.lesson.steps.map(\.id) == ["both", "talk", "alone", "act"])
    }

    @Test func anInvalidAudienceIsAnError() {
        let bad = Self.xml.replacingOccurrences(of: #"audience="solo""#, with: #"audience="alone""#)
        let validation = PackValidator(today: Date(timeIntervalSince1970: 1_796_515_200)).validate(
            bytes: Array(bad.utf8), file: "bad.xml")
        #expect(validation.diagnostics.contains { $0.code == .schemaViolation && $0.message.contains("audience") })
    }
}
