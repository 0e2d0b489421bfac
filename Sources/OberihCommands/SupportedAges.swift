import LessonPack

/// The ages Oberih's lessons are written for (the pack model's `AgeRange.supported`),
/// as the commands say them.
enum SupportedAges {
    static let range = AgeRange.supported
    /// "ages 10 to 18".
    static let words = "ages \(range.minimum) to \(range.maximum)"

    /// "--age 9 is outside Oberih's range: its lessons are written for ages 10 to 18".
    static func outOfRange(_ given: String) -> String {
        "\(given) is outside Oberih's range: its lessons are written for \(words)"
    }
}
