extension TemplateWriter {
    /// A pre-test and a post-test as parallel forms: the same kinds of item on the same
    /// objective, three each (`items-per-objective`), with different questions.
    mutating func tests() {
        comment(
            1, "Pre-test and post-test: parallel forms, so the gain between them is fair.",
            "Both measure the same objectives with the same number and kinds of items (at",
            "least 3 per objective); ask each question in other words, never the same one",
            "twice (docs/assessment.md). The pre-test gives no feedback (feedback=\"hidden\").")
        for form in ["pre", "post"] {
            let attributes = form == "pre" ? " feedback=\"hidden\"" : " requires=\"lesson-1\""
            line(1, "<assessment id=\"\(form)-test\" kind=\"\(form)-test\" objectives=\"objective-1\"\(attributes) minutes=\"5\">")
            texts(2, "title", form == "pre" ? "the pre-test's title" : "the post-test's title")
            line(2, "<single-choice id=\"\(form)-choose\" shuffle=\"true\">")
            texts(3, "prompt", "\(form)-test question 1, with one right answer")
            option(3, "\(form)-right", correct: true)
            option(3, "\(form)-other-1", correct: false)
            option(3, "\(form)-other-2", correct: false)
            line(2, "</single-choice>")
            line(2, "<multiple-choice id=\"\(form)-choose-all\" shuffle=\"true\">")
            texts(3, "prompt", "\(form)-test question 2, with two right answers")
            option(3, "\(form)-yes-1", correct: true)
            option(3, "\(form)-yes-2", correct: true)
            option(3, "\(form)-no", correct: false)
            line(2, "</multiple-choice>")
            line(2, "<true-false id=\"\(form)-true-false\" answer=\"\(form == "pre" ? "true" : "false")\">")
            texts(3, "prompt", "\(form)-test question 3, a statement that is \(form == "pre" ? "true" : "false")")
            line(2, "</true-false>")
            line(1, "</assessment>")
        }
        line(0, "")
    }

    /// The same statement before and after the lessons, so attitude change is measured.
    mutating func surveys() {
        comment(
            1, "Surveys: likert statements, unscored, the same before and after the lessons.",
            "scale: 3-7 points; reverse=\"true\" when agreeing shows less of the construct.")
        for timing in ["before", "after"] {
            let requires = timing == "after" ? " requires=\"lesson-1\"" : ""
            line(1, "<assessment id=\"survey-\(timing)\" kind=\"survey\" timing=\"\(timing)\"\(requires) minutes=\"2\">")
            texts(2, "title", timing == "before" ? "the survey's title, before the lesson" : "the survey's title, after")
            line(2, "<likert id=\"\(timing)-1\" construct=\"construct-1\" scale=\"5\">")
            texts(3, "statement", "a statement to agree or disagree with, the same before and after")
            texts(3, "low", "the lowest point, such as \"Strongly disagree\"")
            texts(3, "high", "the highest point, such as \"Strongly agree\"")
            line(2, "</likert>")
            line(1, "</assessment>")
        }
    }
}
