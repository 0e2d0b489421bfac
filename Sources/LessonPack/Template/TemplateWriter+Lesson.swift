extension TemplateWriter {
    /// One lesson showing every step kind but likert (the surveys show it).
    mutating func lesson(ages: AgeRange) {
        comment(
            1, "A lesson: steps in any order. objectives: what it teaches; pass-mark: % of its",
            "points; minutes: your estimate (`validate` compares it with the reading time).",
            "Delete the steps you do not need; keep at least one.")
        line(1, "<lesson id=\"lesson-1\" objectives=\"objective-1\" pass-mark=\"60\" minutes=\"25\">")
        texts(2, "title", "the lesson's title")
        texts(2, "summary", "one sentence about the lesson")
        comment(2, "text: information. sources: where its facts come from; contacts: shown with it.")
        line(2, "<text id=\"intro\" objectives=\"objective-1\" sources=\"source-1\" contacts=\"help-1\">")
        texts(3, "body", "what the learner reads; a blank line starts a paragraph")
        line(2, "</text>")
        comment(
            2, "single-choice: exactly one option has correct=\"true\". Keep the options about",
            "as long as each other, so the longest is never the clue.")
        line(2, "<single-choice id=\"choose-one\" objectives=\"objective-1\" shuffle=\"true\">")
        texts(3, "prompt", "a question with one right answer")
        option(3, "right", correct: true, feedback: "why this one is right")
        option(3, "other", correct: false, feedback: "why this one is not the best")
        texts(3, "hint", "a hint, shown when asked for")
        texts(3, "feedback", "shown after a right answer", attributes: " when=\"correct\"")
        comment(
            3, "The player already says \"Right.\" or \"Not quite.\" and, after the last try,",
            "the right answer: the feedback explains why, without repeating those words.")
        texts(3, "feedback", "shown after a wrong answer: explain, never blame", attributes: " when=\"wrong\"")
        line(2, "</single-choice>")
        comment(2, "multiple-choice: at least one option is correct.")
        line(2, "<multiple-choice id=\"choose-all\" objectives=\"objective-1\" shuffle=\"true\">")
        texts(3, "prompt", "a question with one or more right answers")
        option(3, "yes-1", correct: true)
        option(3, "yes-2", correct: true)
        option(3, "no-1", correct: false)
        line(2, "</multiple-choice>")
        comment(2, "true-false: answer says whether the statement is true.")
        line(2, "<true-false id=\"true-or-false\" objectives=\"objective-1\" answer=\"true\">")
        texts(3, "prompt", "a statement that is true")
        texts(3, "feedback", "why the statement is true, shown after a wrong answer", attributes: " when=\"wrong\"")
        line(2, "</true-false>")
        comment(2, "ordering: write the items in the right order; the player shuffles them.")
        line(2, "<ordering id=\"in-order\" objectives=\"objective-1\">")
        texts(3, "prompt", "what to put in order")
        for index in 1...3 { texts(3, "item", "step \(index)", attributes: " id=\"step-\(index)\"") }
        line(2, "</ordering>")
        comment(2, "matching: each pair is a right match; the player shuffles the right sides.")
        line(2, "<matching id=\"match-up\" objectives=\"objective-1\">")
        texts(3, "prompt", "what to match")
        for index in 1...2 {
            line(3, "<pair id=\"pair-\(index)\">")
            texts(4, "left", "word \(index)")
            texts(4, "right", "what word \(index) means")
            line(3, "</pair>")
        }
        line(2, "</matching>")
        comment(
            2, "short-answer: every answer a learner may type, per language. Ask for a word or",
            "a number only: never names, addresses or stories.")
        line(2, "<short-answer id=\"type-it\" objectives=\"objective-1\" spelling=\"close\">")
        texts(3, "prompt", "a question answered with one word or number")
        for language in languages { line(3, "<accept lang=\"\(language)\">TODO: an accepted answer</accept>") }
        line(2, "</short-answer>")
        scenario()
        groupSteps()
        line(1, "</lesson>")
        line(0, "")
    }

    mutating func option(_ depth: Int, _ id: String, correct: Bool, feedback: String? = nil) {
        line(depth, "<option id=\"\(id)\"\(correct ? " correct=\"true\"" : "")>")
        texts(depth + 1, "label", correct ? "a right option" : "a wrong option")
        if let feedback { texts(depth + 1, "feedback", feedback) }
        line(depth, "</option>")
    }

    private mutating func scenario() {
        comment(
            2, "scenario: a story with choices. start names the first node; each choice's",
            "target names a node or an ending; points reward the better choices. Characters",
            "are always fictional.")
        line(2, "<scenario id=\"story\" start=\"start\" objectives=\"objective-1\">")
        texts(3, "title", "the story's title")
        line(3, "<node id=\"start\">")
        texts(4, "text", "what happens to a fictional character")
        line(4, "<choice target=\"good-end\" points=\"1\">")
        texts(5, "label", "a helpful thing to do")
        line(4, "</choice>")
        line(4, "<choice target=\"other-end\">")
        texts(5, "label", "a less helpful thing to do")
        texts(5, "feedback", "why it helps less; the one who harms is responsible")
        line(4, "</choice>")
        line(3, "</node>")
        line(3, "<ending id=\"good-end\" outcome=\"positive\">")
        texts(4, "text", "how the story ends well")
        line(3, "</ending>")
        line(3, "<ending id=\"other-end\" outcome=\"mixed\" contacts=\"help-1\">")
        texts(4, "text", "how it ends, and who can still help")
        line(3, "</ending>")
        line(2, "</scenario>")
    }

    private mutating func groupSteps() {
        comment(
            2, "vote, discussion and role-play are for a group with a facilitator",
            "(`oberih facilitate`); a learner alone never sees a discussion or role-play.")
        line(2, "<vote id=\"group-vote\" objectives=\"objective-1\">")
        texts(3, "prompt", "a question for the group to vote on")
        for (id, what) in [("vote-a", "one answer"), ("vote-b", "another answer")] {
            line(3, "<option id=\"\(id)\">")
            texts(4, "label", what)
            line(3, "</option>")
        }
        texts(3, "facilitator-note", "what the facilitator asks after the vote")
        line(2, "</vote>")
        line(2, "<discussion id=\"talk-about-it\" objectives=\"objective-1\">")
        texts(3, "prompt", "a question for the group to talk about")
        texts(3, "facilitator-note", "what to draw out; made-up examples only")
        line(2, "</discussion>")
        line(2, "<role-play id=\"act-it-out\" objectives=\"objective-1\" minutes=\"5\">")
        texts(3, "setup", "the situation, read to everyone")
        for index in 1...2 {
            line(3, "<role id=\"role-\(index)\">")
            texts(4, "name", "a fictional name")
            texts(4, "brief", "what this player does")
            line(3, "</role>")
        }
        texts(3, "facilitator-note", "how to run it; anyone may watch instead")
        line(2, "</role-play>")
    }
}
