/// Count, mean, standard deviation and median of one sample (see `Descriptive`).
public struct SampleSummary: Sendable, Hashable {
    /// Number of values, at least 1.
    public var count: Int
    public var mean: Double
    /// Sample standard deviation (n − 1); nil when there is only one value.
    public var standardDeviation: Double?
    public var median: Double

    /// nil when `values` is empty.
    public init?(_ values: [Double]) {
        guard let mean = Descriptive.mean(values), let median = Descriptive.median(values) else { return nil }
        self.count = values.count
        self.mean = mean
        self.standardDeviation = Descriptive.standardDeviation(values)
        self.median = median
    }
}
