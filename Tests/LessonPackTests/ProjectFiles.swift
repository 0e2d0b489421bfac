import Foundation

/// Files of the project that tests read, found from this source file's place.
enum ProjectFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let curriculum = root.appendingPathComponent("Curriculum")
    static let schema = root.appendingPathComponent("Curriculum/schema/pack-1.xsd")
    static let packFormat = root.appendingPathComponent("docs/pack-format.md")

    /// Every step kind of the format, by element name.
    static let stepKinds: Set<String> = [
        "text", "single-choice", "multiple-choice", "true-false", "ordering", "matching",
        "short-answer", "likert", "scenario", "vote", "discussion", "role-play",
    ]
}
