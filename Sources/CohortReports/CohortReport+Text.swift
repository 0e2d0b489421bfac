import CohortStatistics
import Foundation
import LessonPack
import ProgressStore

extension CohortReport {
    /// The report as text for a terminal: sections, tables and a histogram drawn with
    /// `#`. Numbers are rounded for reading; `--json` has them in full.
    public func text(language: String = "en") -> String {
        func title(_ text: LocalizedText) -> String { text.text(in: language, fallback: pack.defaultLanguage) }
        var lines: [String] = []
        lines.append("Cohort \(StoredText.shownSafely(cohort)) · \(title(pack.title)) (\(pack.id) \(pack.version))")
        if let window = window.described { lines.append("Only \(window)") }
        lines.append("Learners: \(learnersEnrolled) enrolled, \(learnersStarted) started")
        if isTooSmall {
            lines.append("! Fewer than \(Self.smallestSafeGroup) learners started: too few to report safely.")
        }
        if otherVersions > 0 {
            lines.append(
                otherVersions == 1
                    ? "(1 attempt with another version of the pack is left out)"
                    : "(\(otherVersions) attempts with another version of the pack are left out)")
        }
        lines.append("")
        lines.append("Lessons and tests")
        lines.append(Self.table(
            header: ["LESSON", "KIND", "STARTED", "FINISHED", "MEAN SCORE", "BY CHANCE", "PASSED (ANY TRY)"],
            rows: lessons.map { line in
                [
                    line.lesson.id, line.lesson.kind.rawValue, "\(line.learnersStarted)", "\(line.learnersFinished)",
                    Descriptive.mean(line.firstScores).map { Self.percent($0) } ?? "-",
                    line.chanceScore.map { Self.percent($0) } ?? "-",
                    line.passRate.map { Self.percent($0) } ?? "-",
                ]
            }))
        if lessons.contains(where: { $0.chanceScore != nil }) {
            lines.append("BY CHANCE: the mean score of answering every question of the test at random.")
        }
        lines.append(
            "PASSED (ANY TRY): of the learners who finished it, the share who passed in any attempt; "
                + "MEAN SCORE: each learner's first finished attempt.")
        if let scored = lessons.last(where: { $0.lesson.kind == .postTest && !$0.firstScores.isEmpty })
            ?? lessons.first(where: { !$0.firstScores.isEmpty })
        {
            lines.append("")
            lines.append("Scores of \(scored.lesson.id) (first finished attempt)")
            lines += isTooSmall ? [Self.histogramWithheld] : Self.histogram(scored.histogram)
        }
        lines.append("")
        lines.append("Pre/post (first pre-test, last post-test)")
        lines += gainLines()
        lines.append("")
        lines += objectiveLines()
        lines.append("")
        lines.append("Attitudes (mean on the scale, before → after)")
        if attitudes.isEmpty { lines.append("  no survey answers yet") }
        for line in attitudes {
            let before = line.change.before.map { Self.decimal($0.mean) } ?? "-"
            let after = line.change.after.map { Self.decimal($0.mean) } ?? "-"
            let paired = line.change.paired.map { " (paired n \($0.count), change \(Self.signed($0.meanDifference)))" } ?? ""
            lines.append("  \(line.constructId): \(before) → \(after)\(paired)")
        }
        lines.append("")
        lines += itemLines(language: language)
        lines += distractorLines()
        lines.append("")
        lines += groupSessionLines(language: language)
        return lines.joined(separator: "\n") + "\n"
    }

    private func gainLines() -> [String] {
        guard let gain else { return ["  no learner has finished both the pre-test and the post-test yet"] }
        var lines = [
            "  n \(gain.count)\(gain.count < Self.smallestSafeGroup ? "  ! too few to report safely" : "")",
            "  mean pre \(Self.decimal(gain.pre.mean))%, mean post \(Self.decimal(gain.post.mean))%",
            "  normalised gain (Hake): cohort \(gain.cohortGain.map(Self.decimal) ?? "-"), "
                + "mean of learners \(gain.meanLearnerGain.map(Self.decimal) ?? "-") (n \(gain.learnersWithGain))",
        ]
        if let effect = gain.difference.effectSize {
            let interval = gain.difference.effectSizeInterval.map { " [95% CI \(Self.decimal($0.lower)), \(Self.decimal($0.upper))]" } ?? ""
            lines.append("  effect size d_z \(Self.decimal(effect))\(interval)")
        } else {
            lines.append("  effect size d_z: undefined (every learner changed by the same amount, or n < 2)")
        }
        return lines
    }

    // MARK: - Formatting

    static func percent(_ share: Double) -> String { ReportNumber.percent(share) }
    static func decimal(_ value: Double) -> String { ReportNumber.decimal(value) }
    static func signed(_ value: Double) -> String { ReportNumber.signed(value) }

    /// Said instead of the histogram of a group under `smallestSafeGroup`, as the page does.
    static let histogramWithheld =
        "  ! Fewer than \(smallestSafeGroup) learners started: the distribution of scores is not shown, "
        + "so that no one can be identified."

    static func histogram(_ bins: [Int]) -> [String] {
        let most = max(bins.max() ?? 0, 1)
        return bins.enumerated().map { index, count in
            let label = index == 9 ? "90-100%" : String(format: "%2d-%2d%% ", index * 10, index * 10 + 9)
            let bar = String(repeating: "#", count: Int((Double(count) / Double(most) * 40).rounded()))
            return "  \(label) \(bar) \(count)"
        }
    }

    static func table(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            "  " + row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
