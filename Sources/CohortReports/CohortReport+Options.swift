import CohortStatistics
import LessonPack

extension CohortReport {
    /// One choice item of the analysed test with its distractor analysis.
    public struct OptionItem: Sendable {
        public var stepId: String
        /// Multiple choice: a learner may choose several options.
        public var isMultiple: Bool
        /// Each option's label in the pack's default language, in the order of `analysis.options`.
        public var labels: [String]
        public var analysis: OptionAnalysis
    }

    /// The options of a single-choice, multiple-choice or true/false question, with their
    /// labels; true/false has the options "true" and "false". nil for other steps.
    static func options(of step: Step, language: String) -> [(id: String, isKey: Bool, label: String)]? {
        guard case .question(let question) = step.content else { return nil }
        switch question.answer {
        case .singleChoice(let options), .multipleChoice(let options):
            return options.map { option in
                let label = option.label.text(in: language, fallback: language)
                return (option.id, option.isCorrect, label.split(whereSeparator: \.isWhitespace).joined(separator: " "))
            }
        case .trueFalse(let key):
            return [("true", key, "true"), ("false", !key, "false")]
        default:
            return nil
        }
    }

    /// Distractor analysis of the test's choice items: the learners and totals of the item
    /// analysis (each learner's first finished attempt, scored steps summed).
    static func optionItems(of test: Lesson, language: String, loaded: CohortResults.Loaded) -> [OptionItem] {
        var choices: [[Int: Set<String>]] = []
        var totals: [Double] = []
        for learner in loaded.learners {
            guard let first = learner.finished(test.id).first else { continue }
            let steps = loaded.stepScores[first.attemptId] ?? []
            totals.append(steps.filter { $0.pointsMaximum > 0 }.map(\.pointsEarned).reduce(0, +))
            choices.append(
                Dictionary(
                    steps.compactMap { step in step.chosenOptions.map { (step.position, Set($0)) } },
                    uniquingKeysWith: { first, _ in first }))
        }
        guard !totals.isEmpty else { return [] }
        return test.steps.enumerated().compactMap { position, step in
            guard let options = options(of: step, language: language),
                let analysis = OptionAnalysis.compute(
                    options: options.map { ($0.id, $0.isKey) }, choices: choices.map { $0[position] }, totals: totals,
                    smallestSafeGroup: smallestSafeGroup)
            else { return nil }
            var isMultiple = false
            if case .question(let question) = step.content, case .multipleChoice = question.answer { isMultiple = true }
            return OptionItem(stepId: step.id, isMultiple: isMultiple, labels: options.map(\.label), analysis: analysis)
        }
    }
}

extension CohortReport {
    /// The text report's section after the items: only the flagged options, in words.
    func distractorLines() -> [String] {
        guard !optionItems.isEmpty else { return [] }
        var lines = ["", "Answer options flagged (TOP, BOTTOM: the third of learners with the highest and the lowest totals)"]
        if optionItems.contains(where: \.analysis.tooSmall) {
            lines.append("  ! Fewer than \(Self.smallestSafeGroup) learners took the test: no option counts shown.")
            return lines
        }
        let rows = optionItems.flatMap { item in
            zip(item.analysis.options, item.labels).filter { !$0.0.flags.isEmpty }.map { option, label in
                [
                    item.stepId, option.id, Self.shortened(label), "\(option.chosen)/\(item.analysis.answered)",
                    "\(option.chosenTop)", "\(option.chosenBottom)",
                    option.flags.map(Self.words).joined(separator: "; "),
                ]
            }
        }
        guard !rows.isEmpty else { return lines + ["  no option is flagged"] }
        lines.append(Self.table(header: ["ITEM", "OPTION", "LABEL", "CHOSEN", "TOP", "BOTTOM", "WHY"], rows: rows))
        return lines
    }

    static func words(_ flag: OptionFlag) -> String {
        switch flag {
        case .nonFunctioning: "hardly anyone chose this wrong answer"
        case .attractsTopThird: "this wrong answer drew more of the top third than the bottom"
        case .keyLessChosen: "a wrong answer was chosen more often than this right one"
        }
    }

    static func shortened(_ label: String, to length: Int = 30) -> String {
        label.count <= length ? label : String(label.prefix(length - 1)) + "…"
    }
}

extension CohortReport {
    /// `oberih report --options-csv`: a header, then one row per option of every choice
    /// item (none when too few learners took the test). Labels are free text, not defused here.
    public var optionRows: [[String]] {
        let header = [
            "test", "item", "option", "key", "label", "learners", "answered", "skipped", "chosen", "chosenTop",
            "chosenBottom", "thirdSize", "flags",
        ]
        return [header]
            + optionItems.flatMap { item in
                zip(item.analysis.options, item.labels).map { option, label in
                    let analysis = item.analysis
                    return [
                        itemTest?.id ?? "", item.stepId, option.id, option.isKey ? "true" : "false", label,
                        "\(analysis.learners)", "\(analysis.answered)", "\(analysis.learners - analysis.answered)",
                        "\(option.chosen)", "\(option.chosenTop)", "\(option.chosenBottom)", "\(analysis.thirdSize)",
                        option.flags.map(\.rawValue).joined(separator: " "),
                    ]
                }
            }
    }
}
