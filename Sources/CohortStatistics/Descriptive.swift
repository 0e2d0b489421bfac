/// Descriptive statistics of a sample. Every function returns nil, never NaN, when the
/// statistic is undefined for its input (empty, or too few values). Inputs are assumed
/// finite. Each is O(n), except `median`, which sorts: O(n log n).
public enum Descriptive {
    /// Arithmetic mean Σx / n; nil when empty. Identical values return that value exactly.
    public static func mean(_ values: [Double]) -> Double? {
        guard let first = values.first else { return nil }
        if isConstant(values) { return first }
        return values.reduce(0, +) / Double(values.count)
    }

    /// Sample variance Σ(x − x̄)² / (n − 1); nil when n < 2; exactly 0 when all values are equal.
    public static func variance(_ values: [Double]) -> Double? {
        covariance(values, values)
    }

    /// Sample standard deviation √variance (n − 1 in the denominator); nil when n < 2.
    public static func standardDeviation(_ values: [Double]) -> Double? {
        variance(values).map { $0.squareRoot() }
    }

    /// The middle value, or the mean of the two middle values when n is even; nil when empty.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }

    /// Sample covariance Σ(x − x̄)(y − ȳ) / (n − 1); nil when n < 2 or the counts differ.
    /// Exactly 0 when either sample is constant (no rounding residue).
    public static func covariance(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 2, let meanX = mean(x), let meanY = mean(y) else { return nil }
        if isConstant(x) || isConstant(y) { return 0 }
        var sum = 0.0
        for index in x.indices { sum += (x[index] - meanX) * (y[index] - meanY) }
        return sum / Double(x.count - 1)
    }

    /// Pearson's r = cov(x, y) / (sd(x) · sd(y)); nil when n < 2, the counts differ, or
    /// either sample is constant (its standard deviation is 0).
    public static func correlation(_ x: [Double], _ y: [Double]) -> Double? {
        guard let cov = covariance(x, y), let varX = variance(x), let varY = variance(y),
            varX > 0, varY > 0
        else { return nil }
        return min(1, max(-1, cov / (varX * varY).squareRoot()))
    }

    /// Whether every value equals the first (true for an empty or one-value sample).
    static func isConstant(_ values: [Double]) -> Bool {
        guard let first = values.first else { return true }
        return values.allSatisfy { $0 == first }
    }
}
