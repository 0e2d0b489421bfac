import PackXML

/// Decodes the step elements of a lesson; see `PackDecoder` for why it is lenient.
struct StepDecoder {
    let decoder: PackDecoder

    /// `nil` for an element that is not a step (the schema reports it).
    func decodeStep(_ element: ParsedElement) -> Step? {
        guard let content = decodeContent(element) else { return nil }
        return Step(
            id: element.value("id") ?? "",
            isSkippable: element.boolean("skippable") ?? true,
            audience: element.value("audience").flatMap(Audience.init(rawValue:)) ?? .default(for: content),
            objectives: element.references("objectives"),
            sources: element.references("sources"),
            content: content,
            position: element.position,
            attributePositions: element.attributePositionsByName)
    }

    private func decodeContent(_ element: ParsedElement) -> StepContent? {
        switch element.name {
        case "text":
            return .text(
                InformationText(
                    body: decoder.text(element, "body"), contacts: element.references("contacts"),
                    harms: element.harms))
        case "single-choice":
            return .question(question(element, answer: .singleChoice(choiceOptions(element))))
        case "multiple-choice":
            return .question(question(element, answer: .multipleChoice(choiceOptions(element))))
        case "true-false":
            return .question(question(element, answer: .trueFalse(element.boolean("answer") ?? true)))
        case "ordering":
            let items = element.packChildren("item").map {
                OrderingItem(id: $0.value("id") ?? "", text: decoder.localized($0), position: $0.position)
            }
            return .question(question(element, answer: .ordering(items)))
        case "matching":
            let pairs = element.packChildren("pair").map {
                MatchingPair(
                    id: $0.value("id") ?? "", left: decoder.text($0, "left"),
                    right: decoder.text($0, "right"), position: $0.position)
            }
            return .question(question(element, answer: .matching(pairs)))
        case "short-answer":
            let accepted = element.packChildren("accept").map {
                AcceptedAnswer(language: $0.value("lang").map(PackDecoder.languageTag) ?? "", text: $0.trimmedText, position: $0.position)
            }
            var question = question(element, answer: .shortAnswer(accepted))
            question.spelling = element.value("spelling").flatMap(Question.Spelling.init(rawValue:)) ?? .exact
            return .question(question)
        case "likert":
            return .likert(likert(element))
        case "scenario":
            return .scenario(scenario(element))
        case "vote":
            return .vote(vote(element))
        case "discussion":
            return .discussion(
                Discussion(
                    prompt: decoder.text(element, "prompt"),
                    facilitatorNote: decoder.optionalText(element, "facilitator-note")))
        case "role-play":
            return .rolePlay(rolePlay(element))
        default:
            return nil
        }
    }

    private func question(_ element: ParsedElement, answer: AnswerKey) -> Question {
        var feedback: [Question.FeedbackCase: LocalizedText] = [:]
        for child in element.packChildren("feedback") {
            if let when = child.value("when").flatMap(Question.FeedbackCase.init(rawValue:)) {
                feedback[when] = decoder.localized(child)
            }
        }
        return Question(
            prompt: decoder.text(element, "prompt"),
            points: decoder.number(element, "points") ?? 1,
            maxAttempts: max(decoder.integer(element, "max-attempts") ?? 1, 1),
            shuffles: element.boolean("shuffle") ?? false,
            isAnchor: element.boolean("anchor") ?? false,
            hints: element.packChildren("hint").map(decoder.localized),
            feedback: feedback,
            answer: answer)
    }

    private func choiceOptions(_ element: ParsedElement) -> [ChoiceOption] {
        element.packChildren("option").map {
            ChoiceOption(
                id: $0.value("id") ?? "",
                isCorrect: $0.boolean("correct") ?? false,
                label: decoder.text($0, "label"),
                feedback: decoder.optionalText($0, "feedback"),
                position: $0.position)
        }
    }

    private func likert(_ element: ParsedElement) -> LikertItem {
        LikertItem(
            construct: element.references("construct").first
                ?? Reference(id: "", position: element.position),
            scale: decoder.integer(element, "scale") ?? 5,
            isReversed: element.boolean("reverse") ?? false,
            statement: decoder.text(element, "statement"),
            lowLabel: decoder.optionalText(element, "low"),
            highLabel: decoder.optionalText(element, "high"))
    }

    private func scenario(_ element: ParsedElement) -> Scenario {
        Scenario(
            title: decoder.optionalText(element, "title"),
            start: element.references("start").first ?? Reference(id: "", position: element.position),
            shuffles: element.boolean("shuffle") ?? false,
            nodes: element.packChildren("node").map { node in
                ScenarioNode(
                    id: node.value("id") ?? "",
                    text: decoder.text(node, "text"),
                    choices: node.packChildren("choice").map { choice in
                        ScenarioChoice(
                            target: choice.references("target").first
                                ?? Reference(id: "", position: choice.position),
                            points: decoder.number(choice, "points") ?? 0,
                            label: decoder.text(choice, "label"),
                            feedback: decoder.optionalText(choice, "feedback"),
                            position: choice.position)
                    },
                    position: node.position)
            },
            endings: element.packChildren("ending").map {
                ScenarioEnding(
                    id: $0.value("id") ?? "",
                    outcome: $0.value("outcome").flatMap(ScenarioEnding.Outcome.init(rawValue:)),
                    text: decoder.text($0, "text"),
                    contacts: $0.references("contacts"),
                    harms: $0.harms,
                    position: $0.position)
            })
    }

    private func vote(_ element: ParsedElement) -> Vote {
        Vote(
            prompt: decoder.text(element, "prompt"),
            options: element.packChildren("option").map {
                Vote.Option(id: $0.value("id") ?? "", label: decoder.text($0, "label"), position: $0.position)
            },
            facilitatorNote: decoder.optionalText(element, "facilitator-note"))
    }

    private func rolePlay(_ element: ParsedElement) -> RolePlay {
        RolePlay(
            setup: decoder.text(element, "setup"),
            roles: element.packChildren("role").map {
                RolePlay.Role(
                    id: $0.value("id") ?? "", name: decoder.text($0, "name"),
                    brief: decoder.text($0, "brief"), position: $0.position)
            },
            facilitatorNote: decoder.optionalText(element, "facilitator-note"),
            estimatedMinutes: decoder.integer(element, "minutes"))
    }
}
