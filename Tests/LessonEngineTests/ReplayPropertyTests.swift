import Foundation
import LessonEngine
import PackXML
import Testing

@testable import LessonEngine
@testable import LessonPack

/// "State is a fold over events": for random packs and random input streams, resuming
/// from any prefix of the accepted event log gives exactly the live state after that
/// prefix, and the same result. Refused inputs change neither the state nor the log.
///
/// Deterministic: every case is generated from a seed, and every failure names it. To run
/// one seed alone, as printed (hex) or in decimal:
/// `REPLAY_PROPERTY_SEED=0x… swift test --filter oneSeedFromTheEnvironment`.
@Suite struct ReplayPropertyTests {
    static let packCount = 200
    static let streamsPerPack = 4

    /// The seed of random pack `index`: fixed, so every run tests the same cases.
    static func seed(ofPack index: Int) -> UInt64 {
        0x0BE8_1A5E_ED00_0000 ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
    }

    @Test(arguments: 0..<packCount)
    func replayedStateEqualsLiveStateAtEveryPrefix(pack index: Int) {
        let failures = ReplayCase.run(seed: Self.seed(ofPack: index), streams: Self.streamsPerPack).failures
        for failure in failures { Issue.record(Comment(rawValue: failure)) }
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["REPLAY_PROPERTY_SEED"] != nil))
    func oneSeedFromTheEnvironment() throws {
        let text = try #require(ProcessInfo.processInfo.environment["REPLAY_PROPERTY_SEED"])
        let seed = try #require(UInt64(text) ?? UInt64(text.replacingOccurrences(of: "0x", with: ""), radix: 16))
        for failure in ReplayCase.run(seed: seed, streams: Self.streamsPerPack).failures {
            Issue.record(Comment(rawValue: failure))
        }
    }

    /// The generator reaches what the property is about: every step kind, every kind of
    /// accepted event, refusals of every sort, finished sessions and both modes. Without
    /// this, a generator that only ever produced refused inputs would pass vacuously.
    @Test func generatedCasesCoverEveryKind() {
        var coverage = Coverage()
        for index in 0..<Self.packCount {
            coverage.merge(
                ReplayCase.run(seed: Self.seed(ofPack: index), streams: Self.streamsPerPack, check: false).coverage)
        }
        let stepKinds: Set<String> = [
            "text", "single-choice", "multiple-choice", "true-false", "ordering", "matching", "short-answer",
            "likert", "scenario", "vote", "discussion", "role-play",
        ]
        #expect(
            stepKinds.subtracting(coverage.stepKindsPlayed).isEmpty,
            "step kinds never played: \(stepKinds.subtracting(coverage.stepKindsPlayed).sorted())")
        let events: Set<String> = ["started", "answered", "hintShown", "skipped", "continued", "tallied", "markedDone"]
        #expect(
            events.subtracting(coverage.acceptedEvents.keys).isEmpty,
            "events never accepted: \(events.subtracting(coverage.acceptedEvents.keys).sorted())")
        let refusals: Set<String> = [
            "sessionFinished", "doesNotFit", "unknownOption", "incomplete", "emptyAnswer", "outOfRange",
            "notSkippable", "noHintLeft", "answerNeeded", "groupModeOnly", "individualModeOnly",
        ]
        #expect(
            refusals.subtracting(coverage.refusals.keys).isEmpty,
            "refusals never seen: \(refusals.subtracting(coverage.refusals.keys).sorted())")
        let verdicts: Set<String> = ["correct", "partly", "wrong", "recorded", "skipped"]
        #expect(
            verdicts.subtracting(coverage.verdicts).isEmpty,
            "verdicts never given: \(verdicts.subtracting(coverage.verdicts).sorted())")
        #expect(coverage.finishedSessions > 100)
        #expect(coverage.scenarioEndingsAfterLoop > 0, "no scenario went round a loop before ending")
        #expect(coverage.ageOverrides > 0)
        #expect(coverage.longestLog > 40)
    }
}

// MARK: - One case: a random pack, several random streams over it

/// What the streams of the cases did, so `generatedCasesCoverEveryKind` can check them.
private struct Coverage {
    var stepKindsPlayed: Set<String> = []
    var acceptedEvents: [String: Int] = [:]
    var refusals: [String: Int] = [:]
    var verdicts: Set<String> = []
    var finishedSessions = 0
    var scenarioEndingsAfterLoop = 0
    var ageOverrides = 0
    var longestLog = 0

