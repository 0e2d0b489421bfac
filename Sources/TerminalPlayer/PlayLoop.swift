import Foundation
import LessonEngine
import LessonPack

/// Where the loop reads lines and writes screens: a terminal, a pipe, or a test script.
public protocol LineIO: AnyObject {
    func write(_ text: String)
    /// The next line without its line end, or `nil` at the end of input.
    func readLine() -> String?
    /// The next line, as `readLine()`. While it is typed, a terminal whose window is
    /// resized shows `redraw()` again (the screen re-rendered to the new size, ending with
    /// the prompt) and what was typed so far.
    func readLine(redraw: () -> String) -> String?
    /// A line typed without being shown (a secret vote); on a pipe, a line as any other.
    /// An empty one ends the sequence: a terminal lets go of what was typed after it.
    func readSecretLine() -> String?
    /// A screen only the facilitator should read follows (the disclosure card, the notes):
    /// a terminal puts the class's screen away until `endAside`, then brings it back.
    func beginAside()
    func endAside()
}

extension LineIO {
    public func readLine(redraw: () -> String) -> String? { readLine() }
    public func readSecretLine() -> String? { readLine() }
    public func beginAside() {}
    public func endAside() {}
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
    /// `FacilitatorInput` for a facilitator. Its width and height are `terminalSize`'s
    /// when there is one.
    public var style: ScreenStyle {
        get {
            guard let size = terminalSize?() else { return givenStyle }
            var style = givenStyle
            style.width = size.width
            style.height = style.isPlain ? nil : size.height
            return style
        }
        set { givenStyle = newValue }
    }
    private var givenStyle: ScreenStyle
    /// The terminal's size now, read for each screen: after the window is resized, the
    /// next screen fits it. `nil`: the style's own size.
    public var terminalSize: (() -> (width: Int, height: Int?))?
    /// Whether the pack's content note and ground rules are shown before the first step.
    public var showsOpening = true
    /// The learner's country, for the help screen's contacts.
    public var country: String?
    /// The lessons of the pack passed before this attempt, for the summary's "Next:".
    public var passedLessons: Set<String> = []
    /// A group: how many are here, to check each vote's tally against.
    public var present: Int?
    /// A group: the facilitator's own screen (`facilitate --notes-on`), where the notes of
    /// each step and the disclosure card go; without it they are shown aside on request.
    public var notesScreen: ((String) -> Void)?
    /// The notes screen's width now, when it is a terminal; `nil`: the class's width.
    public var notesWidth: (() -> Int?)?
    /// The time of each input; the engine reads no clock.
    public var clock: () -> Date

    public init(renderer: any ScreenRenderer, style: ScreenStyle, country: String?, clock: @escaping () -> Date = Date.init) {
        self.renderer = renderer
        self.givenStyle = style
        self.country = country
        self.clock = clock
    }

