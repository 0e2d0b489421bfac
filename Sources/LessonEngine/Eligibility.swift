import LessonPack

/// Whether a learner may start a lesson: age first, then prerequisites.
public enum Eligibility: Sendable, Equatable {
    case open
    /// The learner's age is outside the lesson's; a facilitator may override.
    case outsideAge(allowed: ClosedRange<Int>)
    /// Lessons to pass first.
    case locked(missing: [String])

    /// Decides for `lesson` of `pack`, given the lessons the learner has passed.
    public static func of(_ lesson: Lesson, in pack: Pack, for learner: Learner, passed: Set<String>) -> Eligibility {
        let range = lesson.ageRange(in: pack)
        if !range.contains(age: learner.age) {
            return .outsideAge(allowed: range.minimum...max(range.minimum, range.maximum))
        }
        let missing = missingPrerequisites(of: lesson, passed: passed)
        return missing.isEmpty ? .open : .locked(missing: missing)
    }

    /// The lessons `lesson` requires that are not among `passed`, in the pack's order.
    public static func missingPrerequisites(of lesson: Lesson, passed: Set<String>) -> [String] {
        lesson.prerequisites.map(\.id).filter { !passed.contains($0) }
    }
}
