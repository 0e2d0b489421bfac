import PackXML

extension PackChecker {
    /// Every id a pack refers to names something that exists.
    mutating func checkReferences() {
        let lessonIds = KnownIds(pack.lessons.map(\.id))
        let objectiveIds = KnownIds(pack.objectives.map(\.id))
        let constructIds = KnownIds(pack.constructs.map(\.id))
        let contactIds = KnownIds(pack.contacts.map(\.id))
        let sourceIds = KnownIds(pack.sources.map(\.id))
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
        _ step: Step, constructIds: KnownIds, contactIds: KnownIds
    ) {
        switch step.content {
        case .text(let text):
            for reference in text.contacts {
                resolve(reference, in: contactIds, .unknownContact, what: "support contact")
            }
        case .likert(let item):
            resolve(item.construct, in: constructIds, .unknownConstruct, what: "construct")
        case .scenario(let scenario):
            let targets = KnownIds(scenario.nodes.map(\.id) + scenario.endings.map(\.id))
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
        _ reference: Reference, in known: KnownIds, _ code: DiagnosticCode, what: String
    ) {
        // An empty id means the attribute is missing, which the schema reports.
        guard !reference.id.isEmpty, !known.ids.contains(reference.id) else { return }
        var fix = "use the id of an existing \(what)"
        if hasReported(fewerThan: IdGuesser.guessesPerCode, of: code), let guess = known.guesser.guess(for: reference.id) {
            fix = "did you mean '\(guess)'?"
        } else if known.ids.isEmpty {
            fix = "declare the \(what) first"
        }
        report(code, at: reference.position, "no \(what) has the id '\(reference.id)'", fix: fix)
    }
}

/// The ids of one kind a reference may name.
struct KnownIds {
    let ids: Set<String>
    let guesser: IdGuesser

    init(_ ids: [String]) {
        self.ids = Set(ids)
        self.guesser = IdGuesser(self.ids)
    }
}

/// Ids of one kind, grouped by length, for "did you mean" guesses.
struct IdGuesser {
    /// Guesses are offered for this many unknown references of each code; past that an
    /// author has a pattern to fix, and each guess costs a pass over the ids.
    static let guessesPerCode = 20
    private var byLength: [Int: [[UInt8]]] = [:]

    init(_ ids: some Sequence<String>) {
        for id in ids { byLength[id.utf8.count, default: []].append(Array(id.utf8)) }
    }

    /// The id within edit distance 2 of `word` (the nearest, then the first in byte order),
    /// if there is one. O(ids of a length within 2 of the word's × the word's length).
    func guess(for word: String) -> String? {
        let letters = Array(word.utf8)
        var best: (distance: Int, id: [UInt8])?
        for length in max(0, letters.count - 2)...(letters.count + 2) {
            for id in byLength[length] ?? [] {
                guard let distance = editDistance(letters, id, atMost: 2) else { continue }
                let isBetter = best.map {
                    distance < $0.distance || (distance == $0.distance && id.lexicographicallyPrecedes($0.id))
                }
                if isBetter ?? true { best = (distance, id) }
            }
        }
        return best.map { String(decoding: $0.id, as: UTF8.self) }
    }
}

/// Levenshtein distance between `left` and `right` if it is at most `limit`, else nil.
/// Only cells within `limit` of the diagonal can be that close: O(length × limit).
func editDistance(_ left: [UInt8], _ right: [UInt8], atMost limit: Int) -> Int? {
    guard abs(left.count - right.count) <= limit else { return nil }
    guard !left.isEmpty else { return right.count }
    let far = limit + 1
    // Row i - 1 and row i of the table; cells outside the band are never read.
    var previous = (0...right.count).map { min($0, far) }
    var current = previous
    for i in 1...left.count {
        let low = max(1, i - limit)
        let high = min(right.count, i + limit)
        current[0] = min(i, far)
        if low > 1 { current[low - 1] = far }
        var rowBest = low > 1 ? far : current[0]
        if low <= high {
            for j in low...high {
                let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
                let deletion = j <= i - 1 + limit ? previous[j] + 1 : far
                current[j] = min(substitution, deletion, current[j - 1] + 1, far)
                rowBest = min(rowBest, current[j])
            }
        }
        guard rowBest <= limit else { return nil }
        swap(&previous, &current)
    }
    let distance = previous[right.count]
    return distance <= limit ? distance : nil
}
