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
    /// `requires` chain in a hostile file). Each requirement is followed once, and a
    /// cycle's words are built only while reports are shown: O(lessons + requirements).
    mutating func checkPrerequisiteCycles() {
        let lessonsById = Dictionary(pack.lessons.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var finished: Set<String> = []
        for lesson in pack.lessons where !finished.contains(lesson.id) {
            // The chain being followed, each entry with the index of its next requirement.
            var path: [(id: String, next: Int)] = [(lesson.id, 0)]
            var indexOnPath: [String: Int] = [lesson.id: 0]
            // Requirements already found closing a cycle (a lesson may name one twice).
            var closing: Set<[String]> = []
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
                    guard closing.insert([id, required]).inserted else { continue }
                    guard willReport(.prerequisiteCycle) else {
                        countUnshown(.prerequisiteCycle)
                        continue
                    }
                    let last = lessonsById[id]
                    report(
                        .prerequisiteCycle, at: last?.attributePositions["requires"] ?? last?.position ?? pack.position,
                        "lessons require each other in a circle (\(Self.chain(path[start...].map(\.id)))), "
                            + "so none of them can ever start",
                        fix: "remove one of these ids from 'requires'")
                } else if !finished.contains(required), lessonsById[required] != nil {
                    indexOnPath[required] = path.count
                    path.append((required, 0))
                }
            }
        }
    }

    /// `'a' → 'b' → 'a'`; a long circle by its first and last few lessons.
    static func chain(_ cycle: some Collection<String>) -> String {
        let quoted = { (ids: [String]) in ids.map { "'\($0)'" }.joined(separator: " → ") }
        let ids = Array(cycle)
        guard ids.count > 8 else { return quoted(ids + [ids[0]]) }
        return quoted(Array(ids.prefix(4))) + " → … → " + quoted(Array(ids.suffix(3)) + [ids[0]])
            + "; \(ids.count) lessons"
    }
}
