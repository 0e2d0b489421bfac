// The lesson engine's benchmark: how long `LessonSession.resume(pack:events:)` takes to
// replay a session's log, and how long `LessonSession.answer` takes to score an answer,
// on a large pack. Prints a Markdown table for docs/performance.md.
//
//   EngineBenchmark PACK.xml [--events 10000] [--answers 100000] [--session-runs 2000]
//                            [--runs 200] [--log-runs 21] [--scoring-runs 5]
//
// scripts/bench/engine.sh builds it in release, writes the pack with
// scripts/bench/make-large-pack.py and runs it. Progress goes to stderr, the table to
// stdout. Exit status: 0 measured, 1 the pack is invalid or the engine refused a
// session, 2 usage error.
//
// What it measures (all with ContinuousClock, release build, one thread):
//   1. replaying one whole session of the pack's largest lesson (the most steps), played
//      as a learner who gets everything right: its event count, the median and p99 of
//      --session-runs replays, and the same with `result` computed after the replay;
//   2. the same lesson played as long as it can go without repeating a scenario node:
//      every hint, every attempt used and wrong, the longest scenario path;
//   3. one log of at least --events events: that long play, going round a loop of the
//      lesson's scenario (a choice back to an earlier node) until the log is long enough
//      (--log-runs replays: each takes most of a second, see docs/performance.md);
//   4. many whole sessions whose logs total at least --events events: every lesson and
//      assessment of the pack, played both ways, in turn, each replayed on its own
//      (--runs replays of them all);
//   5. scoring --answers answers, each through `answer` on its own session that stands
//      at a question of the pack (every question of every lesson, answered rightly and
//      wrongly in turn). The sessions are rebuilt with `resume` before each batch of
//      10,000, untimed; only the `answer` calls are timed. Repeated --scoring-runs times.
// Before timing, every replay is checked to give the state of the session it came from.

import Foundation
import LessonEngine
import LessonPack

// MARK: - Arguments

struct Options {
    var packPath = ""
    var events = 10_000
    var answers = 100_000
    var runs = 200
    var logRuns = 21
    var sessionRuns = 2_000
    var scoringRuns = 5
}

func fail(_ message: String, status: Int32 = 1) -> Never {
    FileHandle.standardError.write(Data("EngineBenchmark: \(message)\n".utf8))
    exit(status)
}

func note(_ message: String) {
    FileHandle.standardError.write(Data("\(message)\n".utf8))
}

func parseOptions() -> Options {
    var options = Options()
    var arguments = CommandLine.arguments.dropFirst()
    let usage =
        "usage: EngineBenchmark PACK.xml [--events N] [--answers N] [--session-runs N] [--runs N] [--log-runs N] [--scoring-runs N]"
    while let argument = arguments.popFirst() {
        func number() -> Int {
            guard let text = arguments.popFirst(), let value = Int(text.replacingOccurrences(of: "_", with: "")),
                value >= 1
            else { fail("\(argument) takes a whole number of at least 1\n\(usage)", status: 2) }
            return value
        }
        switch argument {
        case "--events": options.events = number()
        case "--answers": options.answers = number()
        case "--runs": options.runs = number()
        case "--log-runs": options.logRuns = number()
        case "--session-runs": options.sessionRuns = number()
        case "--scoring-runs": options.scoringRuns = number()
        case "-h", "--help":
            print(usage)
            exit(0)
        default:
            if argument.hasPrefix("-") || !options.packPath.isEmpty { fail("unexpected '\(argument)'\n\(usage)", status: 2) }
            options.packPath = argument
        }
    }
    if options.packPath.isEmpty { fail(usage, status: 2) }
    return options
}

// MARK: - Timing

let clock = ContinuousClock()
/// Results are folded into this and printed, so the optimiser cannot drop the work.
nonisolated(unsafe) var sink = 0

extension Duration {
    var nanoseconds: Double {
        Double(components.seconds) * 1e9 + Double(components.attoseconds) / 1e9
    }
}

struct Sample {
    var nanoseconds: [Double]

    var sorted: [Double] { nanoseconds.sorted() }
    var median: Double {
        let values = sorted
        let middle = values.count / 2
        return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    }
    /// Nearest rank.
    func percentile(_ p: Double) -> Double {
        let values = sorted
        let rank = Int((p / 100 * Double(values.count)).rounded(.up))
        return values[min(max(rank, 1), values.count) - 1]
    }
    var minimum: Double { nanoseconds.min() ?? 0 }
}

