import Foundation
import Testing

@testable import LessonPack

/// The item-writing rules beyond the one broken pack per code in `RuleCase`: where each
/// stops, and the words a message must carry.
@Suite struct ItemWritingRuleTests {
    private func codes(_ xml: String) -> [DiagnosticCode] { MinimalPack.validate(xml).diagnostics.map(\.code) }

    private func edited(_ edits: (String, String)...) -> String {
        RuleCase(code: .keyLongest, edits: edits, lineOf: "").brokenXML
    }

    @Test func theLongestKeyMessageSaysLongest() throws {
        let xml = try #require(RuleCase.all.first { $0.code == .keyLongest }).brokenXML
        let hit = try #require(MinimalPack.validate(xml).diagnostics.first { $0.code == .keyLongest })
        #expect(hit.message.contains("longest"))
    }

    @Test func aKeyOnlyABitLongerIsNoCue() {
        // 12 characters against 5 is a cue; 9 against 5 is under the 10-character margin.
        let xml = edited(
            ("<option id=\"a\" correct=\"true\"><label><t lang=\"en\">Block</t>", "<option id=\"a\" correct=\"true\"><label><t lang=\"en\">Block them</t>"))
        #expect(!codes(xml).contains(.keyLongest))
    }

    @Test func anAnchorOnBothSidesMayRepeatAStem() {
        let repeated = ("<prompt><t lang=\"en\">Blocking never helps.</t>", "<prompt><t lang=\"en\">Blocking helps.</t>")
        let preAnchor = ("<true-false id=\"pre-tf\" answer=\"true\"", "<true-false id=\"pre-tf\" anchor=\"true\" answer=\"true\"")
        let postAnchor = ("<true-false id=\"post-tf\" answer=\"false\"", "<true-false id=\"post-tf\" anchor=\"true\" answer=\"false\"")
        #expect(codes(edited(repeated, preAnchor)).contains(.parallelForms))
        #expect(codes(edited(repeated, postAnchor)).contains(.parallelForms))
        #expect(codes(edited(repeated, preAnchor, postAnchor)) == [])
    }

    @Test func parallelFormsAskTheSameKindsOfItems() throws {
        // The post-test's single choice becomes a third true/false statement.
        let xml = edited(
            ("<single-choice id=\"post-sc\"", RuleCase.trueFalse("post-tf-3", answer: true) + "<single-choice id=\"post-sc\""),
            ("<true-false id=\"post-tf-2\" answer=\"true\"", "<true-false id=\"post-tf-2\" answer=\"false\""))
        let diagnostics = MinimalPack.validate(xml).diagnostics
        let hit = try #require(diagnostics.first { $0.code == .parallelForms })
        #expect(hit.message.contains("pre-test has 1 single-choice and 2 true-false but the post-test has 1 single-choice and 3 true-false"))
        #expect(hit.position == MinimalPack.position(of: "<assessment id=\"post\"", in: xml))
    }

    @Test func objectiveCoverageNamesTheObjectiveAndTheCount() throws {
        let xml = edited(("minutes=\"20\">", "minutes=\"20\" items-per-objective=\"4\">"))
        let hits = MinimalPack.validate(xml).diagnostics.filter { $0.code == .objectiveCoverage }
        #expect(hits.count == 2)
        #expect(hits.allSatisfy { $0.message.contains("objective 'obj-block' with 3 scored items") })
        #expect(hits.allSatisfy { $0.suggestion.contains("add 1 more item") })
        // The default asks for three, which the minimal pack has.
        #expect(!codes(edited(("minutes=\"20\">", "minutes=\"20\" items-per-objective=\"3\">"))).contains(.objectiveCoverage))
    }

    @Test func negativeStemsInUkrainianAndRussianToo() {
        let ukrainian = edited(("<t lang=\"uk\">Оберіть одне</t>", "<t lang=\"uk\">Що з цього не є безпечним?</t>"))
        #expect(codes(ukrainian) == [.negativeStem])
        let capitals = edited(("<t lang=\"uk\">Оберіть одне</t>", "<t lang=\"uk\">Що НЕ варто робити?</t>"))
        #expect(codes(capitals) == [.negativeStem])
        // An ordinary "не" in a prompt is not a negative stem.
        let plain = edited(("<t lang=\"uk\">Оберіть одне</t>", "<t lang=\"uk\">Якщо тобі не подобається повідомлення, що робити?</t>"))
        #expect(codes(plain) == [])
    }

