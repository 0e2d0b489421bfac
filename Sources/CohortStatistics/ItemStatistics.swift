/// Moodle's quiz-report statistics of one item, on the proportion scale (Moodle shows
/// each of the four ratios × 100). Undefined values are nil.
public struct ItemStatistics: Sendable, Hashable {
    /// The item's position in the score matrix's rows.
    public var index: Int
    /// The most points the item gives.
    public var maximum: Double
    /// Mean points scored.
    public var meanScore: Double
    /// Facility index: mean score / maximum (0 = nobody scored, 1 = everyone full marks).
    public var facility: Double
    /// Sample standard deviation of the scores (n − 1) / maximum; nil when n < 2.
    public var standardDeviation: Double?
    /// Discrimination index: Pearson's r between the item's score and the rest of the test
    /// (total minus this item), −1…1; nil when n < 2 or either does not vary.
    public var discriminationIndex: Double?
    /// Discriminative efficiency: Cov(item, rest) / Cov_max, where Cov_max is the covariance
    /// with both sorted in the same order (the most r could be given these marginals), ≤ 1;
    /// nil when Cov_max is 0 (n < 2, or either does not vary).
    public var discriminativeEfficiency: Double?
    /// Flags from `ItemFlagThresholds`.
    public var flags: [ItemFlag]
}
