import CohortStatistics
import Foundation
import ProgressStore

extension CohortComparison {
    /// The cohorts side by side as text: one column per cohort, then each cohort's
    /// difference from the first in gain, with its 95 % interval.
    public func text(language: String = "en") -> String {
        func title(_ report: CohortReport) -> String {
            StoredText.shownSafely(report.pack.title.text(in: language, fallback: report.pack.defaultLanguage))
        }
        var lines = ["Cohorts compared: \(reports.map { StoredText.shownSafely($0.cohort) }.joined(separator: ", "))"]
        if let window = reports.first?.window.described { lines.append("Only \(window)") }
        if !samePack {
            lines.append("! The cohorts played different packs or versions: their tests differ, so compare the gains with care.")
        }
        lines.append("")
        func row(_ name: String, _ value: (CohortReport) -> String) -> [String] { [name] + reports.map(value) }
        func percent(_ value: Double?) -> String { value.map { ReportNumber.decimal($0) + "%" } ?? "-" }
        let postTest: (CohortReport) -> CohortReport.LessonLine? = { report in
            report.lessons.last { $0.lesson.kind == .postTest }
        }
        lines.append(
            CohortReport.table(
                header: ["FIGURE"] + reports.map { StoredText.shownSafely($0.cohort) },
                rows: [
                    row("pack") { "\($0.pack.id) \($0.pack.version)" },
                    row("title") { CohortReport.shortened(title($0), to: 30) },
                    row("learners enrolled") { "\($0.learnersEnrolled)" },
                    row("learners started") { "\($0.learnersStarted)\($0.isTooSmall ? " (too few)" : "")" },
                    row("finished the post-test") { postTest($0).map { "\($0.learnersFinished)" } ?? "-" },
                    row("with pre-test and post-test") { $0.gain.map { "\($0.count)" } ?? "0" },
                    row("mean pre-test") { percent($0.gain?.pre.mean) },
                    row("mean post-test") { percent($0.gain?.post.mean) },
                    row("mean change (points)") { $0.gain.map { ReportNumber.signed($0.difference.meanDifference) } ?? "-" },
                    row("normalised gain, cohort") { $0.gain?.cohortGain.map(ReportNumber.decimal) ?? "-" },
                    row("normalised gain, mean of learners") { $0.gain?.meanLearnerGain.map(ReportNumber.decimal) ?? "-" },
                    row("effect size d_z [95% CI]") { report in
                        guard let difference = report.gain?.difference, let effect = difference.effectSize else { return "-" }
                        let interval = difference.effectSizeInterval.map {
                            " [\(ReportNumber.decimal($0.lower)), \(ReportNumber.decimal($0.upper))]"
                        }
                        return ReportNumber.decimal(effect) + (interval ?? "")
                    },
                    row("group sessions") { "\($0.groupSessions.count)" },
                ]))
        lines.append("")
        let baseline = reports.first.map { StoredText.shownSafely($0.cohort) } ?? ""
        lines.append("Difference from \(baseline) (Welch's 95% interval)")
        for difference in differences {
            let name = StoredText.shownSafely(difference.cohort)
            guard !difference.tooSmall else {
                lines.append(
                    "  \(name): not given: fewer than \(CohortReport.smallestSafeGroup) learners with both tests in one of the two cohorts")
                continue
            }
            lines.append("  \(name) − \(baseline):")
            lines.append("    mean change \(Self.described(difference.change, unit: " points"))")
            lines.append("    mean normalised gain of learners \(Self.described(difference.learnerGain, unit: ""))")
        }
        lines.append(
            "A difference whose interval holds 0 may be chance; one that leaves 0 out is unlikely to be chance alone "
                + "(docs/statistics.md). The cohorts' own reports: `oberih report --cohort NAME`.")
        return lines.joined(separator: "\n") + "\n"
    }

    static func described(_ difference: WelchDifference?, unit: String) -> String {
        guard let difference else { return "-: too few learners (2 or more each) for an interval" }
        let interval = difference.interval.map {
            " [95% CI \(ReportNumber.signed($0.lower)), \(ReportNumber.signed($0.upper))]"
        }
        return ReportNumber.signed(difference.difference) + unit + (interval ?? " (no spread in either cohort: no interval)")
    }
}
