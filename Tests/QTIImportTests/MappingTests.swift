import Foundation
import LessonPack
import QTIImport
import Testing

/// Each mapping on a small item of our own.
struct MappingTests {
    static let single = #"<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse><value>B</value></correctResponse></responseDeclaration>"#

    static func choices(_ max: Int, shuffle: Bool = false) -> String {
        """
        <p>Read this first.</p>
        <choiceInteraction responseIdentifier="RESPONSE" shuffle="\(shuffle)" maxChoices="\(max)">
          <prompt>Which are safe?</prompt>
          <simpleChoice identifier="A">Share your password</simpleChoice>
          <simpleChoice identifier="B">Tell a <b>trusted</b> adult</simpleChoice>
          <simpleChoice identifier="C">Block and report</simpleChoice>
          <simpleChoice identifier="D">Reply angrily</simpleChoice>
        </choiceInteraction>
        """
    }

    @Test func maxChoicesOneIsASingleChoice() throws {
        let result = try QTIFixture.read(QTIFixture.item(declarations: Self.single, body: Self.choices(1)))
        let question = try #require(result.question)
        #expect(question.kind == .singleChoice)
        #expect(question.prompt == "Read this first.\n\nWhich are safe?")
        // Mixed content keeps its order: "Tell a <b>trusted</b> adult".
        #expect(question.options.map(\.label) == ["Share your password", "Tell a trusted adult", "Block and report", "Reply angrily"])
        #expect(question.options.map(\.isCorrect) == [false, true, false, false])
        #expect(result.notes.isEmpty)
    }

    @Test func aMultipleResponseIsAMultipleChoiceWhateverItsMaxChoices() throws {
        let declarations = #"<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier"><correctResponse><value>B</value><value>C</value></correctResponse></responseDeclaration>"#
        for max in [0, 1, 2, 4] {
            let result = try QTIFixture.read(QTIFixture.item(declarations: declarations, body: Self.choices(max)))
            let question = try #require(result.question)
            #expect(question.kind == .multipleChoice)
            #expect(question.options.filter(\.isCorrect).map(\.id) == ["b", "c"])
            // match_correct is all or nothing; the pack gives partial credit.
            #expect(result.messages(.lost).contains { $0.hasPrefix("QTI scored it all or nothing (match_correct)") })
            #expect(result.messages(.lost).contains { $0.contains("at most 2 choices") } == (max == 2))
            // maxChoices 1 on a multiple response: QTI took one choice, the pack takes any number.
            #expect(result.messages(.lost).contains { $0.contains("at most 1 choice;") } == (max == 1))
        }
    }