    mutating func merge(_ other: Coverage) {
        stepKindsPlayed.formUnion(other.stepKindsPlayed)
        acceptedEvents.merge(other.acceptedEvents, uniquingKeysWith: +)
        refusals.merge(other.refusals, uniquingKeysWith: +)
        verdicts.formUnion(other.verdicts)
        finishedSessions += other.finishedSessions
        scenarioEndingsAfterLoop += other.scenarioEndingsAfterLoop
        ageOverrides += other.ageOverrides
        longestLog = max(longestLog, other.longestLog)
    }
}

private enum ReplayCase {
    /// Builds the pack of `seed`, plays `streams` random input streams over random lessons
    /// of it and, when `check` is set, compares every prefix's replay with the live session.
    static func run(seed: UInt64, streams: Int, check: Bool = true) -> (failures: [String], coverage: Coverage) {
        var random = PropertyRandom(seed: seed)
        let pack = RandomPack.make(&random)
        var failures: [String] = []
        var coverage = Coverage()
        for stream in 0..<streams {
            let place = "pack seed 0x\(String(seed, radix: 16)), stream \(stream)"
            guard let live = play(pack, &random, coverage: &coverage, failures: &failures, where: place) else {
                continue
            }
            coverage.longestLog = max(coverage.longestLog, live.last!.events.count)
            if live.last!.isFinished { coverage.finishedSessions += 1 }
            if check, let failure = compareReplays(pack: pack, live: live) {
                failures.append("\(place): \(failure)")
            }
            if failures.count >= 3 { break }
        }
        return (failures, coverage)
    }

    /// One random input stream. Returns the live session after the start and after each
    /// accepted input: `live[k - 1]` is the session whose log is the first `k` events.
    private static func play(
        _ pack: Pack, _ random: inout PropertyRandom, coverage: inout Coverage, failures: inout [String],
        where place: String
    ) -> [LessonSession]? {
        let lesson = random.pick(pack.lessons)
        let range = lesson.ageRange(in: pack)
        let inRange = random.chance(0.85)
        let age = inRange ? random.int(range.minimum...range.maximum) : random.pick([8, 9, 19, 20, range.minimum - 1])
        let outside = !range.contains(age: age)
        let override = (outside || random.chance(0.1)) ? AgeOverride(reason: "facilitator: \(random.int(0...9))") : nil
        if override != nil, outside { coverage.ageOverrides += 1 }
        let learner = Learner(
            age: age, language: random.pick(["en", "uk", "uk", "ru"]), country: random.chance(0.5) ? "UA" : nil)
        let mode: SessionMode = random.chance(0.35) ? .group : .individual
        var clock = EngineFixtures.epoch.addingTimeInterval(Double(random.int(0...1_000_000)))
        let session: LessonSession
        do {
            session = try LessonSession.start(
                pack: pack, lessonId: lesson.id, learner: learner, mode: mode, seed: random.next(),
                passedLessons: Set(pack.lessons.map(\.id)), ageOverride: override, at: clock)
        } catch {
            failures.append("\(place): start refused: \(error)")
            return nil
        }
        coverage.acceptedEvents["started", default: 0] += 1
        var live = [session]
        var current = session
        let maximumInputs = random.int(5...200)
        var extraAfterFinish = random.int(0...3)
        for _ in 0..<maximumInputs {
            if current.isFinished {
                if extraAfterFinish == 0 { break }
                extraAfterFinish -= 1
            }
            // Time supplied from outside: mostly forwards, sometimes standing still or
            // jumping back (a device clock being corrected).
            if random.chance(0.06) {
                clock = clock.addingTimeInterval(-Double(random.int(1...300)))
            } else {
                clock = clock.addingTimeInterval(Double(random.int(0...120)) + Double(random.int(0...999)) / 1000)
            }
            let input = RandomInput.make(for: current, &random)
            let stepBefore = current.currentStep?.step
            let stateBefore = current.state
            let eventsBefore = current.events
            do {
                let outcome = try input.apply(to: &current, at: clock)
                coverage.verdicts.insert(outcome.verdict.rawValue)
                if let step = stepBefore {
                    coverage.stepKindsPlayed.insert(step.kindName)
                    let record = current.state.record(for: step.id)
                    if record.scenarioEnding != nil, Set(record.scenarioPath).count < record.scenarioPath.count {
                        coverage.scenarioEndingsAfterLoop += 1
                    }
                }
                let expected = TimedEvent(input.event(stepId: stepBefore?.id ?? "?"), at: clock)
                coverage.acceptedEvents[expected.event.caseName, default: 0] += 1
                guard current.events == eventsBefore + [expected] else {
                    failures.append("\(place): accepted \(input) but the log became \(current.events.suffix(2))")
                    return nil
                }
                live.append(current)
            } catch {
                coverage.refusals[error.caseName, default: 0] += 1
                guard current.state == stateBefore, current.events == eventsBefore else {
                    failures.append("\(place): refused \(input) (\(error)) but the state or the log changed")
                    return nil
                }
            }
        }
        return live
    }

