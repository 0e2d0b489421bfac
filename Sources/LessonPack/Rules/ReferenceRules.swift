import PackXML

extension PackChecker {
    /// Every id a pack refers to names something that exists.
    mutating func checkReferences() {
        let lessonIds = Set(pack.lessons.map(\.id))
        let objectiveIds = Set(pack.objectives.map(\.id))
        let constructIds = Set(pack.constructs.map(\.id))
        let contactIds = Set(pack.contacts.map(\.id))
        let sourceIds = Set(pack.sources.map(\.id))
        for lesson in pack.lessons {
            for reference in lesson.prerequisites {
                resolve(reference, in: lessonIds, .unknownPrerequisite, what: "lesson or assessment")
            }
            for reference in lesson.objectives {
                resolve(reference, in: objectiveIds, .unknownObjective, what: "objective")
            }
            for step in lesson.steps {
                for reference in step.objectives {
                    resolve(reference, in: objectiveIds, .unknownObjective, what: "objective")
                }
                for reference in step.sources {
                    resolve(reference, in: sourceIds, .unknownSource, what: "source")
                }
                checkStepReferences(step, constructIds: constructIds, contactIds: contactIds)
            }
        }
    }

    private mutating func checkStepReferences(
        _ step: Step, constructIds: Set<String>, contactIds: Set<String>
    ) {
        switch step.content {
        case .text(let text):
            for reference in text.contacts {
                resolve(reference, in: contactIds, .unknownContact, what: "support contact")
            }
        case .likert(let item):
            resolve(item.construct, in: constructIds, .unknownConstruct, what: "construct")
        case .scenario(let scenario):
            let targets = Set(scenario.nodes.map(\.id) + scenario.endings.map(\.id))
            resolve(scenario.start, in: targets, .unknownScenarioTarget, what: "node or ending of this scenario")
            for choice in scenario.nodes.flatMap(\.choices) {
                resolve(choice.target, in: targets, .unknownScenarioTarget, what: "node or ending of this scenario")
            }
            for reference in scenario.endings.flatMap(\.contacts) {
                resolve(reference, in: contactIds, .unknownContact, what: "support contact")
            }
        case .question, .vote, .discussion, .rolePlay:
            break
        }
    }

    private mutating func resolve(
        _ reference: Reference, in known: Set<String>, _ code: DiagnosticCode, what: String
    ) {
        // An empty id means the attribute is missing, which the schema reports.
        guard !reference.id.isEmpty, !known.contains(reference.id) else { return }
        var fix = "use the id of an existing \(what)"
        if willReport(code), let guess = closestMatch(to: reference.id, among: known) {
            fix = "did you mean '\(guess)'?"
        } else if known.isEmpty {
            fix = "declare the \(what) first"
        }
        report(code, at: reference.position, "no \(what) has the id '\(reference.id)'", fix: fix)
    }
}

/// The candidate within edit distance 2 of `word`, if there is one. O(candidates) edit
/// distances, each O(64²) at most (ids are short); lengths rule most candidates out first.
func closestMatch(to word: String, among candidates: Set<String>) -> String? {
    let length = word.count
    let scored = candidates.filter { abs($0.count - length) <= 2 }
        .map { ($0, editDistance(word, $0)) }.filter { $0.1 <= 2 }
    return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
}

/// Levenshtein distance between two short strings. O(m·n).
func editDistance(_ left: String, _ right: String) -> Int {
    let a = Array(left)
    let b = Array(right)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in stride(from: 1, through: b.count, by: 1) {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        previous = current
    }
    return previous[b.count]
}