/// Times `body` `runs` times after `warmup` untimed calls.
func measure(runs: Int, warmup: Int, _ body: () throws -> Void) rethrows -> Sample {
    for _ in 0..<warmup { try body() }
    var times: [Double] = []
    times.reserveCapacity(runs)
    for _ in 0..<runs {
        let start = clock.now
        try body()
        times.append((clock.now - start).nanoseconds)
    }
    return Sample(nanoseconds: times)
}

func formatTime(_ nanoseconds: Double) -> String {
    switch nanoseconds {
    case ..<1_000: return String(format: "%.0f ns", nanoseconds)
    case ..<10_000: return String(format: "%.2f µs", nanoseconds / 1e3)
    case ..<1_000_000: return String(format: "%.1f µs", nanoseconds / 1e3)
    case ..<10_000_000: return String(format: "%.2f ms", nanoseconds / 1e6)
    case ..<1_000_000_000: return String(format: "%.1f ms", nanoseconds / 1e6)
    default: return String(format: "%.2f s", nanoseconds / 1e9)
    }
}

func grouped(_ value: Int) -> String {
    let digits = String(value)
    var out = ""
    for (index, character) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
        out.append(character)
    }
    return out
}

// MARK: - Playing lessons

let language = "uk"
let epoch = Date(timeIntervalSince1970: 1_800_000_000)

/// A clock for the sessions: each call is one second after the last.
struct Ticks {
    var seconds = 0.0
    mutating func next() -> Date {
        seconds += 1
        return epoch.addingTimeInterval(seconds)
    }
}

func rightAnswer(to question: Question) -> Answer {
    switch question.answer {
    case .singleChoice(let options): return .choice((options.first(where: \.isCorrect) ?? options[0]).id)
    case .multipleChoice(let options): return .choices(options.filter(\.isCorrect).map(\.id))
    case .trueFalse(let truth): return .trueFalse(truth)
    case .ordering(let items): return .order(items.map(\.id))
    case .matching(let pairs): return .matches(Dictionary(uniqueKeysWithValues: pairs.map { ($0.id, $0.id) }))
    case .shortAnswer(let accepted):
        return .text(accepted.first { $0.language == language }?.text ?? accepted[0].text)
    }
}

/// An answer that fits the question but is not right (where the question allows one).
func wrongAnswer(to question: Question) -> Answer {
    switch question.answer {
    case .singleChoice(let options): return .choice((options.first { !$0.isCorrect } ?? options[0]).id)
    case .multipleChoice(let options):
        let wrong = options.filter { !$0.isCorrect }.map(\.id)
        return .choices(wrong.isEmpty ? [options[0].id] : wrong)
    case .trueFalse(let truth): return .trueFalse(!truth)
    case .ordering(let items):
        let ids = items.map(\.id)
        return .order(Array(ids.dropFirst()) + ids.prefix(1))
    case .matching(let pairs):
        let ids = pairs.map(\.id)
        let rotated = Array(ids.dropFirst()) + ids.prefix(1)
        return .matches(Dictionary(uniqueKeysWithValues: zip(ids, rotated).map { ($0, $1) }))
    case .shortAnswer: return .text("не знаю")
    }
}