    /// Resumes from every prefix of the final log and compares with the live session.
    private static func compareReplays(pack: Pack, live: [LessonSession]) -> String? {
        let log = live.last!.events
        guard log.count == live.count else { return "log has \(log.count) events for \(live.count) live states" }
        for k in 1...log.count {
            let expected = live[k - 1]
            let resumed: LessonSession
            do {
                resumed = try LessonSession.resume(pack: pack, events: Array(log.prefix(k)))
            } catch {
                return "prefix \(k) of \(log.count): resume threw \(error)"
            }
            if resumed.state != expected.state {
                return "prefix \(k) of \(log.count): replayed state \(resumed.state) ≠ live \(expected.state)"
            }
            if resumed.events != expected.events { return "prefix \(k): replayed log differs" }
            if let difference = ResultComparison.difference(resumed.result, expected.result) {
                return "prefix \(k) of \(log.count): result differs: \(difference)"
            }
            if let difference = ResultComparison.difference(resumed.currentStep, expected.currentStep) {
                return "prefix \(k) of \(log.count): presented step differs: \(difference)"
            }
        }
        // An interrupted session is resumed from a stored log: a JSON round trip too.
        do {
            let data = try JSONEncoder().encode(log)
            let decoded = try JSONDecoder().decode([TimedEvent].self, from: data)
            if decoded != log { return "the log does not survive a JSON round trip" }
            let resumed = try LessonSession.resume(pack: pack, events: decoded)
            if resumed.state != live.last!.state { return "state after a JSON round trip of the log differs" }
        } catch {
            return "JSON round trip of the log: \(error)"
        }
        return nil
    }
}

// MARK: - Comparing results and presented steps

private enum ResultComparison {
    /// `nil` when every field is equal, else the first that differs.
    static func difference(_ a: LessonResult, _ b: LessonResult) -> String? {
        if a.lessonId != b.lessonId { return "lessonId" }
        if a.kind != b.kind { return "kind" }
        if a.rawPoints != b.rawPoints { return "rawPoints \(a.rawPoints) ≠ \(b.rawPoints)" }
        if a.maximumPoints != b.maximumPoints { return "maximumPoints \(a.maximumPoints) ≠ \(b.maximumPoints)" }
        if a.scaled != b.scaled { return "scaled \(String(describing: a.scaled)) ≠ \(String(describing: b.scaled))" }
        if a.passed != b.passed { return "passed" }
        if a.isComplete != b.isComplete { return "isComplete" }
        if a.timeSpent != b.timeSpent { return "timeSpent \(a.timeSpent) ≠ \(b.timeSpent)" }
        if a.skipped != b.skipped { return "skipped" }
        if a.objectives != b.objectives { return "objectives \(a.objectives) ≠ \(b.objectives)" }
        guard a.steps.count == b.steps.count else { return "steps.count" }
        for (x, y) in zip(a.steps, b.steps) {
            guard
                x.stepId == y.stepId, x.kindName == y.kindName, x.verdict == y.verdict,
                x.pointsEarned == y.pointsEarned, x.pointsMaximum == y.pointsMaximum, x.attempts == y.attempts,
                x.hintsShown == y.hintsShown, x.scenarioPath == y.scenarioPath, x.scenarioEnding == y.scenarioEnding
            else { return "step \(x.stepId): \(x) ≠ \(y)" }
        }
        return nil
    }