    @Test func aPreTestThatSaysWhatItShowsIsNotWarned() throws {
        let hint = (
            "<prompt><t lang=\"en\">Blocking helps.</t><t lang=\"uk\">Блокування допомагає.</t></prompt>",
            "<prompt><t lang=\"en\">Blocking helps.</t><t lang=\"uk\">Блокування допомагає.</t></prompt>\n<hint><t lang=\"en\">Think.</t><t lang=\"uk\">Подумай.</t></hint>")
        let warned = MinimalPack.validate(edited(hint)).diagnostics.first { $0.code == .pretestFeedback }
        #expect(try #require(warned).message.contains("pre-test"))
        for policy in ["shown", "hidden"] {
            let xml = edited(hint, ("<assessment id=\"pre\" kind=\"pre-test\">", "<assessment id=\"pre\" kind=\"pre-test\" feedback=\"\(policy)\">"))
            let result = MinimalPack.validate(xml)
            #expect(result.diagnostics.map(\.formatted) == [])
            #expect(result.pack?.lessons.first { $0.id == "pre" }?.feedback.rawValue == policy)
        }
        let pack = try #require(MinimalPack.validate(MinimalPack.xml).pack)
        #expect(pack.lessons.first { $0.id == "pre" }?.feedback == .hidden)
        #expect(pack.lessons.first { $0.id == "post" }?.feedback == .shown)
        #expect(pack.lessons.first { $0.id == "first" }?.feedback == .shown)
    }

    @Test func plainWordingRulesStopAtThirteen() {
        let older = edited(
            ("age-min=\"12\"", "age-min=\"13\""),
            ("<prompt><t lang=\"en\">Pick one", "<prompt><t lang=\"en\">Which is NOT safe"),
            ("<option id=\"c\"><label><t lang=\"en\">Pay", "<option id=\"c\"><label><t lang=\"en\">None of the above"))
        #expect(codes(older) == [])
    }

    @Test func balancedTrueFalseAndShuffledKeysPass() {
        // Two of four true (the minimal pack) passes; so do keys all first when shuffled.
        let shuffledFirst = edited(
            ("<single-choice id=\"pre-sc\"", RuleCase.choiceItem("pre-sc-2", keys: [("Save", true), ("Send", false), ("Sell", false)]).replacingOccurrences(of: "objectives=", with: "shuffle=\"true\" objectives=") + "<single-choice id=\"pre-sc\""),
            ("<single-choice id=\"post-sc\"", RuleCase.choiceItem("post-sc-2", keys: [("Stop", true), ("Stay", false), ("Sulk", false)]).replacingOccurrences(of: "objectives=", with: "shuffle=\"true\" objectives=") + "<single-choice id=\"post-sc\""))
        #expect(codes(shuffledFirst) == [])
    }

    @Test func aLessonDeclaringAboutItsEstimatePasses() {
        // The second lesson (a vote, a discussion and a ten-minute role play) takes about 17.
        #expect(codes(edited(("<lesson id=\"second\" requires=\"first\"", "<lesson id=\"second\" requires=\"first\" minutes=\"20\""))) == [])
        #expect(codes(edited(("<lesson id=\"second\" requires=\"first\"", "<lesson id=\"second\" requires=\"first\" minutes=\"5\""))) == [.readingLoad])
    }

    @Test func estimatedTimeReadsAtTheYoungestAgesSpeed() throws {
        let pack = try #require(MinimalPack.validate(MinimalPack.xml).pack)
        let second = try #require(pack.lessons.first { $0.id == "second" })
        let minutes = ReadingLoad.estimatedMinutes(of: second, in: pack)
        // 90 s vote + 300 s discussion + 600 s role play, and 6 words at 150 a minute.
        #expect(abs(minutes - (990.0 / 60 + 6.0 / 150)) < 0.001)
    }
}

extension RuleCase {
    static func trueFalse(_ id: String, answer: Bool) -> String {
        """
        <true-false id="\(id)" answer="\(answer)" objectives="obj-block">
        <prompt><t lang="en">Statement \(id)</t><t lang="uk">Твердження \(id)</t></prompt>
        </true-false>

        """
    }
}
