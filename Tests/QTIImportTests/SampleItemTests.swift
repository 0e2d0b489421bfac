import Foundation
import LessonPack
import QTIImport
import Testing

/// The 39 IMS QTI 2.1 sample items from QTIWorks, read from ../shared/testdata/qti21-items.
@Suite(.enabled(if: QTIFixture.samplesPresent || ProcessInfo.processInfo.environment["CI"] == "true"))
struct SampleItemTests {
    static let imported = [
        "associate.xml", "choice.xml", "choice_fixed.xml", "choice_multiple.xml", "feedback.xml", "inline_choice.xml",
        "math.xml", "order.xml", "order_partial_scoring.xml", "shufflechoice.xml", "shuffleinline_choice.xml",
        "text_entry.xml", "text_entry1.xml", "text_entry2.xml",
    ]

    /// Each skipped item and a phrase its "item skipped" or "skipped" line must hold.
    static let skipped: [String: String] = [
        "adaptive.xml": "an adaptive item", "adaptive_template.xml": "an adaptive item",
        "feedback_adaptive.xml": "an adaptive item", "hint.xml": "an adaptive item",
        "template.xml": "a template item", "template_image.xml": "a template item",
        "drawing.xml": "drawingInteraction", "extended_text.xml": "extendedTextInteraction",
        "nested_object.xml": "extendedTextInteraction", "gap_match.xml": "gapMatchInteraction",
        "shufflegap_match.xml": "gapMatchInteraction", "graphic_associate.xml": "graphicAssociateInteraction",
        "graphic_gap_match.xml": "graphicGapMatchInteraction", "graphic_order.xml": "graphicOrderInteraction",
        "hotspot.xml": "hotspotInteraction", "hottext.xml": "hottextInteraction",
        "position_object.xml": "positionObjectInteraction", "select_point.xml": "selectPointInteraction",
        "slider.xml": "sliderInteraction", "upload.xml": "uploadInteraction", "upload_composite.xml": "uploadInteraction",
        "likert.xml": "no correct response and no response processing",
        "match.xml": "'M' (\"A Midsummer-Night's Dream\") is in more than one correct pair",
        "towns.xml": "custom response processing decides what is right",
        "choice_multiple_chocolade.xml": "custom response processing decides what is right",
    ]

