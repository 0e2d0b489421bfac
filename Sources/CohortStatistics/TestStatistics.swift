/// Whole-test statistics of the learners' total scores (points).
public struct TestStatistics: Sendable, Hashable {
    /// Learners (rows), at least 1.
    public var learnerCount: Int
    /// Items (columns), at least 1.
    public var itemCount: Int
    /// Sum of the items' maxima.
    public var maximumTotal: Double
    /// Mean, standard deviation (n − 1) and median of the totals.
    public var totals: SampleSummary
    /// Cronbach's α = k/(k − 1) · (1 − Σ s²ᵢ / s²_total), sample variances; equals KR-20
    /// when every item is scored 0/1. At most 1, may be negative. nil when k < 2, n < 2 or
    /// the totals do not vary. (Moodle's "coefficient of internal consistency" is 100 α.)
    public var cronbachAlpha: Double?
    /// Error ratio √(1 − α) (Moodle shows 100 √(1 − α)); nil when α is.
    public var errorRatio: Double?
    /// Standard error of measurement s_total · √(1 − α), in points; nil when α is.
    public var standardError: Double?
}
