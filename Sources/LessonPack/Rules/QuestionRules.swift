import PackXML

extension PackChecker {
    /// Scored questions have an answer key that works; points and pass marks are in range.
    mutating func checkQuestions() {
        for lesson in pack.lessons {
            if !(0...100).contains(lesson.passMark) {
                report(
                    .passMarkRange, at: lesson.attributePositions["pass-mark"] ?? lesson.position,
                    "the pass mark of \(lesson.label) is \(format(lesson.passMark)), outside 0-100",
                    fix: "give a percentage from 0 to 100")
            }
            for step in lesson.steps {
                switch step.content {
                case .question(let question):
                    checkPoints(question.points, of: step)
                    checkAnswerKey(question.answer, of: step)
                case .scenario(let scenario):
                    for choice in scenario.nodes.flatMap(\.choices) where choice.points < 0 {
                        report(
                            .pointsNotPositive, at: choice.position,
                            "a choice in \(step.label) is worth \(format(choice.points)) points",
                            fix: "use 0 for a choice that earns nothing; points are never taken away")
                    }
                default:
                    break
                }
            }
        }
    }

    private mutating func checkPoints(_ points: Double, of step: Step) {
        guard points <= 0 else { return }
        report(
            .pointsNotPositive, at: step.attributePositions["points"] ?? step.position,
            "\(step.label) is worth \(format(points)) points; a scored question must be worth more than 0",
            fix: "set points=\"1\" (or more), or make the step a vote or discussion if it is not scored")
    }

    private mutating func checkAnswerKey(_ answer: AnswerKey, of step: Step) {
        switch answer {
        case .singleChoice(let options):
            let correct = options.filter(\.isCorrect).count
            if correct != 1 {
                report(
                    .correctAnswerCount, at: step.position,
                    "\(step.label) has \(correct) options marked correct; a single-choice question needs exactly one",
                    fix: correct == 0
                        ? "mark the right option with correct=\"true\""
                        : "keep correct=\"true\" on one option, or make it a multiple-choice question")
            }
        case .multipleChoice(let options):
            if !options.contains(where: \.isCorrect) {
                report(
                    .correctAnswerCount, at: step.position,
                    "\(step.label) has no option marked correct",
                    fix: "mark at least one option with correct=\"true\"")
            }
        case .ordering(let items):
            checkDistinct(items.map { ($0.text, $0.position) }, in: step, code: .orderingMalformed, what: "item")
        case .matching(let pairs):
            checkDistinct(pairs.map { ($0.left, $0.position) }, in: step, code: .matchingMalformed, what: "left side")
            checkDistinct(pairs.map { ($0.right, $0.position) }, in: step, code: .matchingMalformed, what: "right side")
        case .shortAnswer(let accepted):
            for language in languages where !accepted.contains(where: { $0.language == language && !$0.text.isEmpty }) {
                report(
                    .shortAnswerMissing, at: step.position,
                    "\(step.label) has no accepted answer in '\(language)', so no learner reading it in that language can be right",
                    fix: "add <accept lang=\"\(language)\">…</accept>")
            }
        case .trueFalse:
            break
        }
        checkMinimumCount(of: answer, in: step)
    }

    private mutating func checkMinimumCount(of answer: AnswerKey, in step: Step) {
        switch answer {
        case .ordering(let items) where items.count < 2:
            report(
                .orderingMalformed, at: step.position, "\(step.label) has \(items.count) item(s); there is nothing to order",
                fix: "list at least two items, in the correct order")
        case .matching(let pairs) where pairs.count < 2:
            report(
                .matchingMalformed, at: step.position, "\(step.label) has \(pairs.count) pair(s); there is nothing to match",
                fix: "give at least two pairs")
        default:
            break
        }
    }

    /// Two entries whose text is the same in some language make the answer ambiguous.
    private mutating func checkDistinct(
        _ entries: [(LocalizedText, SourcePosition)], in step: Step, code: DiagnosticCode, what: String
    ) {
        for language in languages {
            var seen: Set<[UInt8]> = []
            for (text, position) in entries {
                guard let value = text.text(exactly: language) else { continue }
                if !seen.insert(TextFolding.folded(value)).inserted {
                    report(
                        code, at: position,
                        "two of the \(what)s of \(step.label) read the same in '\(language)' (\"\(value)\"), so the answer is ambiguous",
                        fix: "make each \(what) distinct")
                }
            }
        }
    }
}


/// Numbers as an author wrote them: `1`, `0.5`.
func format(_ number: Double) -> String {
    number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
}
