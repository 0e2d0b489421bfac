/// Item analysis of one test after Moodle's quiz statistics report: per item facility,
/// standard deviation, discrimination index, discriminative efficiency and flags; for the
/// test Cronbach's α with error ratio and standard error. O(n·k² + k·n log n).
public struct ItemAnalysis: Sendable, Hashable {
    public var items: [ItemStatistics]
    public var test: TestStatistics

    /// `scores[learner][item]` is the learner's points on the item, 0...`maxima[item]`.
    /// Only learners who took the test are rows; an item they skipped is 0 points.
    /// nil when there is no learner or no item, a row's length differs from `maxima`'s, a
    /// maximum is not positive, or a score is not finite or outside 0...maximum (a rounding
    /// excess up to 1e-9 × maximum is accepted).
    public static func compute(
        scores: [[Double]], maxima: [Double], thresholds: ItemFlagThresholds = .standard
    ) -> ItemAnalysis? {
        guard isValid(scores: scores, maxima: maxima) else { return nil }
        let columns = maxima.indices.map { item in scores.map { $0[item] } }
        let totals = scores.map { $0.reduce(0, +) }
        let items = maxima.indices.map { item in
            // Summed afresh, not total − score, so equal rests are exactly equal.
            let rest = scores.map { row in row.indices.reduce(0.0) { $1 == item ? $0 : $0 + row[$1] } }
            return itemStatistics(index: item, scores: columns[item], rest: rest, maximum: maxima[item], thresholds)
        }
        guard let summary = SampleSummary(totals) else { return nil }
        var test = TestStatistics(
            learnerCount: scores.count, itemCount: maxima.count, maximumTotal: maxima.reduce(0, +), totals: summary)
        if let alpha = cronbachAlpha(columns: columns, totals: totals) {
            let ratio = max(0, 1 - alpha).squareRoot()
            test.cronbachAlpha = alpha
            test.errorRatio = ratio
            test.standardError = summary.standardDeviation.map { $0 * ratio }
        }
        return ItemAnalysis(items: items, test: test)
    }

    static func isValid(scores: [[Double]], maxima: [Double]) -> Bool {
        guard !scores.isEmpty, !maxima.isEmpty, maxima.allSatisfy({ $0.isFinite && $0 > 0 }) else { return false }
        return scores.allSatisfy { row in
            row.count == maxima.count
                && zip(row, maxima).allSatisfy { score, maximum in
                    score.isFinite && score >= -1e-9 * maximum && score <= maximum * (1 + 1e-9)
                }
        }
    }

    static func itemStatistics(
        index: Int, scores: [Double], rest: [Double], maximum: Double, _ thresholds: ItemFlagThresholds
    ) -> ItemStatistics {
        let mean = Descriptive.mean(scores) ?? 0
        let discrimination = Descriptive.correlation(scores, rest)
        var efficiency: Double?
        if let covariance = Descriptive.covariance(scores, rest),
            let maximal = Descriptive.covariance(scores.sorted(), rest.sorted()), maximal > 0
        {
            efficiency = covariance / maximal
        }
        return ItemStatistics(
            index: index, maximum: maximum, meanScore: mean, facility: mean / maximum,
            standardDeviation: Descriptive.standardDeviation(scores).map { $0 / maximum },
            discriminationIndex: discrimination, discriminativeEfficiency: efficiency,
            flags: thresholds.flags(facility: mean / maximum, discriminationIndex: discrimination))
    }

    /// k/(k − 1) · (1 − Σ s²ᵢ / s²_total); nil when k < 2, n < 2 or s²_total = 0.
    static func cronbachAlpha(columns: [[Double]], totals: [Double]) -> Double? {
        let k = Double(columns.count)
        guard columns.count >= 2, let totalVariance = Descriptive.variance(totals), totalVariance > 0 else {
            return nil
        }
        let itemVariances = columns.compactMap(Descriptive.variance).reduce(0, +)
        return k / (k - 1) * (1 - itemVariances / totalVariance)
    }
}
