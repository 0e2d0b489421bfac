import CohortStatistics
import LessonPack

extension CohortReport {
    /// One choice item of the analysed test with its distractor analysis.
    public struct OptionItem: Sendable {
        public var stepId: String
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
            return options.map { ($0.id, $0.isCorrect, $0.label.text(in: language, fallback: language)) }
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
            return OptionItem(stepId: step.id, labels: options.map(\.label), analysis: analysis)
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
        let line = label.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count <= length ? line : String(line.prefix(length - 1)) + "…"
    }
}
