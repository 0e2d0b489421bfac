/// Root finding for the monotone functions of this module. Internal.
enum RootFinding {
    /// The x where a monotone `function` crosses `target`, by bisection between `lower` and
    /// `upper`, which must bracket it. Stops when the bracket is narrower than
    /// 1e-13 · max(1, |x|) (at most 200 halvings).
    static func bisect(
        target: Double, lower: Double, upper: Double, _ function: (Double) -> Double
    ) -> Double {
        var low = lower
        var high = upper
        let increasing = function(upper) >= function(lower)
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if high - low <= 1e-13 * max(1, abs(middle)) { break }
            if (function(middle) < target) == increasing { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }

    /// Widens [start − step, start + step] by doubling the step until `function` at the
    /// ends brackets `target`; nil after 60 doublings. `function` must be monotone.
    static func bracket(
        target: Double, around start: Double, step: Double, _ function: (Double) -> Double
    ) -> (lower: Double, upper: Double)? {
        var width = step
        for _ in 0..<60 {
            let low = start - width
            let high = start + width
            let (atLow, atHigh) = (function(low), function(high))
            if min(atLow, atHigh) <= target && target <= max(atLow, atHigh) { return (low, high) }
            width *= 2
        }
        return nil
    }
}