    @Test func everySampleIsEitherImportedOrSkippedWithALineSayingWhy() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: QTIFixture.samplesFolder.path)
            .filter { $0.hasSuffix(".xml") }.sorted()
        #expect(names.count == 39)
        #expect(Set(names) == Set(Self.imported).union(Self.skipped.keys))
        for name in names {
            let result = try QTIFixture.sample(name)
            if Self.imported.contains(name) {
                #expect(result.question != nil, "\(name): \(result.notes)")
                #expect(result.messages(.skippedItem).isEmpty, "\(name)")
            } else {
                #expect(result.question == nil, "\(name)")
                let itemLines = result.notes.filter { $0.kind == .skippedItem }
                #expect(itemLines.count == 1, "\(name): one line says the item is skipped")
                let phrase = try #require(Self.skipped[name])
                #expect(result.notes.contains { $0.message.contains(phrase) }, "\(name): \(result.notes)")
                // Every line names the file and the item.
                #expect(result.notes.allSatisfy { $0.file == name && $0.itemIdentifier?.isEmpty == false })
                #expect(itemLines.first?.description.hasPrefix("\(name):") == true)
            }
        }
    }

    @Test func onlyThreeSamplesImportWithNothingLost() throws {
        let complete = try Self.imported.filter { try QTIFixture.sample($0).isComplete }
        #expect(complete == ["feedback.xml", "inline_choice.xml", "shuffleinline_choice.xml"])
    }

    @Test func aSkippedInteractionIsOneLineWithFileLineAndItem() throws {
        let result = try QTIFixture.sample("drawing.xml")
        let line = try #require(result.notes.first { $0.kind == .skippedInteraction })
        #expect(line.description.hasPrefix("drawing.xml:11: item 'drawing': skipped: drawingInteraction"))
        #expect(!line.description.contains("\n"))
    }

    @Test func choiceIsASingleChoiceAndItsPictureIsReported() throws {
        let result = try QTIFixture.sample("choice.xml")
        let question = try #require(result.question)
        #expect(question.kind == .singleChoice)
        #expect(question.id == "choice")
        #expect(question.options.map(\.label) == [
            "You must stay with your luggage at all times.", "Do not let someone else look after your luggage.",
            "Remember your luggage when you leave.",
        ])
        #expect(question.options.map(\.isCorrect) == [true, false, false])
        #expect(question.options.map(\.id) == ["choice-a", "choice-b", "choice-c"])
        #expect(question.prompt == ImportedQuestion.putIntoWordsNote + "Look at the text in the picture.\n\n[picture: NEVER LEAVE LUGGAGE UNATTENDED]\n\nWhat does it say?")
        #expect(question.points == 1)
        let lost = result.messages(.lost)
        #expect(lost.count == 1)
        #expect(lost.first?.contains("picture images/sign.png") == true)
        #expect(lost.first?.contains("the question refers to it, so it will not make sense without it") == true)
    }

    @Test func choiceMultipleKeepsItsMaximumAndReportsItsWeights() throws {
        let result = try QTIFixture.sample("choice_multiple.xml")
        let question = try #require(result.question)
        #expect(question.kind == .multipleChoice)
        #expect(question.options.filter(\.isCorrect).map(\.label) == ["Hydrogen", "Oxygen"])
        #expect(question.points == 2)
        #expect(question.shuffles)
        let lost = try #require(result.messages(.lost).first)
        #expect(lost.contains("H 1, He -2, C -2, O 1, N -2, Cl -1; at least 0, at most 2"))
        #expect(lost.contains("(right chosen − wrong chosen) ÷ 2 right options × 2 points"))
    }

    @Test func orderKeepsTheCorrectOrderAndSaysTheScoringChanged() throws {
        let result = try QTIFixture.sample("order.xml")
        let question = try #require(result.question)
        #expect(question.kind == .ordering)
        #expect(question.items.map(\.text) == ["Michael Schumacher", "Rubens Barrichello", "Jenson Button"])
        #expect(result.messages(.lost) == [
            "QTI scored the order all or nothing; the pack gives the share of items in their right place (docs/scoring.md)"
        ])
        let partial = try QTIFixture.sample("order_partial_scoring.xml")
        #expect(partial.question?.points == 2)
        #expect(partial.messages(.lost).contains { $0.hasPrefix("custom response processing not carried over") })
    }

    @Test func associateBecomesMatchingWithWeightsReported() throws {
        let result = try QTIFixture.sample("associate.xml")
        let question = try #require(result.question)
        #expect(question.kind == .matching)
        #expect(question.pairs.map { "\($0.left)=\($0.right)" } == [
            "Antonio=Prospero", "Capulet=Montague", "Demetrius=Lysander",
        ])
        #expect(question.points == 4)
        #expect(result.messages(.lost) == [
            "QTI's scores per pair (A P 2, C M 1, D L 1) become the pack's: 4 points × pairs matched ÷ 3 (docs/scoring.md)"
        ])
    }

    @Test func textEntryAcceptsTheFullScoreAnswerAndReportsCaseAndPartialCredit() throws {
        let result = try QTIFixture.sample("text_entry.xml")
        let question = try #require(result.question)
        #expect(question.kind == .shortAnswer)
        #expect(question.acceptedAnswers == ["York"])
        #expect(question.prompt.hasSuffix("this sun of ___; And all the clouds that lour'd upon our house In the deep bosom of the ocean buried."))
        let lost = result.messages(.lost)
        #expect(lost.contains("the answer 'york' earned 0.5 of 1 point in QTI; the pack ignores case, so it now earns full points"))
        #expect(lost.contains { $0.hasPrefix("QTI compared 'York' with case") })
    }

    @Test func inlineChoiceIsASingleChoiceWithAGapInThePrompt() throws {
        let result = try QTIFixture.sample("inline_choice.xml")
        let question = try #require(result.question)
        #expect(question.kind == .singleChoice)
        #expect(question.options.map(\.label) == ["Gloucester", "Lancaster", "York"])
        #expect(question.options.first(where: \.isCorrect)?.label == "York")
        #expect(question.prompt.contains("by this sun of ___; And all"))
        #expect(result.notes.isEmpty, "\(result.notes)")
    }

    @Test func feedbackGoesToTheOptionsAndTheVerdicts() throws {
        let result = try QTIFixture.sample("feedback.xml")
        let question = try #require(result.question)
        #expect(question.options.map(\.feedback) == [
            "No, he is the President of the USA.", "No, he is the Prime Minister of England.", "Yes.",
            "No, he is the Prime Minister of Israel.",
        ])
        #expect(question.feedback[.correct] == "Yes, that is correct.")
        #expect(question.feedback[.wrong] == "No, the correct answer is Vicente Fox.")
        #expect(result.notes.isEmpty, "\(result.notes)")
    }

    @Test func mathIsDroppedWithALine() throws {
        let result = try QTIFixture.sample("math.xml")
        #expect(result.question?.prompt == ImportedQuestion.putIntoWordsNote + "Which famous scientist is popularly associated with the equation [formula] ?")
        #expect(result.messages(.lost).first == "a MathML formula (\"E = m c 2\") dropped from the question's text, which shows \"[formula]\" instead: write it in words")
    }

    @Test func thePackOfEverySampleValidatesWithUniqueIds() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: QTIFixture.samplesFolder.path)
            .filter { $0.hasSuffix(".xml") }.sorted()
        let questions = try names.compactMap { try QTIFixture.sample($0).question }
        #expect(questions.count == Self.imported.count)
        let (text, validation) = QTIFixture.pack(questions)
        #expect(!validation.hasErrors, "\(validation.diagnostics.map(\.formatted))\n\(text)")
        // Besides what the author must still write (the title, the authors and licence, the
        // objective, and each text that showed a picture or a formula), the one warning is a
        // real item-writing one: "None of the above" in choice_fixed.
        let codes = validation.diagnostics.map(\.code)
        #expect(codes.filter { $0 != .templatePlaceholder } == [.allNoneOfTheAbove])
        let placeholders = validation.diagnostics.filter { $0.code == .templatePlaceholder }.map(\.message)
        #expect(placeholders.contains { $0.contains("the prompt of single-choice step 'choice'") }, "\(placeholders)")
        #expect(placeholders.contains { $0.contains("authors or licence") } && placeholders.contains { $0.contains("objective") })
        let pack = try #require(validation.pack)
        let steps = try #require(pack.lessons.first?.steps)
        #expect(steps.map(\.id).prefix(4) == ["associate", "choice", "choice-2", "choice-multiple"])
        #expect(Set(steps.map(\.id)).count == steps.count)
        #expect(steps.map(\.kindName) == [
            "matching", "single-choice", "single-choice", "multiple-choice", "single-choice", "single-choice",
            "single-choice", "ordering", "ordering", "single-choice", "single-choice", "short-answer", "short-answer",
            "short-answer",
        ])
        let multiple = try #require(steps[3].question)
        #expect(multiple.points == 2)
        #expect(text.contains("<!--\n  Imported by `oberih import-qti` from IMS QTI 2.1 items"))
        #expect(text.contains("    choice_multiple.xml\n"))
    }
}
