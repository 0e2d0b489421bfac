import Foundation
import TestSupport
import Testing

extension SeededGenerator {
    /// A standard normal draw (Box–Muller).
    mutating func normal() -> Double {
        let u = Double.random(in: Double.ulpOfOne..<1, using: &self)
        let v = Double.random(in: 0..<1, using: &self)
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}

/// Expects |actual − expected| ≤ tolerance · max(1, |expected|); nil must meet nil.
func expectClose(
    _ actual: Double?, _ expected: Double?, tolerance: Double = 1e-9, _ label: @autoclosure () -> String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    switch (actual, expected) {
    case (nil, nil):
        return
    case (let actual?, let expected?):
        #expect(
            abs(actual - expected) <= tolerance * max(1, abs(expected)),
            "\(label()): \(actual) is not \(expected) within \(tolerance)", sourceLocation: sourceLocation)
    default:
        Issue.record(
            "\(label()): \(String(describing: actual)) vs expected \(String(describing: expected))",
            sourceLocation: sourceLocation)
    }
}