/// Routes through a scenario, as indices into each node's `choices`.
enum ScenarioRoutes {
    static func simplePaths(of scenario: Scenario) -> [(choices: [Int], points: Double)] {
        let nodes = Dictionary(scenario.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let endings = Set(scenario.endings.map(\.id))
        var paths: [(choices: [Int], points: Double)] = []
        var visited: Set<String> = []
        func walk(_ id: String, _ path: [Int], _ points: Double) {
            if endings.contains(id) {
                paths.append((path, points))
                return
            }
            guard let node = nodes[id], visited.insert(id).inserted else { return }
            for (index, choice) in node.choices.enumerated() {
                walk(choice.target.id, path + [index], points + choice.points)
            }
            visited.remove(id)
        }
        walk(scenario.start.id, [], 0)
        return paths
    }

    /// The most points; of those, the shortest.
    static func best(of scenario: Scenario) -> [Int] {
        simplePaths(of: scenario).min { a, b in
            a.points != b.points ? a.points > b.points : a.choices.count < b.choices.count
        }?.choices ?? []
    }

    /// The most choices without visiting a node twice.
    static func longest(of scenario: Scenario) -> [Int] {
        simplePaths(of: scenario).max { $0.choices.count < $1.choices.count }?.choices ?? []
    }

    /// A loop: choices from the start to a node on a cycle, the cycle's choices (back to
    /// that node), and choices from there to an ending. `nil` if the scenario has no cycle.
    static func loop(in scenario: Scenario) -> (lead: [Int], cycle: [Int], exit: [Int])? {
        let nodes = Dictionary(scenario.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let endings = Set(scenario.endings.map(\.id))
        var found: (lead: [Int], cycle: [Int], exitFrom: String)?
        var pathNodes: [String] = []
        var pathChoices: [Int] = []
        func walk(_ id: String) {
            guard found == nil, let node = nodes[id] else { return }
            pathNodes.append(id)
            for (index, choice) in node.choices.enumerated() where found == nil {
                let target = choice.target.id
                if let back = pathNodes.firstIndex(of: target) {
                    found = (Array(pathChoices.prefix(back)), Array(pathChoices.dropFirst(back)) + [index], target)
                } else if !endings.contains(target) {
                    pathChoices.append(index)
                    walk(target)
                    pathChoices.removeLast()
                }
            }
            pathNodes.removeLast()
        }
        walk(scenario.start.id)
        guard let found else { return nil }
        // Shortest way from the loop's node to an ending (breadth first).
        var queue: [(String, [Int])] = [(found.exitFrom, [])]
        var seen: Set<String> = [found.exitFrom]
        while !queue.isEmpty {
            let (id, route) = queue.removeFirst()
            guard let node = nodes[id] else { continue }
            for (index, choice) in node.choices.enumerated() {
                let target = choice.target.id
                if endings.contains(target) { return (found.lead, found.cycle, route + [index]) }
                if seen.insert(target).inserted { queue.append((target, route + [index])) }
            }
        }
        return nil
    }
}

enum Style {
    /// Every question right at the first attempt, no hints, the best scenario path.
    case typical
    /// Every hint, every attempt used and wrong, the longest scenario path; with
    /// `loops > 0`, the first scenario that has a cycle goes round it that many times.
    case longest(loops: Int)
}

func start(_ lesson: Lesson, in pack: Pack, seed: UInt64) throws(SessionError) -> LessonSession {
    let range = lesson.ageRange(in: pack)
    return try LessonSession.start(
        pack: pack, lessonId: lesson.id, learner: Learner(age: range.minimum, language: language, country: "UA"),
        seed: seed, passedLessons: Set(pack.lessons.map(\.id)), at: epoch)
}

/// Plays `lesson` to its end in `style`; calls `beforeQuestion` with the session as it
/// stands at each scored question, before the first input to it.
func play(
    _ lesson: Lesson, in pack: Pack, style: Style, seed: UInt64 = 1,
    beforeQuestion: (LessonSession, Question) -> Void = { _, _ in }
) throws(SessionError) -> LessonSession {
    var session = try start(lesson, in: pack, seed: seed)
    var ticks = Ticks()
    var loopsLeft = 0
    if case .longest(let loops) = style { loopsLeft = loops }
    while let presented = session.currentStep {
        switch presented.step.content {
        case .question(let question):
            beforeQuestion(session, question)
            switch style {
            case .typical:
                _ = try session.answer(rightAnswer(to: question), at: ticks.next())
            case .longest:
                for _ in question.hints { _ = try session.requestHint(at: ticks.next()) }
                for _ in 0..<question.maxAttempts { _ = try session.answer(wrongAnswer(to: question), at: ticks.next()) }
            }
        case .likert(let item):
            _ = try session.answer(.likert((item.scale + 1) / 2), at: ticks.next())
        case .vote(let vote):
            _ = try session.answer(.vote(vote.options[0].id), at: ticks.next())
        case .scenario(let scenario):
            var route: [Int]
            switch style {
            case .typical:
                route = ScenarioRoutes.best(of: scenario)
            case .longest:
                route = ScenarioRoutes.longest(of: scenario)
                if loopsLeft > 0, let loop = ScenarioRoutes.loop(in: scenario) {
                    route = loop.lead
                    for _ in 0..<loopsLeft { route += loop.cycle }
                    route += loop.exit
                    loopsLeft = 0
                }
            }
            for choice in route { _ = try session.answer(.scenarioChoice(choice), at: ticks.next()) }
        case .text, .discussion, .rolePlay:
            _ = try session.continueOn(at: ticks.next())
        }
    }
    return session
}

/// Checks that replaying `session`'s log gives its state.
func checkReplay(_ session: LessonSession, _ pack: Pack) throws(SessionError) {
    let replayed = try LessonSession.resume(pack: pack, events: session.events)
    guard replayed.state == session.state, replayed.isFinished == session.isFinished else {
        fail("replaying \(session.lesson.id) (\(session.events.count) events) gave a different state")
    }
}

// MARK: - Main

let options = parseOptions()

note("== loading \(options.packPath)")
let loadStart = clock.now
let validation = PackValidator().validate(fileAtPath: options.packPath)
let loadTime = (clock.now - loadStart).nanoseconds
guard let pack = validation.pack, !validation.hasErrors else {
    for diagnostic in validation.diagnostics.prefix(10) { note("\(diagnostic)") }
    fail("the pack has errors; the benchmark needs a valid pack")
}
let packBytes = (try? FileManager.default.attributesOfItem(atPath: options.packPath)[.size] as? Int) ?? 0
let stepCount = pack.lessons.reduce(0) { $0 + $1.steps.count }
let questionCount = pack.lessons.reduce(0) { total, lesson in
    total + lesson.steps.filter { if case .question = $0.content { true } else { false } }.count
}
guard let largest = pack.lessons.enumerated().max(by: { a, b in
    a.element.steps.count != b.element.steps.count ? a.element.steps.count < b.element.steps.count : a.offset > b.offset
})?.element
else { fail("the pack has no lessons") }
note("   \(pack.lessons.count) lessons and assessments, \(stepCount) steps, \(questionCount) scored questions;"
     + " largest: \(largest.id) (\(largest.steps.count) steps); loaded in \(formatTime(loadTime))")

struct Row {
    var measurement: String
    var size: String
    var median: Double
    var p99: Double
    var perUnit: String
}
var rows: [Row] = []

do {
    // 1. A typical whole session of the largest lesson.
    let typical = try play(largest, in: pack, style: .typical)
    try checkReplay(typical, pack)
    let typicalEvents = typical.events
    note("== replaying a typical session of \(largest.id): \(typicalEvents.count) events, \(options.sessionRuns) runs")
    let typicalSample = try measure(runs: options.sessionRuns, warmup: options.sessionRuns / 10 + 1) {
        () throws(SessionError) in
        let session = try LessonSession.resume(pack: pack, events: typicalEvents)
        sink &+= session.state.stepIndex
    }
    rows.append(
        Row(
            measurement: "replay one typical whole session of the largest lesson (\(largest.steps.count) steps, all right)",
            size: "\(typicalEvents.count) events", median: typicalSample.median, p99: typicalSample.percentile(99),
            perUnit: formatTime(typicalSample.median / Double(typicalEvents.count)) + " per event"))
    let withResult = try measure(runs: options.sessionRuns, warmup: options.sessionRuns / 10 + 1) {
        () throws(SessionError) in
        let session = try LessonSession.resume(pack: pack, events: typicalEvents)
        sink &+= session.result.steps.count
    }
    rows.append(
        Row(
            measurement: "the same, then `result`", size: "\(typicalEvents.count) events", median: withResult.median,
            p99: withResult.percentile(99), perUnit: "–"))

    // 2. The longest session without loops.
    let longest = try play(largest, in: pack, style: .longest(loops: 0))
    try checkReplay(longest, pack)
    let longestEvents = longest.events
    note("== replaying the longest loop-free session of \(largest.id): \(longestEvents.count) events")
    let longestSample = try measure(runs: options.sessionRuns, warmup: options.sessionRuns / 10 + 1) {
        () throws(SessionError) in
        let session = try LessonSession.resume(pack: pack, events: longestEvents)
        sink &+= session.state.stepIndex
    }
    rows.append(
        Row(
            measurement: "replay the longest whole session of that lesson without loops (every hint, every attempt wrong)",
            size: "\(longestEvents.count) events", median: longestSample.median, p99: longestSample.percentile(99),
            perUnit: formatTime(longestSample.median / Double(longestEvents.count)) + " per event"))

    // 3. One log of at least --events events, going round a scenario loop.
    var loopLesson: Lesson?
    var loopLength = 0
    for lesson in [largest] + pack.lessons.sorted(by: { $0.steps.count > $1.steps.count }) {
        for step in lesson.steps {
            if case .scenario(let scenario) = step.content, let loop = ScenarioRoutes.loop(in: scenario) {
                loopLesson = lesson
                loopLength = loop.cycle.count
                break
            }
        }
        if loopLesson != nil { break }
    }
    if let loopLesson {
        let base = try play(loopLesson, in: pack, style: .longest(loops: 0)).events.count
        // The loop replaces the longest path by lead + cycles + exit; count from one loop.
        let one = try play(loopLesson, in: pack, style: .longest(loops: 1)).events.count
        let loops = max(1, 1 + Int((Double(options.events - one) / Double(loopLength)).rounded(.up)))
        let big = try play(loopLesson, in: pack, style: .longest(loops: loops))
        try checkReplay(big, pack)
        let bigEvents = big.events
        note("== replaying one session of \(bigEvents.count) events (\(loopLesson.id), \(loops) rounds of a"
             + " \(loopLength)-choice scenario loop; \(base) events without it), \(options.logRuns) runs")
        let bigSample = try measure(runs: options.logRuns, warmup: 2) { () throws(SessionError) in
            let session = try LessonSession.resume(pack: pack, events: bigEvents)
            sink &+= session.state.stepIndex
        }
        rows.append(
            Row(
                measurement: "replay one session's log of \(grouped(bigEvents.count)) events (the longest play, going round"
                    + " a scenario loop \(grouped(loops)) times)",
                size: "\(grouped(bigEvents.count)) events", median: bigSample.median, p99: bigSample.percentile(99),
                perUnit: formatTime(bigSample.median / Double(bigEvents.count)) + " per event"))
    } else {
        note("== no scenario of the pack has a loop: no single log of \(options.events) events")
    }

    // 4. Many whole sessions totalling at least --events events.
    var logs: [[TimedEvent]] = []
    var total = 0
    var styleIndex = 0
    while total < options.events {
        for lesson in pack.lessons where total < options.events {
            let session = try play(
                lesson, in: pack, style: styleIndex % 2 == 0 ? .typical : .longest(loops: 0),
                seed: UInt64(logs.count))
            try checkReplay(session, pack)
            logs.append(session.events)
            total += session.events.count
        }
        styleIndex += 1
    }
    let manyLogs = logs
    note("== replaying \(manyLogs.count) whole sessions totalling \(total) events, \(options.runs) runs")
    let manySample = try measure(runs: options.runs, warmup: options.runs / 10 + 1) { () throws(SessionError) in
        for log in manyLogs {
            let session = try LessonSession.resume(pack: pack, events: log)
            sink &+= session.state.stepIndex
        }
    }
    rows.append(
        Row(
            measurement: "replay \(manyLogs.count) whole sessions (every lesson and assessment, played both ways) totalling"
                + " \(grouped(total)) events, each on its own",
            size: "\(grouped(total)) events", median: manySample.median, p99: manySample.percentile(99),
            perUnit: formatTime(manySample.median / Double(manyLogs.count)) + " per session, "
                + formatTime(manySample.median / Double(total)) + " per event"))

    // 5. Scoring answers: one session per answer, standing at a question.
    struct Target {
        var prefix: [TimedEvent]
        var answer: Answer
        var kind: String
        var isRight: Bool
    }
    var targets: [Target] = []
    for lesson in pack.lessons {
        _ = try play(lesson, in: pack, style: .typical) { session, question in
            let kind = question.answer.kindName
            targets.append(Target(prefix: session.events, answer: rightAnswer(to: question), kind: kind, isRight: true))
            targets.append(Target(prefix: session.events, answer: wrongAnswer(to: question), kind: kind, isRight: false))
        }
    }
    guard !targets.isEmpty else { fail("the pack has no scored questions") }
    // The answers in order: the targets in turn, sorted by kind within each batch so each
    // kind is timed on its own.
    let batchSize = 10_000
    let kinds = Array(Set(targets.map(\.kind))).sorted()
    var perKind: [String: (answers: Int, nanoseconds: Double)] = [:]
    var totals: [Double] = []
    var verdicts: [Verdict: Int] = [:]
    note("== scoring \(options.answers) answers (\(targets.count / 2) questions, right and wrong), "
         + "\(options.scoringRuns) runs")
    for run in 0...options.scoringRuns {  // run 0 warms up
        var runTotal = 0.0
        var done = 0
        while done < options.answers {
            let count = min(batchSize, options.answers - done)
            let batch = (done..<(done + count)).map { targets[$0 % targets.count] }
            for kind in kinds {
                let ofKind = batch.filter { $0.kind == kind }
                guard !ofKind.isEmpty else { continue }
                var sessions = try ofKind.map { target throws(SessionError) in
                    try LessonSession.resume(pack: pack, events: target.prefix)
                }
                let answers = ofKind.map(\.answer)
                var outcomes: [Verdict] = []
                outcomes.reserveCapacity(answers.count)
                let at = epoch.addingTimeInterval(1_000_000)
                let begin = clock.now
                for index in sessions.indices {
                    outcomes.append(try sessions[index].answer(answers[index], at: at).verdict)
                }
                let elapsed = (clock.now - begin).nanoseconds
                runTotal += elapsed
                if run > 0 {
                    perKind[kind, default: (0, 0)].answers += answers.count
                    perKind[kind, default: (0, 0)].nanoseconds += elapsed
                }
                for (target, verdict) in zip(ofKind, outcomes) {
                    if target.isRight != (verdict == .correct) {
                        fail("a \(kind) answer meant to be \(target.isRight ? "right" : "wrong") was \(verdict)")
                    }
                    if run == 1 { verdicts[verdict, default: 0] += 1 }
                }
                sink &+= outcomes.count
            }
            done += count
        }
        if run > 0 { totals.append(runTotal) }
    }
    let scoring = Sample(nanoseconds: totals)
    rows.append(
        Row(
            measurement: "score \(grouped(options.answers)) answers with `answer`, each on its own session at a question"
                + " (\(grouped(targets.count / 2)) questions, right and wrong in turn)",
            size: "\(grouped(options.answers)) answers", median: scoring.median, p99: scoring.percentile(99),
            perUnit: formatTime(scoring.median / Double(options.answers)) + " per answer"))

    // MARK: Report

    note("   (checksum \(sink))")
    print("Pack: \(grouped(packBytes)) bytes, \(pack.lessons.count) lessons and assessments, \(grouped(stepCount)) steps,"
          + " \(grouped(questionCount)) scored questions; validated and decoded once in \(formatTime(loadTime)),"
          + " outside every timing. Largest lesson: `\(largest.id)`, \(largest.steps.count) steps.")
    print()
    print("| measurement | size | median | p99 | per unit (median) |")
    print("|---|---|---|---|---|")
    for row in rows {
        print("| \(row.measurement) | \(row.size) | \(formatTime(row.median)) | \(formatTime(row.p99)) | \(row.perUnit) |")
    }
    print()
    print("Runs: whole sessions \(grouped(options.sessionRuns)) (after \(options.sessionRuns / 10 + 1) untimed);"
          + " one log of \(grouped(options.events)) events \(options.logRuns) (after 2 untimed);"
          + " many sessions \(options.runs) (after \(options.runs / 10 + 1) untimed);"
          + " scoring \(options.scoringRuns) (after 1 untimed). p99 is the nearest rank.")
    print()
    print("Scoring by kind (all runs; verdicts of one run: "
          + verdicts.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \(grouped($0.value))" }
              .joined(separator: ", ") + "):")
    print()
    print("| kind | answers per run | per answer (mean) |")
    print("|---|---|---|")
    for kind in kinds {
        guard let entry = perKind[kind] else { continue }
        print("| \(kind) | \(grouped(entry.answers / options.scoringRuns)) | \(formatTime(entry.nanoseconds / Double(entry.answers))) |")
    }
    print()
    let worst = max(typicalSample.median, longestSample.median)
    let worstP99 = max(typicalSample.percentile(99), longestSample.percentile(99))
    print("Goal: replaying a whole session takes under 1 ms. Typical session \(formatTime(typicalSample.median)),"
          + " longest loop-free session \(formatTime(longestSample.median)) (median; p99 up to \(formatTime(worstP99)))"
          + " → \(worst < 1_000_000 && worstP99 < 1_000_000 ? "MET" : (worst < 1_000_000 ? "MET on the median, not at p99" : "MISSED")).")
} catch {
    fail("the engine refused an input: \(error)")
}