    /// Plays `session` on. A recorder error stops the loop (the answer was not saved, so
    /// its feedback is not shown); the caller reports it. `votes` keeps a group's vote
    /// while it is taken one by one.
    public func run(
        _ session: inout LessonSession, io: any LineIO, recorder: any EventRecorder, votes: (any VoteKeeper)? = nil
    ) throws -> End {
        if showsOpening, let end = opening(session.pack, io: io) { return end }
        var showStep = true
        // The feedback just above the step on the screen: a resize redraws it with the step.
        var feedback: (StepOutcome, PresentedStep)?
        while let presented = session.currentStep {
            if showStep { show(presented, session, io: io) }
            showStep = true
            let input: PlayerInput
            let kept = try keptVotes(at: presented, votes)
            if let kept {
                io.write(renderer.invalid(facilitatorWord(.votesKept, String(kept.values.reduce(0, +))), style: style))
                input = .countVotes
            } else {
                io.write(prompt + " ")
                let shownAbove = feedback
                let line = io.readLine(redraw: { screenAgain(presented, session, below: shownAbove) })
                guard let line else { return .endOfInput }
                input = parse(line, for: presented)
            }
            feedback = nil
            let outcome: StepOutcome
            var isTally = false
            do {
                switch input {
                case .quit:
                    return .quit
                case .help:
                    if let end = showHelp(session.pack, io: io) { return end }
                    continue
                case .sources:
                    if let end = showSources(presented, session.pack, io: io) { return end }
                    continue
                case .disclosureCard:
                    if let end = showDisclosureCard(session.pack, io: io) { return end }
                    showStep = notesScreen == nil
                    continue
                case .facilitatorNotes:
                    if let end = showNotes(presented, session, io: io) { return end }
                    showStep = notesScreen == nil
                    continue
                case .invalid(let key):
                    io.write(renderer.invalid(AnswerInput.message(key, for: presented), style: style))
                    showStep = false
                    continue
                case .invalidAnswer(let problem):
                    io.write(renderer.invalid(AnswerInput.message(problem, for: presented), style: style))
                    showStep = false
                    continue
                case .invalidTally(let problem):
                    io.write(renderer.invalid(tallyMessage(problem, for: presented), style: style))
                    showStep = false
                    continue
                case .tally, .countVotes:
                    let start: VoteStart
                    if case .tally(let counts) = input { start = .typed(counts) } else { start = .oneByOne(kept ?? [:]) }
                    switch try closeVote(presented, session.pack, start, io: io, votes: votes) {
                    case .end(let end):
                        return end
                    case .askAgain(let message):
                        io.write(renderer.invalid(message, style: style))
                        showStep = false
                        continue
                    case .counts(let counts):
                        outcome = try session.tally(counts, at: clock())
                        isTally = true
                    }
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
            if isTally {
                // The chart was on screen until Enter; the vote is recorded, nothing kept.
                try votes?.discardOpenVote()
            } else if case .continueOn = input, case .question = presented.step.content {
                // Going on from an answered question: its verdict was shown after the answer.
            } else {
                io.write(renderer.outcome(outcome, presented: presented, pack: session.pack, style: style))
                feedback = (outcome, presented)
            }
        }
        return .finished(session.result)
    }

    /// "Your answer:" for a learner; a group's answer is the group's.
    private var prompt: String {
        style.audience == .facilitator
            ? facilitatorWord(.groupAnswerPrompt) : PlayerWords.text(.yourAnswer, language: style.language)
    }

    /// The step on the shared screen; its notes on the facilitator's screen, if there is one.
    private func show(_ presented: PresentedStep, _ session: LessonSession, io: any LineIO) {
        io.write(stepScreen(presented, session))
        if let notesScreen, style.audience == .facilitator {
            let notes = renderer.facilitatorNotes(
                presented, lesson: session.lesson, pack: session.pack, style: notesStyle)
            if !notes.isEmpty { notesScreen(notes) }
        }
    }

    /// How the facilitator's own screen is drawn: to its own width (`notesWidth`), whole
    /// (no paging), and knowing it is that screen (the card there has no way back to type).
    var notesStyle: ScreenStyle {
        var notes = style
        notes.hasNotesScreen = true
        notes.height = nil
        if let width = notesWidth?() { notes.width = width }
        return notes
    }

    private func stepScreen(_ presented: PresentedStep, _ session: LessonSession) -> String {
        var style = style
        style.hasNotesScreen = notesScreen != nil
        return renderer.step(presented, lesson: session.lesson, pack: session.pack, style: style)
    }

    /// After a resize, at the step's prompt: the feedback shown just above the step (if
    /// any), the step and the prompt, rendered to the window's new size. The facilitator's
    /// notes screen is not written again.
    private func screenAgain(
        _ presented: PresentedStep, _ session: LessonSession, below feedback: (StepOutcome, PresentedStep)?
    ) -> String {
        let above = feedback.map { renderer.outcome($0.0, presented: $0.1, pack: session.pack, style: style) } ?? ""
        return above + stepScreen(presented, session) + prompt + " "
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
