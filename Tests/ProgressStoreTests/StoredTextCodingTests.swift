import Foundation
import GRDB
import LessonEngine
import LessonPack
import Testing

@testable import ProgressStore

/// The store's hand-written dates and event JSON are byte for byte what GRDB's formatter
/// and `JSONEncoder` wrote before them: a store made today reads like one made before.
@Suite struct StoredTextCodingTests {
    @Test func datesAreWrittenAsGRDBWritesThem() {
        var generator = SystemRandomNumberGenerator()
        var dates = [
            Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_788_249_600),
            Date(timeIntervalSince1970: 1_788_249_600.0005), Date(timeIntervalSince1970: 1_788_249_600.9995),
            Date(timeIntervalSince1970: 951_782_400), Date(timeIntervalSince1970: -1.5),
            Date(timeIntervalSince1970: 253_402_300_799.999),
        ]
        for _ in 0..<20_000 {
            dates.append(Date(timeIntervalSince1970: Double.random(in: 1_788_249_600...1_800_000_000, using: &generator)))
            dates.append(Date(timeIntervalSince1970: Double.random(in: -2_000_000_000...4_000_000_000, using: &generator)))
            // Whole milliseconds and halves, where rounding could go either way.
            let milliseconds = Double(Int64.random(in: 1_700_000_000_000...1_900_000_000_000, using: &generator))
            dates.append(Date(timeIntervalSince1970: milliseconds / 1000))
            dates.append(Date(timeIntervalSince1970: (milliseconds + 0.5) / 1000))
        }
        for date in dates {
            #expect(StoredDate.value(date) == date.databaseValue, "\(date.timeIntervalSince1970)")
        }
        #expect(StoredDate.value(Date(timeIntervalSince1970: 1e13)) == Date(timeIntervalSince1970: 1e13).databaseValue)
        #expect(StoredDate.value(nil as Date?) == .null)
    }

    static let answers: [Answer] = [
        .choice("a"), .choice("opt-2"), .choices([]), .choices(["a", "c"]), .trueFalse(true), .trueFalse(false),
        .order(["c", "a", "b"]), .matches(["p1": "p2", "p2": "p1"]), .text("a stranger"), .text("don't, \"no\""),
        .text("a/b"), .text("back\\slash"), .text("tab\there"), .text("новий друг"), .text(""), .likert(1),
        .likert(5), .scenarioChoice(0), .scenarioChoice(12), .vote("v1"), .choice("é"),
    ]

    @Test func eventsAreWrittenAsJSONEncoderWritesThem() throws {
        let start = SessionStart(
            packId: "p", packVersion: "1.0.0", lessonId: "l", learner: Learner(age: 12, language: "en", country: nil),
            language: "en", mode: .individual, seed: 7, ageOverride: nil)
        var events: [SessionEvent] = [.started(start), .tallied(stepId: "v", counts: ["a": 3, "b": 1])]
        var variants: [SessionStart] = []
        for feedback in [nil, Lesson.Feedback.shown, .hidden] {
            for fits in [nil, true, false] {
                for country in [nil, "UA", "a/b"] {
                    var changed = start
                    (changed.feedback, changed.fitsAudience) = (feedback, fits)
                    changed.learner = Learner(age: 17, language: "uk", country: country)
                    changed.seed = UInt64.max - UInt64(variants.count)
                    changed.mode = variants.count % 2 == 0 ? .individual : .group
                    variants.append(changed)
                }
            }
        }
        var overridden = start
        overridden.ageOverride = AgeOverride(reason: "facilitator")
        events += (variants + [overridden]).map(SessionEvent.started)
        for stepId in ["q1", "step-2", "s/3", "s\"4", "крок"] {
            events += [
                .hintShown(stepId: stepId), .skipped(stepId: stepId), .continued(stepId: stepId),
                .markedDone(stepId: stepId),
            ]
            events += Self.answers.map { .answered(stepId: stepId, answer: $0) }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for event in events {
            let expected = String(decoding: try encoder.encode(event), as: UTF8.self)
            #expect(try ProgressStore.encode(event) == expected)
            if let text = EventJSON.text(of: event) { #expect(text == expected) }
        }
        #expect(EventJSON.text(of: .continued(stepId: "q1")) != nil, "plain events are written by hand")
    }

    @Test func answersAreWrittenAsResultsStoredThem() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for answer in Self.answers {
            guard let text = EventJSON.text(of: answer) else { continue }
            #expect(text == String(decoding: try encoder.encode(answer), as: UTF8.self))
        }
    }
}
