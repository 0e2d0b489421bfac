/// Why an item deserves a second look. Thresholds are on the proportion scale (0–1).
public enum ItemFlag: String, Sendable, Hashable, CaseIterable {
    /// Facility below the range (default below 0.2): too hard.
    case tooHard
    /// Facility above the range (default above 0.9): too easy.
    case tooEasy
    /// Discrimination index below the minimum (default below 0.2), negative ones included.
    case lowDiscrimination
    /// The discrimination index is undefined: fewer than 2 learners, or the item's or the
    /// rest of the test's scores do not vary.
    case discriminationUndefined
}

/// Where `ItemFlag`s start. The defaults (docs/statistics.md): discrimination below 0.2, facility
/// outside 0.2–0.9 (Moodle's scale: 20 and 20 %–90 %). A value on a boundary is not flagged.
public struct ItemFlagThresholds: Sendable, Hashable {
    public var minimumDiscrimination: Double
    public var facilityRange: ClosedRange<Double>

    public init(minimumDiscrimination: Double = 0.2, facilityRange: ClosedRange<Double> = 0.2...0.9) {
        self.minimumDiscrimination = minimumDiscrimination
        self.facilityRange = facilityRange
    }

    public static let standard = ItemFlagThresholds()

    /// The flags for one item, in `ItemFlag.allCases` order.
    public func flags(facility: Double, discriminationIndex: Double?) -> [ItemFlag] {
        var flags: [ItemFlag] = []
        if facility < facilityRange.lowerBound { flags.append(.tooHard) }
        if facility > facilityRange.upperBound { flags.append(.tooEasy) }
        if let discriminationIndex {
            if discriminationIndex < minimumDiscrimination { flags.append(.lowDiscrimination) }
        } else {
            flags.append(.discriminationUndefined)
        }
        return flags
    }
}
