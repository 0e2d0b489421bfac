extension PackChecker {
    /// A pack teaches: it has at least one lesson besides its assessments.
    mutating func checkHasLesson() {
        guard !pack.lessons.contains(where: { $0.kind == .lesson }) else { return }
        report(
            .noLesson, at: pack.position, "the pack has assessments but no lesson",
            fix: "add a <lesson>; assessments only measure what lessons teach")
    }

    /// No lesson requires itself, directly or through others.
    ///
    /// An iterative depth-first search (a recursive one overflows the stack on a long
    /// `requires` chain in a hostile file). O(lessons + requirements).
    mutating func checkPrerequisiteCycles() {
        let lessonsById = Dictionary(pack.lessons.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var finished: Set<String> = []
        var reported: Set<Set<String>> = []
        for lesson in pack.lessons where !finished.contains(lesson.id) {
            // The chain being followed, each entry with the index of its next requirement.
            var path: [(id: String, next: Int)] = [(lesson.id, 0)]
            var indexOnPath: [String: Int] = [lesson.id: 0]
            while let (id, next) = path.last {
                let prerequisites = lessonsById[id]?.prerequisites ?? []
                guard next < prerequisites.count else {
                    finished.insert(id)
                    indexOnPath[id] = nil
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let required = prerequisites[next].id
                if let start = indexOnPath[required] {
                    let cycle = path[start...].map(\.id)
                    if reported.insert(Set(cycle)).inserted {
                        reportCycle(cycle, lessonsById)
                    }
                } else if !finished.contains(required), lessonsById[required] != nil {
                    indexOnPath[required] = path.count
                    path.append((required, 0))
                }
            }
        }
    }

    private mutating func reportCycle(_ cycle: [String], _ lessonsById: [String: Lesson]) {
        let chain = (cycle + [cycle[0]]).map { "'\($0)'" }.joined(separator: " → ")
        let last = lessonsById[cycle[cycle.count - 1]]
        report(
            .prerequisiteCycle, at: last?.attributePositions["requires"] ?? last?.position ?? pack.position,
            "lessons require each other in a circle (\(chain)), so none of them can ever start",
            fix: "remove one of these ids from 'requires'")
    }
}
