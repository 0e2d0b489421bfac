extension PackChecker {
    /// A pack teaches: it has at least one lesson besides its assessments.
    mutating func checkHasLesson() {
        guard !pack.lessons.contains(where: { $0.kind == .lesson }) else { return }
        report(
            .noLesson, at: pack.position, "the pack has assessments but no lesson",
            fix: "add a <lesson>; assessments only measure what lessons teach")
    }

    /// No lesson requires itself, directly or through others.
    mutating func checkPrerequisiteCycles() {
        let lessonsById = Dictionary(pack.lessons.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var finished: Set<String> = []
        var reported: Set<Set<String>> = []
        for lesson in pack.lessons {
            var path: [String] = []
            findCycle(from: lesson.id, lessonsById, &path, &finished, &reported)
        }
    }

    /// Depth-first search; `path` is the chain of lessons being followed.
    private mutating func findCycle(
        from id: String, _ lessonsById: [String: Lesson], _ path: inout [String],
        _ finished: inout Set<String>, _ reported: inout Set<Set<String>>
    ) {
        guard !finished.contains(id), let lesson = lessonsById[id] else { return }
        if let start = path.firstIndex(of: id) {
            let cycle = Array(path[start...])
            if reported.insert(Set(cycle)).inserted {
                let chain = (cycle + [id]).map { "'\($0)'" }.joined(separator: " → ")
                let position = lessonsById[cycle.last!]?.attributePositions["requires"] ?? lesson.position
                report(
                    .prerequisiteCycle, at: position,
                    "lessons require each other in a circle (\(chain)), so none of them can ever start",
                    fix: "remove one of these ids from 'requires'")
            }
            return
        }
        path.append(id)
        for prerequisite in lesson.prerequisites {
            findCycle(from: prerequisite.id, lessonsById, &path, &finished, &reported)
        }
        path.removeLast()
        finished.insert(id)
    }
}
