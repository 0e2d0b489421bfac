/// Calls `visit` for one translated text: the text, whether it judges (feedback, hints
/// and the narrative of scenarios, where blaming wording would hurt most), and how to name
/// it in a message. Names are built only when a rule reports something.
typealias TextVisitor = (_ text: LocalizedText, _ isJudgement: Bool, _ name: () -> String) -> Void

extension Pack {
    /// Visits every translated text of the pack, in file order.
    func forEachText(_ visit: TextVisitor) {
        visit(title, false) { "the pack's title" }
        visit(summary, false) { "the pack's summary" }
        if let contentNote { visit(contentNote, false) { "the content note" } }
        for (index, rule) in groundRules.enumerated() { visit(rule.text, false) { "ground rule \(index + 1)" } }
        for objective in objectives { visit(objective.text, false) { "objective '\(objective.id)'" } }
        for construct in constructs { visit(construct.text, false) { "construct '\(construct.id)'" } }
        for contact in contacts {
            visit(contact.name, false) { "the name of support contact '\(contact.id)'" }
            if let hours = contact.hours { visit(hours, false) { "the hours of support contact '\(contact.id)'" } }
            visit(contact.purpose, false) { "the purpose of support contact '\(contact.id)'" }
        }
        for lesson in lessons {
            visit(lesson.title, false) { "the title of \(lesson.label)" }
            if let summary = lesson.summary { visit(summary, false) { "the summary of \(lesson.label)" } }
            for step in lesson.steps {
                step.forEachText { text, isJudgement, part in
                    // Only called while visiting; the exclusivity checker cannot see that.
                    withoutActuallyEscaping(part) { part in
                        visit(text, isJudgement) { "\(part()) of \(step.label)" }
                    }
                }
            }
        }
    }
}

extension Step {
    /// Visits the translated texts of a step, named by their part ("the prompt").
    func forEachText(_ visit: TextVisitor) {
        func optional(_ text: LocalizedText?, _ isJudgement: Bool, _ name: () -> String) {
            guard let text else { return }
            withoutActuallyEscaping(name) { visit(text, isJudgement, $0) }
        }
        switch content {
        case .text(let text):
            visit(text.body, false) { "the body" }
        case .question(let question):
            visit(question.prompt, false) { "the prompt" }
            for (index, hint) in question.hints.enumerated() { visit(hint, true) { "hint \(index + 1)" } }
            for when in Question.FeedbackCase.allCases {
                optional(question.feedback[when], true) { "the '\(when.rawValue)' feedback" }
            }
            question.answer.forEachText(visit)
        case .likert(let item):
            visit(item.statement, false) { "the statement" }
            optional(item.lowLabel, false) { "the low label" }
            optional(item.highLabel, false) { "the high label" }
        case .scenario(let scenario):
            optional(scenario.title, true) { "the title" }
            for node in scenario.nodes {
                visit(node.text, true) { "node '\(node.id)'" }
                for (index, choice) in node.choices.enumerated() {
                    // A choice may voice a poor option on purpose, so it does not judge.
                    visit(choice.label, false) { "choice \(index + 1) of node '\(node.id)'" }
                    optional(choice.feedback, true) { "the feedback of choice \(index + 1) of node '\(node.id)'" }
                }
            }
            for ending in scenario.endings { visit(ending.text, true) { "ending '\(ending.id)'" } }
        case .vote(let vote):
            visit(vote.prompt, false) { "the prompt" }
            for option in vote.options { visit(option.label, false) { "option '\(option.id)'" } }
            optional(vote.facilitatorNote, false) { "the facilitator note" }
        case .discussion(let discussion):
            visit(discussion.prompt, false) { "the prompt" }
            optional(discussion.facilitatorNote, false) { "the facilitator note" }
        case .rolePlay(let rolePlay):
            visit(rolePlay.setup, false) { "the set-up" }
            for role in rolePlay.roles {
                visit(role.name, false) { "the name of role '\(role.id)'" }
                visit(role.brief, false) { "the brief of role '\(role.id)'" }
            }
            optional(rolePlay.facilitatorNote, false) { "the facilitator note" }
        }
    }
}

extension AnswerKey {
    /// Visits the translated texts of options, items and pairs.
    func forEachText(_ visit: TextVisitor) {
        switch self {
        case .singleChoice(let options), .multipleChoice(let options):
            for option in options {
                visit(option.label, false) { "option '\(option.id)'" }
                if let feedback = option.feedback { visit(feedback, true) { "the feedback of option '\(option.id)'" } }
            }
        case .ordering(let items):
            for item in items { visit(item.text, false) { "item '\(item.id)'" } }
        case .matching(let pairs):
            for pair in pairs {
                visit(pair.left, false) { "the left side of pair '\(pair.id)'" }
                visit(pair.right, false) { "the right side of pair '\(pair.id)'" }
            }
        case .trueFalse, .shortAnswer:
            break
        }
    }
}