    static func difference(_ a: PresentedStep?, _ b: PresentedStep?) -> String? {
        switch (a, b) {
        case (nil, nil): return nil
        case (let a?, let b?):
            guard
                a.step.id == b.step.id, a.index == b.index, a.count == b.count, a.language == b.language,
                a.order == b.order, a.scenarioNode?.id == b.scenarioNode?.id,
                a.scenarioChoiceOrder == b.scenarioChoiceOrder, a.attemptsUsed == b.attemptsUsed,
                a.attemptsLeft == b.attemptsLeft, a.hintsShown == b.hintsShown, a.hintsLeft == b.hintsLeft
            else { return "\(a.step.id) at \(a.index) ≠ \(b.step.id) at \(b.index)" }
            return nil
        default: return "one is finished, the other is not"
        }
    }
}

// MARK: - Random inputs

/// One input a player or facilitator can give, through the public `LessonSession` API.
private enum RandomInput: CustomStringConvertible {
    case answer(Answer)
    case hint
    case skip
    case continueOn
    case tally([String: Int])
    case markDone

    var description: String {
        switch self {
        case .answer(let answer): "answer(\(answer))"
        case .hint: "hint"
        case .skip: "skip"
        case .continueOn: "continue"
        case .tally(let counts): "tally(\(counts))"
        case .markDone: "markDone"
        }
    }

    func apply(to session: inout LessonSession, at time: Date) throws(SessionError) -> StepOutcome {
        switch self {
        case .answer(let answer): try session.answer(answer, at: time)
        case .hint: try session.requestHint(at: time)
        case .skip: try session.skip(at: time)
        case .continueOn: try session.continueOn(at: time)
        case .tally(let counts): try session.tally(counts, at: time)
        case .markDone: try session.markDone(at: time)
        }
    }

    /// The event the engine should log for this input on step `stepId`.
    func event(stepId: String) -> SessionEvent {
        switch self {
        case .answer(let answer): .answered(stepId: stepId, answer: answer)
        case .hint: .hintShown(stepId: stepId)
        case .skip: .skipped(stepId: stepId)
        case .continueOn: .continued(stepId: stepId)
        case .tally(let counts): .tallied(stepId: stepId, counts: counts)
        case .markDone: .markedDone(stepId: stepId)
        }
    }

    /// Answers of every shape, some of which fit whatever the step is.
    static let anyShape: [Answer] = [
        .choice("o0"), .choices(["o0", "o1"]), .trueFalse(true), .order(["i0", "i1"]), .matches(["p0": "p0"]),
        .text("block"), .likert(3), .scenarioChoice(0), .vote("v0"),
    ]

    static func make(for session: LessonSession, _ random: inout PropertyRandom) -> RandomInput {
        guard let presented = session.currentStep else {
            return random.pick([.answer(random.pick(anyShape)), .hint, .skip, .continueOn, .tally([:]), .markDone])
        }
        let step = presented.step
        switch random.int(0...99) {
        case 0..<45: return .answer(validAnswer(step, presented, &random))
        case 45..<59: return .answer(invalidAnswer(step, presented, &random))
        case 59..<69: return .hint
        case 69..<73: return .skip
        case 73..<86: return .continueOn
        case 86..<93: return .tally(tally(step, &random))
        default: return .markDone
        }
    }

    /// An answer of the right shape: right, partly right or wrong.
    static func validAnswer(_ step: Step, _ presented: PresentedStep, _ random: inout PropertyRandom) -> Answer {
        switch step.content {
        case .question(let question):
            switch question.answer {
            case .singleChoice(let options):
                let correct = options.filter(\.isCorrect)
                return .choice(
                    random.chance(0.5) && !correct.isEmpty ? random.pick(correct).id : random.pick(options).id)
            case .multipleChoice(let options):
                var ids = random.nonEmptySubset(options.map(\.id))
                if random.chance(0.2) { ids.append(random.pick(ids)) }  // duplicates are ignored
                return .choices(random.shuffled(ids))
            case .trueFalse(let truth):
                return .trueFalse(random.chance(0.6) ? truth : !truth)
            case .ordering(let items):
                return .order(random.chance(0.4) ? items.map(\.id) : random.shuffled(items.map(\.id)))
            case .matching(let pairs):
                let ids = pairs.map(\.id)
                let rights = random.chance(0.4) ? ids : random.shuffled(ids)
                return .matches(Dictionary(uniqueKeysWithValues: zip(ids, rights)))
            case .shortAnswer(let accepted):
                if random.chance(0.3) { return .text(random.pick(RandomPack.phrases)) }
                return .text(RandomPack.variant(of: random.pick(accepted).text, &random))
            }
        case .likert(let item):
            return .likert(random.int(1...item.scale))
        case .scenario:
            let count = presented.scenarioNode?.choices.count ?? 1
            return .scenarioChoice(random.int(0...max(count - 1, 0)))
        case .vote(let vote):
            return .vote(random.pick(vote.options).id)
        case .text, .discussion, .rolePlay:
            return random.pick(anyShape)
        }
    }

