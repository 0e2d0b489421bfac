import LessonEngine
import LessonPack

extension TextScreens {
    /// What an input came to.
    ///
    /// - A question: the verdict in kind words, the points when any were earned, which
    ///   parts were right (`partsRight`), the feedback, and whether another try is open;
    ///   in a teaching lesson, once no try is left, the right answer. A short answer
    ///   taken though spelt a little differently says so instead of the verdict. A hint
    ///   (`?`) shows the hint alone.
    ///   In a test that shows no feedback (a pre-test): only that the answer is saved.
    /// - A Likert item or a vote: "Noted."; a skip anywhere: "Skipped — that's fine."
    /// - A scenario choice: its feedback, and at an ending the ending's text and contacts;
    ///   no verdict and no points (a story's outcome carries the points of the whole path
    ///   so far, not of this choice; the summary has them).
    /// - Moving on from a text, discussion or role play, or a scenario choice without
    ///   feedback: nothing (an empty string); the next screen follows.
    public func outcome(_ outcome: StepOutcome, presented: PresentedStep, pack: Pack, style: ScreenStyle) -> String {
        let words = ScreenWords(style: style, pack: pack)
        var screen = ScreenText(style: style)
        let feedback = outcome.feedback.map(words.text).filter { !TextWrapper.paragraphs(of: $0).isEmpty }
        var isQuestion = false
        var question: Question?
        var showsVerdict = true
        var endingContacts: [SupportContact] = []
        switch presented.step.content {
        case .question(let asked):
            isQuestion = true
            question = asked
            if outcome.isWithheld {
                screen.wrap(words.word(.answerSaved))
                return screen.text()
            }
            if outcome.verdict == .recorded {
                // A question's answers are judged; the only thing recorded without a
                // judgement is a hint asked for.
                for hint in feedback {
                    screen.add(Self.item(marker: "", text: words.word(.hintText, hint), width: style.width, hang: "  "))
                }
                return screen.text()
            }
        case .scenario(let scenario):
            showsVerdict = outcome.verdict == .skipped
            // An ending comes last in the feedback; its contacts are shown under it.
            if outcome.next != .sameStep, let last = outcome.feedback.last,
                let ending = scenario.endings.first(where: { $0.text == last })
            {
                endingContacts = ending.contacts.compactMap { reference in
                    pack.contacts.first { $0.id == reference.id }
                }
            }
        case .text, .discussion, .rolePlay:
            showsVerdict = outcome.verdict == .skipped
            if !showsVerdict && feedback.isEmpty { return "" }
        case .likert, .vote:
            break
        }
        if let accepted = outcome.spellingCorrection {
            screen.wrap(words.word(.almostCheckSpelling, accepted), .bold)
        } else if showsVerdict {
            screen.wrap(Self.verdict(outcome.verdict, words: words), .bold)
        }
        if isQuestion && outcome.pointsEarned > 0 {
            // Against the question's points, so that answers add up to the summary's score.
            let maximum = question?.points ?? outcome.pointsAvailable
            screen.wrap(words.word(.pointsEarned, words.points(outcome.pointsEarned, of: maximum)))
        }
        if let question, outcome.verdict != .correct, let parts = outcome.parts,
            let line = Self.partsRight(parts, question: question, words: words)
        {
            screen.wrap(line)
        }
        for text in feedback {
            screen.gap()
            screen.wrap(text)
        }
        if !endingContacts.isEmpty {
            screen.gap()
            for contact in endingContacts { screen.add(Self.contact(contact, words: words, style: style, showsCountry: true)) }
        }
        let judged = outcome.verdict == .wrong || outcome.verdict == .partlyCorrect
        if isQuestion && judged && outcome.attemptsLeft > 0 && outcome.next == .sameStep {
            screen.gap()
            let keeps = outcome.verdict == .partlyCorrect
            screen.wrap(words.word(keeps ? .tryAgainOrKeep : .tryAgain, String(outcome.attemptsLeft)))
        }
        if let question, outcome.showsRightAnswer, let answer = Self.rightAnswer(question, presented: presented, words: words) {
            screen.gap()
            screen.wrap(answer)
        }
        return screen.text()
    }

    /// The verdict in one line: kind, never blaming.
    static func verdict(_ verdict: Verdict, words: ScreenWords) -> String {
        switch verdict {
        case .correct: return words.word(.verdictCorrect)
        case .partlyCorrect: return words.word(.verdictPartlyCorrect)
        case .wrong: return words.word(.verdictWrong)
        case .recorded: return words.word(.verdictRecorded)
        case .skipped: return words.word(.verdictSkipped)
        }
    }
}
