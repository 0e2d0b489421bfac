import Foundation
import LessonEngine
import LessonPack

/// Where the loop reads lines and writes screens: a terminal, a pipe, or a test script.
public protocol LineIO: AnyObject {
    func write(_ text: String)
    /// The next line without its line end, or `nil` at the end of input.
    func readLine() -> String?
}

/// One learner (or group) playing one lesson: show the step, read a line, turn it into an
/// input, give it to the engine, record the event, show the feedback; until the lesson
/// ends, the learner quits, or the input ends.
public struct PlayLoop {
    public enum End: Sendable {
        case finished(LessonResult)
        /// `q`: everything so far is saved.
        case quit
        /// The input ended (a script, a closed pipe): everything so far is saved.
        case endOfInput
    }

    public var renderer: any ScreenRenderer
    /// Its `audience` decides how lines are read: `AnswerInput` for a learner,
    /// `FacilitatorInput` for a facilitator.
    public var style: ScreenStyle
    /// Whether the pack's content note and ground rules are shown before the first step.
    public var showsOpening = true
    /// The learner's country, for the help screen's contacts.
    public var country: String?
    /// The time of each input; the engine reads no clock.
    public var clock: () -> Date

    public init(renderer: any ScreenRenderer, style: ScreenStyle, country: String?, clock: @escaping () -> Date = Date.init) {
        self.renderer = renderer
        self.style = style
        self.country = country
        self.clock = clock
    }

    /// Plays `session` on. A recorder error stops the loop (the answer was not saved, so
    /// its feedback is not shown); the caller reports it.
    public func run(_ session: inout LessonSession, io: any LineIO, recorder: any EventRecorder) throws -> End {
        if showsOpening, let end = opening(session.pack, io: io) { return end }
        var showStep = true
        while let presented = session.currentStep {
            if showStep { io.write(renderer.step(presented, lesson: session.lesson, pack: session.pack, style: style)) }
            showStep = true
            io.write(PlayerWords.text(.yourAnswer, language: style.language) + " ")
            guard let line = io.readLine() else { return .endOfInput }
            let outcome: StepOutcome
            var tallied: [String: Int]?
            var input = parse(line, for: presented)
            if case .countVotes = input {
                guard let counts = takeVotes(presented, io: io) else { return .endOfInput }
                input = .tally(counts)
            }
            do {
                switch input {
                case .quit:
                    return .quit
                case .help:
                    io.write(renderer.help(pack: session.pack, country: country, style: style))
                    guard io.readLine() != nil else { return .endOfInput }
                    continue
                case .disclosureCard:
                    if let end = showDisclosureCard(session.pack, io: io) { return end }
                    continue
                case .invalid(let key):
                    io.write(renderer.invalid(AnswerInput.message(key, for: presented), style: style))
                    showStep = false
                    continue
                case .invalidTally:
                    io.write(renderer.invalid(tallyMessage(for: presented), style: style))
                    showStep = false
                    continue
                case .tally(let counts):
                    guard counts.values.contains(where: { $0 > 0 }) else {
                        io.write(renderer.invalid(facilitatorWord(.noVotes), style: style))
                        showStep = false
                        continue
                    }
                    tallied = counts
                    outcome = try session.tally(counts, at: clock())
                case .countVotes:
                    continue  // Taken as a tally above.
                case .hint:
                    outcome = try session.requestHint(at: clock())
                case .skip:
                    outcome = try session.skip(at: clock())
                case .continueOn:
                    outcome = try continueOn(presented, &session)
                case .answer(let answer):
                    outcome = try session.answer(answer, at: clock())
                }
            } catch is SessionError {
                // The parser and the engine agree on what fits; this is a safety net.
                io.write(renderer.invalid(AnswerInput.message(AnswerInput.example(for: presented), for: presented), style: style))
                showStep = false
                continue
            }
            // Saved before the feedback is shown: a crash now loses nothing.
            try recorder.record(session.events[session.events.count - 1], sequence: session.events.count - 1)
            if let tallied {
                io.write(renderer.tally(tallied, presented: presented, pack: session.pack, style: style))
            } else {
                io.write(renderer.outcome(outcome, presented: presented, pack: session.pack, style: style))
            }
        }
        return .finished(session.result)
    }

    /// Enter: in a group, the facilitator marks a discussion or role play done.
    private func continueOn(_ presented: PresentedStep, _ session: inout LessonSession) throws -> StepOutcome {
        let isGroupActivity: Bool
        switch presented.step.content {
        case .discussion, .rolePlay: isGroupActivity = true
        default: isGroupActivity = false
        }
        return isGroupActivity && session.state.start.mode == .group
            ? try session.markDone(at: clock()) : try session.continueOn(at: clock())
    }
}