    /// An answer the engine must refuse (or, for a wrong shape, one that happens to fit).
    static func invalidAnswer(_ step: Step, _ presented: PresentedStep, _ random: inout PropertyRandom) -> Answer {
        if random.chance(0.3) { return random.pick(anyShape) }
        switch step.content {
        case .question(let question):
            switch question.answer {
            case .singleChoice:
                return .choice(random.pick(["ghost", "", "O0"]))
            case .multipleChoice(let options):
                return random.chance(0.5) ? .choices([]) : .choices([options[0].id, "ghost"])
            case .trueFalse:
                return .choice("true")
            case .ordering(let items):
                var ids = items.map(\.id)
                switch random.int(0...2) {
                case 0: ids.removeLast()
                case 1: ids[ids.count - 1] = ids[0]
                default: ids.append("ghost")
                }
                return .order(ids)
            case .matching(let pairs):
                let ids = pairs.map(\.id)
                var chosen = Dictionary(uniqueKeysWithValues: zip(ids, ids))
                switch random.int(0...3) {
                case 0: chosen[ids[0]] = nil
                case 1: chosen["ghost"] = ids[0]
                case 2: chosen[ids[1]] = ids[0]
                default: chosen[ids[0]] = "ghost"
                }
                return .matches(chosen)
            case .shortAnswer:
                return .text(random.pick(["", "   ", " \n\t "]))
            }
        case .likert(let item):
            return .likert(random.pick([0, -1, item.scale + 1, 99]))
        case .scenario:
            return .scenarioChoice(random.pick([-1, presented.scenarioNode?.choices.count ?? 0, 42]))
        case .vote:
            return .vote(random.pick(["ghost", ""]))
        case .text, .discussion, .rolePlay:
            return random.pick(anyShape)
        }
    }

    static func tally(_ step: Step, _ random: inout PropertyRandom) -> [String: Int] {
        guard case .vote(let vote) = step.content else { return ["v0": random.int(0...5)] }
        var counts: [String: Int] = [:]
        for option in vote.options where random.chance(0.8) { counts[option.id] = random.int(0...30) }
        if random.chance(0.15) { counts[random.pick(vote.options).id] = -1 }
        if random.chance(0.1) { counts["ghost"] = 2 }
        return counts
    }
}

// MARK: - Random packs

private enum RandomPack {
    static let here = SourcePosition(line: 1, column: 1)

    /// Accepted answers and wrong guesses; some differ from others only by case, width or
    /// white space, so normalisation is exercised.
    static let phrases = [
        "Tell an adult", "block", "Report", "ＳＴＯＰ", "stop", "Не відповідати", "не ВІДПОВІДАТИ",
        "заблокувати", "Straße", "strasse", "ﬁle", "file",
    ]

    static func text(_ label: String, _ languages: [String]) -> LocalizedText {
        LocalizedText(
            translations: languages.map { .init(language: $0, text: "\(label) (\($0))", position: here) },
            position: here)
    }

    static func reference(_ id: String) -> Reference { Reference(id: id, position: here) }

    /// `text` with its case, width or spacing changed, or unchanged.
    static func variant(of text: String, _ random: inout PropertyRandom) -> String {
        switch random.int(0...4) {
        case 0: return text.uppercased()
        case 1: return "  " + text.lowercased().replacingOccurrences(of: " ", with: " \t\n ") + "\n"
        case 2: return text.replacingOccurrences(of: "S", with: "Ｓ")
        default: return text
        }
    }

