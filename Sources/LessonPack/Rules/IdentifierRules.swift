import PackXML

extension PackChecker {
    /// Ids are unique in their scope: lessons, steps, objectives, constructs, contacts and
    /// sources across the pack; options, items, pairs, roles, nodes and endings in their step.
    mutating func checkIdentifiers() {
        checkUnique(pack.lessons.map { ($0.id, $0.position) }, what: "lesson or assessment")
        checkUnique(pack.lessons.flatMap(\.steps).map { ($0.id, $0.position) }, what: "step")
        checkUnique(pack.objectives.map { ($0.id, $0.position) }, what: "objective")
        checkUnique(pack.constructs.map { ($0.id, $0.position) }, what: "construct")
        checkUnique(pack.contacts.map { ($0.id, $0.position) }, what: "support contact")
        checkUnique(pack.sources.map { ($0.id, $0.position) }, what: "source")
        for step in pack.lessons.flatMap(\.steps) {
            checkUnique(step.innerIdentifiers, what: "part of \(step.label)")
        }
    }

    private mutating func checkUnique(_ entries: [(String, SourcePosition)], what: String) {
        var firstSeen: [String: SourcePosition] = [:]
        for (id, position) in entries where !id.isEmpty {
            if let first = firstSeen[id] {
                report(
                    .duplicateId, at: position,
                    "the id '\(id)' is already used by another \(what) at line \(first.line)",
                    fix: "give each \(what) its own id")
            } else {
                firstSeen[id] = position
            }
        }
    }
}

extension Step {
    /// Ids that must be unique within this step.
    var innerIdentifiers: [(String, SourcePosition)] {
        switch content {
        case .question(let question):
            switch question.answer {
            case .singleChoice(let options), .multipleChoice(let options):
                return options.map { ($0.id, $0.position) }
            case .ordering(let items):
                return items.map { ($0.id, $0.position) }
            case .matching(let pairs):
                return pairs.map { ($0.id, $0.position) }
            case .trueFalse, .shortAnswer:
                return []
            }
        case .scenario(let scenario):
            return scenario.nodes.map { ($0.id, $0.position) } + scenario.endings.map { ($0.id, $0.position) }
        case .vote(let vote):
            return vote.options.map { ($0.id, $0.position) }
        case .rolePlay(let rolePlay):
            return rolePlay.roles.map { ($0.id, $0.position) }
        case .text, .likert, .discussion:
            return []
        }
    }
}