    @Test func aCorrectResponseNamingAMissingChoiceIsReported() throws {
        let declarations = #"<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier"><correctResponse><value>B</value><value>Z</value><value>C</value></correctResponse></responseDeclaration>"#
        let result = try QTIFixture.read(QTIFixture.item(declarations: declarations, body: Self.choices(0)))
        let question = try #require(result.question)
        #expect(question.options.filter(\.isCorrect).map(\.id) == ["b", "c"])
        #expect(
            result.messages(.lost).contains(
                "its correctResponse also names 'Z', which is not one of its choices (so in QTI no answer could be "
                    + "right); the pack's key is 'B', 'C' alone: check the answer key"), "\(result.notes)")
    }

    @Test func aCorrectResponseNamingNoChoiceSkipsTheInteraction() throws {
        let declarations = #"<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse><value>Z</value></correctResponse></responseDeclaration>"#
        let result = try QTIFixture.read(QTIFixture.item(declarations: declarations, body: Self.choices(1)))
        #expect(result.question == nil)
        #expect(result.messages(.skippedInteraction) == ["choiceInteraction: its correctResponse (Z) names none of its choices"])
    }

    /// A hostile item with many interactions that cannot be mapped: only a bounded number
    /// are tried (each try reads the response processing again), the rest are named.
    @Test func onlyABoundedNumberOfInteractionsIsTried() throws {
        let count = QTIItemReader.maximumTries + 10
        let declarations = (1...count).map { #"<responseDeclaration identifier="G\#($0)" cardinality="single" baseType="identifier"/>"# }.joined()
        let gaps = (1...count).map { #"<inlineChoiceInteraction responseIdentifier="G\#($0)"><inlineChoice identifier="x">x</inlineChoice></inlineChoiceInteraction>"# }
        let result = try QTIFixture.read(QTIFixture.item(declarations: declarations, body: "<p>\(gaps.joined(separator: " "))</p>"))
        #expect(result.question == nil)
        let skipped = result.messages(.skippedInteraction)
        #expect(skipped.count == count)
        #expect(skipped.filter { $0.hasSuffix("it has fewer than two choices") }.count == QTIItemReader.maximumTries)
        #expect(skipped.last?.contains("not tried, as the first \(QTIItemReader.maximumTries) importable interactions") == true)
    }

    @Test func unmappableInteractionsBeforeTheImportedOneAreReportedAndTheTextsNotesComeFirst() throws {
        let declarations = #"<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier"><correctResponse><value>B</value><value>C</value></correctResponse></responseDeclaration>"#
            + (1...3).map { #"<responseDeclaration identifier="G\#($0)" cardinality="single" baseType="identifier"/>"# }.joined()
        let gaps = (1...3).map { #"<inlineChoiceInteraction responseIdentifier="G\#($0)"><inlineChoice identifier="x">x</inlineChoice></inlineChoiceInteraction>"# }
        let body = "<p>Look at the picture <img src=\"a.png\" alt=\"\"/> and \(gaps.joined(separator: " "))</p>" + Self.choices(0)
        let result = try QTIFixture.read(QTIFixture.item(declarations: declarations, body: body))
        let question = try #require(result.question)
        #expect(question.kind == .multipleChoice)
        #expect(question.prompt == ImportedQuestion.putIntoWordsNote + "Look at the picture [picture] and ___ ___ ___\n\nRead this first.\n\nWhich are safe?")
        #expect(result.messages(.skippedInteraction) == Array(repeating: "inlineChoiceInteraction: it has fewer than two choices", count: 3))
        let lost = result.messages(.lost)
        #expect(lost.count == 2, "\(lost)")
        #expect(lost.first?.hasPrefix("picture a.png (no alt text) dropped from the question's text") == true, "\(lost)")
        #expect(lost.last?.hasPrefix("QTI scored it all or nothing (match_correct)") == true, "\(lost)")
    }

    @Test func aSuperscriptIsMarkedSoAPowerDoesNotReadAsANumber() throws {
        let body = """
            <choiceInteraction responseIdentifier="RESPONSE" maxChoices="1">
              <prompt>How much is 10<sup>3</sup>, and what is H<sub>2</sub>O?</prompt>
              <simpleChoice identifier="A">2<sup>10</sup></simpleChoice>
              <simpleChoice identifier="B">x<sup>2n + 1</sup></simpleChoice>
            </choiceInteraction>
            """
        let declarations = #"<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse><value>A</value></correctResponse></responseDeclaration>"#
        let result = try QTIFixture.read(QTIFixture.item(declarations: declarations, body: body))
        let question = try #require(result.question)
        #expect(question.prompt == "How much is 10^3, and what is H2O?")
        #expect(question.options.map(\.label) == ["2^10", "x^(2n + 1)"])
        #expect(result.messages(.lost) == [
            "a superscript in the question's text is written with ^ (\"^3\"), as plain text cannot raise it: check that it reads well, or write it in words",
            "a superscript in option 'A' is written with ^ (\"^10\"), as plain text cannot raise it: check that it reads well, or write it in words",
            "a superscript in option 'B' is written with ^ (\"^(2n + 1)\"), as plain text cannot raise it: check that it reads well, or write it in words",
        ])
    }

    @Test func anOrderedListKeepsItsNumbers() throws {
        let body = """
            <p>Read the steps.</p><ol start="2"><li>Stop replying</li><li>Keep a <b>screenshot</b></li></ol>
            <ul><li>Tell an adult</li></ul>
            <choiceInteraction responseIdentifier="RESPONSE" maxChoices="1"><prompt>Which come first?</prompt>
              <simpleChoice identifier="A">2 then 3</simpleChoice><simpleChoice identifier="B">3 then 2</simpleChoice>
            </choiceInteraction>
            """
        let declarations = #"<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse><value>A</value></correctResponse></responseDeclaration>"#
        let result = try QTIFixture.read(QTIFixture.item(declarations: declarations, body: body))
        let question = try #require(result.question)
        #expect(question.prompt == "Read the steps.\n\n2. Stop replying\n\n3. Keep a screenshot\n\nTell an adult\n\nWhich come first?")
        #expect(result.notes.isEmpty, "\(result.notes)")
    }

    @Test func aMappingThatIsThePacksOwnRuleLosesNothing() throws {
        let declarations = """
            <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier">
              <correctResponse><value>B</value><value>C</value></correctResponse>
              <mapping lowerBound="0" upperBound="4" defaultValue="-2">
                <mapEntry mapKey="B" mappedValue="2"/><mapEntry mapKey="C" mappedValue="2"/>
              </mapping>
            </responseDeclaration>
            """
        let result = try QTIFixture.read(
            QTIFixture.item(declarations: declarations, body: Self.choices(0), processing: QTIFixture.mapResponse))
        #expect(result.question?.points == 4)
        #expect(result.notes.isEmpty, "\(result.notes)")
    }

    @Test func mapResponsePartialScoresAreReportedAndTheMaximumKept() throws {
        let declarations = """
            <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
              <mapping defaultValue="0">
                <mapEntry mapKey="B" mappedValue="3"/><mapEntry mapKey="C" mappedValue="1.5"/>
              </mapping>
            </responseDeclaration>
            """
        let result = try QTIFixture.read(
            QTIFixture.item(declarations: declarations, body: Self.choices(1), processing: QTIFixture.mapResponse))
        let question = try #require(result.question)
        // No correctResponse: the option with the highest mapped value is the key.
        #expect(question.options.filter(\.isCorrect).map(\.id) == ["b"])
        #expect(question.points == 3)
        #expect(result.messages(.lost) == [
            "QTI's scores per choice (A 0, B 3, C 1.5, D 0) become 3 for the right option and 0 for any other: "
                + "the pack scores a single choice all or nothing"
        ])
    }

    @Test func orderInteractionIsAnOrdering() throws {
        let declarations = #"<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse><value>S2</value><value>S3</value><value>S1</value></correctResponse></responseDeclaration>"#
        let body = """
            <orderInteraction responseIdentifier="RESPONSE" shuffle="true"><prompt>Put in order.</prompt>
              <simpleChoice identifier="S1">Report it</simpleChoice>
              <simpleChoice identifier="S2">Stop replying</simpleChoice>
              <simpleChoice identifier="S3">Keep a screenshot</simpleChoice>
            </orderInteraction>
            """
        let question = try QTIFixture.question(QTIFixture.item(declarations: declarations, body: body))
        #expect(question.kind == .ordering)
        #expect(question.items.map(\.id) == ["s2", "s3", "s1"])
        #expect(question.items.map(\.text) == ["Stop replying", "Keep a screenshot", "Report it"])
    }

    static let matchBody = """
        <matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="3">
          <prompt>Match them.</prompt>
          <simpleMatchSet>
            <simpleAssociableChoice identifier="L1" matchMax="1">Phishing</simpleAssociableChoice>
            <simpleAssociableChoice identifier="L2" matchMax="1">Two-step verification</simpleAssociableChoice>
          </simpleMatchSet>
          <simpleMatchSet>
            <simpleAssociableChoice identifier="R1" matchMax="1">A code as well as a password</simpleAssociableChoice>
            <simpleAssociableChoice identifier="R2" matchMax="1">A fake message after your password</simpleAssociableChoice>
            <simpleAssociableChoice identifier="R3" matchMax="1">A strong password</simpleAssociableChoice>
          </simpleMatchSet>
        </matchInteraction>
        """

    @Test func matchInteractionIsAMatchingAndItsDistractorIsReported() throws {
        let declarations = #"<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair"><correctResponse><value>L1 R2</value><value>L2 R1</value></correctResponse></responseDeclaration>"#
        let result = try QTIFixture.read(QTIFixture.item(declarations: declarations, body: Self.matchBody))
        let question = try #require(result.question)
        #expect(question.kind == .matching)
        #expect(question.pairs.map(\.id) == ["l1", "l2"])
        #expect(question.pairs.map(\.right) == ["A fake message after your password", "A code as well as a password"])
        #expect(result.messages(.lost).contains { $0.contains("'R3' \"A strong password\"") && $0.contains("no distractors") })
    }

    @Test func aManyToOneMatchIsSkipped() throws {
        let declarations = #"<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair"><correctResponse><value>L1 R2</value><value>L2 R2</value></correctResponse></responseDeclaration>"#
        let result = try QTIFixture.read(QTIFixture.item(declarations: declarations, body: Self.matchBody))
        #expect(result.question == nil)
        #expect(result.messages(.skippedInteraction) == [
            "matchInteraction: 'R2' (\"A fake message after your password\") is in more than one correct pair; the pack's matching pairs each side with exactly one other"
        ])
        #expect(result.messages(.skippedItem).count == 1)
    }

    @Test func associateInteractionIsAMatching() throws {
        let declarations = #"<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="pair"><correctResponse><value>A B</value><value>C D</value></correctResponse></responseDeclaration>"#
        let body = """
            <associateInteraction responseIdentifier="RESPONSE" shuffle="false" maxAssociations="2"><prompt>Pair them.</prompt>
              <simpleAssociableChoice identifier="A" matchMax="1">Post</simpleAssociableChoice>
              <simpleAssociableChoice identifier="B" matchMax="1">Think first</simpleAssociableChoice>
              <simpleAssociableChoice identifier="C" matchMax="1">Stranger</simpleAssociableChoice>
              <simpleAssociableChoice identifier="D" matchMax="1">Do not meet alone</simpleAssociableChoice>
            </associateInteraction>
            """
        let result = try QTIFixture.read(QTIFixture.item(declarations: declarations, body: body))
        let question = try #require(result.question)
        #expect(question.pairs.map { "\($0.left)=\($0.right)" } == ["Post=Think first", "Stranger=Do not meet alone"])
        #expect(result.messages(.lost) == [
            "QTI scored the matching all or nothing; the pack gives the share of pairs matched (docs/scoring.md)"
        ])
    }

    @Test func aPairsMappingKeyIsUnordered() throws {
        // In QTI a pair is unordered: the mapping's "B A" is the correct response's "A B".
        let declarations = """
            <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="pair">
              <correctResponse><value>A B</value><value>C D</value></correctResponse>
              <mapping defaultValue="0"><mapEntry mapKey="B A" mappedValue="1"/><mapEntry mapKey="D C" mappedValue="1"/></mapping>
            </responseDeclaration>
            """
        let body = """
            <associateInteraction responseIdentifier="RESPONSE" shuffle="false" maxAssociations="2"><prompt>Pair them.</prompt>
              <simpleAssociableChoice identifier="A" matchMax="1">Post</simpleAssociableChoice>
              <simpleAssociableChoice identifier="B" matchMax="1">Think first</simpleAssociableChoice>
              <simpleAssociableChoice identifier="C" matchMax="1">Stranger</simpleAssociableChoice>
              <simpleAssociableChoice identifier="D" matchMax="1">Do not meet alone</simpleAssociableChoice>
            </associateInteraction>
            """
        let result = try QTIFixture.read(
            QTIFixture.item(declarations: declarations, body: body, processing: QTIFixture.mapResponse))
        let question = try #require(result.question)
        #expect(question.points == 2)
        // 1 a pair, nothing for a wrong one: the pack's own rule, nothing lost.
        #expect(result.notes.isEmpty, "\(result.notes)")
    }

    static func textEntry(caseSensitive: String) -> String {
        QTIFixture.item(
            declarations: """
                <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string">
                  <correctResponse><value>block</value></correctResponse>
                  <mapping defaultValue="0">
                    <mapEntry mapKey="block" mappedValue="2" \(caseSensitive)/>
                    <mapEntry mapKey="block them" mappedValue="2" \(caseSensitive)/>
                    <mapEntry mapKey="ignore" mappedValue="1" \(caseSensitive)/>
                  </mapping>
                </responseDeclaration>
                """,
            body: #"<p>What can you do? <textEntryInteraction responseIdentifier="RESPONSE" expectedLength="10"/> the account.</p>"#,
            processing: QTIFixture.mapResponse)
    }

    @Test func textEntryTakesTheFullScoreAnswers() throws {
        let result = try QTIFixture.read(Self.textEntry(caseSensitive: #"caseSensitive="false""#))
        let question = try #require(result.question)
        #expect(question.kind == .shortAnswer)
        #expect(question.prompt == "What can you do? ___ the account.")
        #expect(question.acceptedAnswers == ["block", "block them"])
        #expect(question.points == 2)
        // Case-insensitive in QTI too: only the partial answer is lost.
        #expect(result.messages(.lost) == [
            "the answer 'ignore' earned 1 of 2 points in QTI; the pack gives all or nothing, so it is not accepted"
        ])
    }

    @Test func aCaseSensitiveTextEntryIsReported() throws {
        let result = try QTIFixture.read(Self.textEntry(caseSensitive: ""))
        #expect(result.messages(.lost).contains {
            $0.hasPrefix("QTI compared 'block', 'block them' with case; the pack ignores case")
        })
    }

    @Test func inlineChoiceIsASingleChoice() throws {
        let declarations = #"<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse><value>T</value></correctResponse></responseDeclaration>"#
        let body = """
            <p>If a message scares you, <inlineChoiceInteraction responseIdentifier="RESPONSE" shuffle="false">
              <inlineChoice identifier="K">keep it secret</inlineChoice><inlineChoice identifier="T">tell an adult</inlineChoice>
            </inlineChoiceInteraction> straight away.</p>
            """
        let result = try QTIFixture.read(QTIFixture.item(declarations: declarations, body: body))
        let question = try #require(result.question)
        #expect(question.kind == .singleChoice)
        #expect(question.prompt == "If a message scares you, ___ straight away.")
        #expect(question.options.map(\.label) == ["keep it secret", "tell an adult"])
        #expect(question.options.map(\.isCorrect) == [false, true])
        #expect(result.notes.isEmpty)
    }

    @Test func modalFeedbackTiedToTheVerdictOfCustomProcessing() throws {
        let processing = """
            <responseProcessing>
              <responseCondition>
                <responseIf>
                  <match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>
                  <setOutcomeValue identifier="SCORE"><baseValue baseType="float">2</baseValue></setOutcomeValue>
                  <setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">RIGHT</baseValue></setOutcomeValue>
                </responseIf>
                <responseElse>
                  <setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">NOTRIGHT</baseValue></setOutcomeValue>
                </responseElse>
              </responseCondition>
            </responseProcessing>
            """
        let after = """
            <modalFeedback outcomeIdentifier="FEEDBACK" identifier="RIGHT" showHide="show">Well done.</modalFeedback>
            <modalFeedback outcomeIdentifier="FEEDBACK" identifier="NOTRIGHT" showHide="show">Telling an adult helps.</modalFeedback>
            <modalFeedback outcomeIdentifier="OTHER" identifier="X" showHide="show">Never shown.</modalFeedback>
            """
        let result = try QTIFixture.read(
            QTIFixture.item(declarations: Self.single, body: Self.choices(1), processing: processing, after: after))
        let question = try #require(result.question)
        #expect(question.points == 2)
        #expect(question.feedback == [.correct: "Well done.", .wrong: "Telling an adult helps."])
        #expect(result.messages(.lost) == [
            "modalFeedback \"Never shown.\" depends on the outcome 'OTHER', which is not set from the answer in a way the pack can follow; dropped"
        ])
    }

    @Test func inlineFeedbackBecomesTheOptionsFeedback() throws {
        let processing = """
            <responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
            """
        // match_correct does not set FEEDBACK, so its own rule is appended as custom processing would.
        let custom = """
            <responseProcessing>
              <responseCondition><responseIf>
                <match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>
                <setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue>
              </responseIf></responseCondition>
              <setOutcomeValue identifier="FEEDBACK"><variable identifier="RESPONSE"/></setOutcomeValue>
            </responseProcessing>
            """
        let body = """
            <choiceInteraction responseIdentifier="RESPONSE" maxChoices="1"><prompt>Someone asks for a photo.</prompt>
              <simpleChoice identifier="A">Send it<feedbackInline outcomeIdentifier="FEEDBACK" identifier="A" showHide="show">It could be shared with anyone.</feedbackInline></simpleChoice>
              <simpleChoice identifier="B">Say no and tell an adult<feedbackInline outcomeIdentifier="FEEDBACK" identifier="B" showHide="show">Yes.</feedbackInline></simpleChoice>
            </choiceInteraction>
            <feedbackBlock outcomeIdentifier="FEEDBACK" identifier="B" showHide="hide"><p>The right answer is to say no.</p></feedbackBlock>
            """
        let question = try QTIFixture.question(
            QTIFixture.item(declarations: Self.single, body: body, processing: custom))
        #expect(question.options.map(\.label) == ["Send it", "Say no and tell an adult"])
        #expect(question.options.map(\.feedback) == ["It could be shared with anyone.", "Yes."])
        #expect(question.feedback == [.wrong: "The right answer is to say no."])
        // The same feedback under match_correct, which never sets FEEDBACK, is reported instead.
        let plain = try QTIFixture.read(QTIFixture.item(declarations: Self.single, body: body, processing: processing))
        #expect(plain.question?.options.compactMap(\.feedback) == [])
        #expect(plain.messages(.lost).count == 3)
    }

    @Test func theCopiedContactIsInThePacksLanguage() throws {
        let question = try QTIFixture.question(QTIFixture.item(declarations: Self.single, body: Self.choices(1)))
        for (language, name) in [("uk", "116\u{00A0}111: дитячі лінії допомоги в Європі"), ("ru-RU", "116\u{00A0}111: детские линии помощи в Европе"), ("en-GB", "116\u{00A0}111: children's helplines in Europe")] {
            let (_, validation) = QTIFixture.pack([question], language: language)
            #expect(!validation.hasErrors, "\(validation.diagnostics.map(\.formatted))")
            let contact = try #require(validation.pack?.contacts.first)
            #expect(contact.name.text(exactly: language) == name)
            #expect(contact.purpose.text(exactly: language)?.isEmpty == false)
        }
        #expect(PackWriter.hasContactText(in: "uk-UA"))
        #expect(!PackWriter.hasContactText(in: "de"))
    }

    @Test func hostileTextIsEscapedAndReadBackUnchanged() throws {
        let body = """
            <choiceInteraction responseIdentifier="RESPONSE" maxChoices="1">
              <prompt>&lt;script&gt;alert("x")&lt;/script&gt; Tom &amp; Ann's "chat" &lt;!-- --&gt; ]]&gt;</prompt>
              <simpleChoice identifier="A">&lt;b&gt;bold&lt;/b&gt; &amp;amp;</simpleChoice>
              <simpleChoice identifier="B">"Quotes" &amp; 'apostrophes'<script>alert(1)</script></simpleChoice>
            </choiceInteraction>
            """
        let result = try QTIFixture.read(
            QTIFixture.item(identifier: "X&quot;&gt;&lt;evil id=&quot;&amp;", declarations: Self.single, body: body), file: "a--b.xml")
        let question = try #require(result.question)
        #expect(question.prompt == #"<script>alert("x")</script> Tom & Ann's "chat" <!-- --> ]]>"#)
        #expect(question.options[1].label == #""Quotes" & 'apostrophes'"#)
        #expect(result.messages(.lost) == ["a <script> element dropped from option 'B'"])
        let (text, validation) = QTIFixture.pack([question])
        #expect(!validation.hasErrors, "\(validation.diagnostics.map(\.formatted))")
        #expect(text.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; Tom &amp; Ann's"))
        #expect(!text.contains("<script"))
        // Identifiers and file names are only written into comments, made safe there.
        #expect(text.contains("<!-- a-\u{2010}b.xml, item X\"><evil id=\"& -->"))
        let step = try #require(validation.pack?.lessons.first?.steps.first)
        #expect(step.id == "x-evil-id")
        let read = try #require(step.question)
        #expect(read.prompt.text(exactly: "en") == question.prompt)
        guard case .singleChoice(let options) = read.answer else {
            Issue.record("not a single choice")
            return
        }
        #expect(options.map { $0.label.text(exactly: "en") } == question.options.map(\.label))
    }

    @Test func aRubricForScorersIsDroppedAndATableReported() throws {
        let body = """
            <rubricBlock view="scorer"><p>Give the mark only for B.</p></rubricBlock>
            <rubricBlock view="candidate tutor"><p>Read the table.</p></rubricBlock>
            <table><tr><th>App</th><th>Age</th></tr><tr><td>Chat</td><td>13</td></tr></table>
            """ + Self.choices(1)
        let result = try QTIFixture.read(QTIFixture.item(declarations: Self.single, body: body))
        let question = try #require(result.question)
        #expect(question.prompt == "Read the table.\n\nApp Age\n\nChat 13\n\nRead this first.\n\nWhich are safe?")
        #expect(!question.prompt.contains("mark"))
        #expect(result.messages(.lost) == [
            "a rubricBlock for the scorer (not for learners) dropped from the question's text",
            "a table in the question's text is flattened to plain text, one row a paragraph: check that it still reads well",
        ])
    }

    @Test func mapResponseWrittenOutIsReadAsTheTemplate() throws {
        let declarations = """
            <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier">
              <correctResponse><value>B</value><value>C</value></correctResponse>
              <mapping lowerBound="0" defaultValue="-1">
                <mapEntry mapKey="B" mappedValue="1"/><mapEntry mapKey="C" mappedValue="1"/>
              </mapping>
            </responseDeclaration>
            """
        let written = """
            <responseProcessing><responseCondition>
              <responseIf><isNull><variable identifier="RESPONSE"/></isNull>
                <setOutcomeValue identifier="SCORE"><baseValue baseType="float">0.0</baseValue></setOutcomeValue></responseIf>
              <responseElse><setOutcomeValue identifier="SCORE"><mapResponse identifier="RESPONSE"/></setOutcomeValue></responseElse>
            </responseCondition></responseProcessing>
            """
        let plain = #"<responseProcessing><setOutcomeValue identifier="SCORE"><mapResponse identifier="RESPONSE"/></setOutcomeValue></responseProcessing>"#
        for processing in [written, plain, QTIFixture.mapResponse] {
            let result = try QTIFixture.read(QTIFixture.item(declarations: declarations, body: Self.choices(0), processing: processing))
            #expect(result.question?.points == 2)
            #expect(result.notes.isEmpty, "\(result.notes)")
        }
        // Anything else is custom processing, reported.
        let other = written.replacingOccurrences(of: "0.0", with: "0.5")
        let result = try QTIFixture.read(QTIFixture.item(declarations: declarations, body: Self.choices(0), processing: other))
        #expect(result.messages(.lost).contains { $0.hasPrefix("custom response processing not carried over") })
    }

    @Test func anOptionThatIsOnlyAPictureIsReportedAsUnanswerable() throws {
        let body = """
            <choiceInteraction responseIdentifier="RESPONSE" maxChoices="1"><prompt>Which sign means stop?</prompt>
              <simpleChoice identifier="A"><img src="a.png" alt="A red octagon"/></simpleChoice>
              <simpleChoice identifier="B"><img src="b.png" alt=""/></simpleChoice>
            </choiceInteraction>
            """
        let result = try QTIFixture.read(QTIFixture.item(declarations: Self.single, body: body))
        let question = try #require(result.question)
        #expect(question.options.map(\.label) == ["[picture: A red octagon]", "[picture]"].map { ImportedQuestion.putIntoWordsNote + $0 })
        #expect(result.messages(.lost) == [
            "picture a.png dropped from option 'A', which shows \"[picture: A red octagon]\" instead; the plain-text pack "
                + "cannot show it, and it is all the option 'A' shows, so the question cannot be answered in plain text: "
                + "describe it in words or remove the question",
            "picture b.png (no alt text) dropped from option 'B', which shows \"[picture]\" instead; the plain-text pack "
                + "cannot show it, and it is all the option 'B' shows, so the question cannot be answered in plain text: "
                + "describe it in words or remove the question",
        ])
    }
}