    static func make(_ random: inout PropertyRandom) -> Pack {
        let languages = random.pick([["en"], ["uk"], ["en", "uk"], ["uk", "en"]])
        let defaultLanguage = random.pick(languages)
        let minimumAge = random.int(10...14)
        let ageRange = AgeRange(minimum: minimumAge, maximum: random.int(minimumAge...18))
        let objectives = (0..<random.int(0...4)).map {
            Objective(id: "obj\($0)", text: text("objective \($0)", languages), position: here)
        }
        var lessons: [Lesson] = []
        for index in 0..<random.int(1...3) {
            let lessonMinimum = random.chance(0.3) ? random.int(ageRange.minimum...ageRange.maximum) : nil
            let lessonMaximum =
                random.chance(0.3) ? random.int((lessonMinimum ?? ageRange.minimum)...ageRange.maximum) : nil
            let stepCount = random.chance(0.25) ? random.int(10...30) : random.int(1...10)
            let steps = (0..<stepCount).map { step(id: "l\(index)s\($0)", languages, objectives, &random) }
            lessons.append(
                Lesson(
                    id: "lesson\(index)", kind: random.pick(Lesson.Kind.allCases), timing: nil,
                    title: text("lesson \(index)", languages), summary: nil,
                    declaredMinimumAge: lessonMinimum, declaredMaximumAge: lessonMaximum,
                    prerequisites: (0..<index).filter { _ in random.chance(0.5) }.map { reference("lesson\($0)") },
                    objectives: random.subset(objectives.map { reference($0.id) }, 0.5),
                    passMark: random.chance(0.5) ? Lesson.defaultPassMark : Double(random.int(0...100)),
                    estimatedMinutes: nil, steps: steps, position: here, attributePositions: [:]))
        }
        return Pack(
            id: "random-pack", version: "1.0.0", title: text("pack", languages), summary: text("summary", languages),
            authors: ["property test"], licence: "CC-BY-4.0", defaultLanguage: defaultLanguage, languages: languages,
            ageRange: ageRange, riskArea: .contact, topic: .privacy, isMarkedSensitive: false, estimatedMinutes: 10,
            contentNote: nil, groundRules: [], objectives: objectives,
            constructs: [Construct(id: "trust", kind: .attitudes, text: text("trust", languages), position: here)],
            sources: [], contacts: [], lessons: lessons, position: here, attributePositions: [:],
            unreadableNumbers: [])
    }

    static func step(id: String, _ languages: [String], _ objectives: [Objective], _ random: inout PropertyRandom)
        -> Step
    {
        let content: StepContent
        switch random.int(0...11) {
        case 0: content = .text(InformationText(body: text("body", languages), contacts: []))
        case 1...6: content = .question(question(kind: random.int(0...5), languages, &random))
        case 7:
            content = .likert(
                LikertItem(
                    construct: reference("trust"), scale: random.int(3...7), isReversed: random.chance(0.5),
                    statement: text("statement", languages), lowLabel: nil, highLabel: nil))
        case 8: content = .scenario(scenario(languages, &random))
        case 9:
            content = .vote(
                Vote(
                    prompt: text("vote", languages),
                    options: (0..<random.int(2...4)).map {
                        .init(id: "v\($0)", label: text("v\($0)", languages), position: here)
                    },
                    facilitatorNote: nil))
        case 10:
            content = .discussion(
                Discussion(prompt: text("discuss", languages), facilitatorNote: text("note", languages)))
        default:
            content = .rolePlay(
                RolePlay(
                    setup: text("setup", languages),
                    roles: (0..<random.int(1...3)).map {
                        .init(
                            id: "r\($0)", name: text("role", languages), brief: text("brief", languages), position: here
                        )
                    },
                    facilitatorNote: nil, estimatedMinutes: random.chance(0.5) ? random.int(1...15) : nil))
        }
        return Step(
            id: id, isSkippable: random.chance(0.7),
            objectives: random.subset(objectives.map { reference($0.id) }, 0.3),
            sources: [], content: content, position: here, attributePositions: [:])
    }

