extension Pack {
    /// A translated text with a description of where it is, for messages.
    struct LabeledText {
        var text: LocalizedText
        var label: String
        /// Feedback, hints and the narrative of scenarios: where blaming wording would hurt
        /// most. A scenario choice's label is not one: it may voice a poor choice on purpose.
        var isJudgement: Bool
    }

    /// Every translated text of the pack, in file order.
    var labeledTexts: [LabeledText] {
        var result: [LabeledText] = []
        func add(_ text: LocalizedText?, _ label: String, judgement: Bool = false) {
            if let text { result.append(LabeledText(text: text, label: label, isJudgement: judgement)) }
        }
        add(title, "the pack's title")
        add(summary, "the pack's summary")
        add(contentNote, "the content note")
        for (index, rule) in groundRules.enumerated() { add(rule, "ground rule \(index + 1)") }
        for objective in objectives { add(objective.text, "objective '\(objective.id)'") }
        for construct in constructs { add(construct.text, "construct '\(construct.id)'") }
        for contact in contacts {
            let label = "support contact '\(contact.id)'"
            add(contact.name, "the name of \(label)")
            add(contact.hours, "the hours of \(label)")
            add(contact.purpose, "the purpose of \(label)")
        }
        for lesson in lessons {
            add(lesson.title, "the title of \(lesson.label)")
            add(lesson.summary, "the summary of \(lesson.label)")
            for step in lesson.steps {
                for (text, part, judgement) in step.translatedParts {
                    add(text, "\(part) of \(step.label)", judgement: judgement)
                }
            }
        }
        return result
    }
}

extension Step {
    /// The translated texts of a step: the text, what part it is, and whether it judges.
    var translatedParts: [(LocalizedText?, String, Bool)] {
        switch content {
        case .text(let text):
            return [(text.body, "the body", false)]
        case .question(let question):
            var parts: [(LocalizedText?, String, Bool)] = [(question.prompt, "the prompt", false)]
            parts += question.hints.enumerated().map { ($1, "hint \($0 + 1)", true) }
            parts += Question.FeedbackCase.allCases.map {
                (question.feedback[$0], "the '\($0.rawValue)' feedback", true)
            }
            switch question.answer {
            case .singleChoice(let options), .multipleChoice(let options):
                for option in options {
                    parts.append((option.label, "option '\(option.id)'", false))
                    parts.append((option.feedback, "the feedback of option '\(option.id)'", true))
                }
            case .ordering(let items):
                parts += items.map { ($0.text, "item '\($0.id)'", false) }
            case .matching(let pairs):
                for pair in pairs {
                    parts.append((pair.left, "the left side of pair '\(pair.id)'", false))
                    parts.append((pair.right, "the right side of pair '\(pair.id)'", false))
                }
            case .trueFalse, .shortAnswer:
                break
            }
            return parts
        case .likert(let item):
            return [
                (item.statement, "the statement", false), (item.lowLabel, "the low label", false),
                (item.highLabel, "the high label", false),
            ]
        case .scenario(let scenario):
            var parts: [(LocalizedText?, String, Bool)] = [(scenario.title, "the title", true)]
            for node in scenario.nodes {
                parts.append((node.text, "node '\(node.id)'", true))
                for (index, choice) in node.choices.enumerated() {
                    parts.append((choice.label, "choice \(index + 1) of node '\(node.id)'", false))
                    parts.append((choice.feedback, "the feedback of choice \(index + 1) of node '\(node.id)'", true))
                }
            }
            parts += scenario.endings.map { ($0.text, "ending '\($0.id)'", true) }
            return parts
        case .vote(let vote):
            return [(vote.prompt, "the prompt", false), (vote.facilitatorNote, "the facilitator note", false)]
                + vote.options.map { ($0.label, "option '\($0.id)'", false) }
        case .discussion(let discussion):
            return [
                (discussion.prompt, "the prompt", false),
                (discussion.facilitatorNote, "the facilitator note", false),
            ]
        case .rolePlay(let rolePlay):
            var parts: [(LocalizedText?, String, Bool)] = [
                (rolePlay.setup, "the set-up", false), (rolePlay.facilitatorNote, "the facilitator note", false),
            ]
            for role in rolePlay.roles {
                parts.append((role.name, "the name of role '\(role.id)'", false))
                parts.append((role.brief, "the brief of role '\(role.id)'", false))
            }
            return parts
        }
    }
}