    static func question(kind: Int, _ languages: [String], _ random: inout PropertyRandom) -> Question {
        let answer: AnswerKey
        switch kind {
        case 0:
            let count = random.int(2...5)
            let right = random.int(0...count - 1)
            answer = .singleChoice((0..<count).map { option($0, correct: $0 == right, languages, &random) })
        case 1:
            let count = random.int(2...6)
            var flags = (0..<count).map { _ in random.chance(0.45) }
            if !flags.contains(true) { flags[random.int(0...count - 1)] = true }
            answer = .multipleChoice((0..<count).map { option($0, correct: flags[$0], languages, &random) })
        case 2:
            answer = .trueFalse(random.chance(0.5))
        case 3:
            answer = .ordering(
                (0..<random.int(2...5)).map {
                    OrderingItem(id: "i\($0)", text: text("item", languages), position: here)
                })
        case 4:
            answer = .matching(
                (0..<random.int(2...5)).map {
                    MatchingPair(
                        id: "p\($0)", left: text("left", languages), right: text("right", languages), position: here)
                })
        default:
            // Accepted answers in the pack's languages, and now and then in one it lacks.
            let pool = languages + (random.chance(0.15) ? ["ru"] : [])
            answer = .shortAnswer(
                (0..<random.int(1...3)).map { _ in
                    AcceptedAnswer(language: random.pick(pool), text: random.pick(phrases), position: here)
                })
        }
        var feedback: [Question.FeedbackCase: LocalizedText] = [:]
        for when in Question.FeedbackCase.allCases where random.chance(0.5) {
            feedback[when] = text("feedback \(when.rawValue)", languages)
        }
        return Question(
            prompt: text("prompt", languages),
            points: random.pick([0.5, 1, 1, 1, 2, 3, 1.5, 0.25, 10]),
            maxAttempts: random.pick([1, 1, 2, 3, 4]), shuffles: random.chance(0.5),
            hints: (0..<random.pick([0, 0, 1, 2, 5])).map { text("hint \($0)", languages) },
            feedback: feedback, answer: answer)
    }

    static func option(_ index: Int, correct: Bool, _ languages: [String], _ random: inout PropertyRandom)
        -> ChoiceOption
    {
        ChoiceOption(
            id: "o\(index)", isCorrect: correct, label: text("option \(index)", languages),
            feedback: random.chance(0.4) ? text("option feedback \(index)", languages) : nil, position: here)
    }

    /// Nodes n0…, endings e0…, starting at n0. Every node has a choice leading forwards
    /// (to a later node or an ending), so an ending can always be reached; a looping
    /// scenario also has choices back to the same or earlier nodes.
    static func scenario(_ languages: [String], _ random: inout PropertyRandom) -> Scenario {
        let nodeCount = random.int(1...4)
        let endingCount = random.int(1...3)
        let loops = random.chance(0.5)
        let endings = (0..<endingCount).map { "e\($0)" }
        let nodes: [ScenarioNode] = (0..<nodeCount).map { index in
            let forwards = ((index + 1)..<nodeCount).map { "n\($0)" } + endings
            let anywhere = (0..<nodeCount).map { "n\($0)" } + endings
            let choices = (0..<random.int(1...3)).map { choiceIndex in
                ScenarioChoice(
                    target: reference(choiceIndex == 0 || !loops ? random.pick(forwards) : random.pick(anywhere)),
                    points: random.pick([0, 0, 0.5, 1, 2]), label: text("choice", languages),
                    feedback: random.chance(0.5) ? text("choice feedback", languages) : nil, position: here)
            }
            return ScenarioNode(
                id: "n\(index)", text: text("node", languages), choices: random.shuffled(choices), position: here)
        }
        return Scenario(
            title: nil, start: reference("n0"), shuffles: random.chance(0.5), nodes: nodes,
            endings: endings.map {
                ScenarioEnding(
                    id: $0, outcome: random.pick(ScenarioEnding.Outcome.allCases), text: text("ending", languages),
                    contacts: [], position: here)
            })
    }
}

// MARK: - Seeded randomness

/// The engine's SplitMix64 with small helpers of its own, so the streams depend neither
/// on the standard library's sampling algorithms nor on the engine's shuffle.
private struct PropertyRandom {
    private var source: SplitMix64

    init(seed: UInt64) { source = SplitMix64(state: seed) }

    mutating func next() -> UInt64 { source.next() }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(UInt64(1) << 53) < probability
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        for index in stride(from: result.count - 1, to: 0, by: -1) { result.swapAt(index, int(0...index)) }
        return result
    }

    mutating func subset<T>(_ items: [T], _ probability: Double) -> [T] {
        items.filter { _ in chance(probability) }
    }

    mutating func nonEmptySubset<T>(_ items: [T]) -> [T] {
        let chosen = subset(items, 0.5)
        return chosen.isEmpty ? [pick(items)] : chosen
    }
}

// MARK: - Names for coverage

private extension SessionEvent {
    var caseName: String {
        switch self {
        case .started: "started"
        case .answered: "answered"
        case .hintShown: "hintShown"
        case .skipped: "skipped"
        case .continued: "continued"
        case .tallied: "tallied"
        case .markedDone: "markedDone"
        }
    }
}

private extension SessionError {
    var caseName: String {
        String(describing: self).prefix { $0.isLetter || $0.isNumber }.description
    }
}
