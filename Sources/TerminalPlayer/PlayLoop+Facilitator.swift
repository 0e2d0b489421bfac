import Foundation
import LessonEngine
import LessonPack

extension PlayLoop {
    /// The pack's content note and ground rules, until Enter: `h` shows help, `d` (for a
    /// facilitator) the disclosure card, `q` stops. `nil` to begin; an end otherwise.
    func opening(_ pack: Pack, io: any LineIO) -> End? {
        let screen = renderer.opening(pack: pack, style: style)
        guard !screen.isEmpty else { return nil }
        while true {
            io.write(screen)
            guard let line = io.readLine() else { return .endOfInput }
            switch CommandKey.typed(line) {
            case "q":
                return .quit
            case "h":
                if let end = showHelp(pack, io: io) { return end }
            case "d" where style.audience == .facilitator:
                if let end = showDisclosureCard(pack, io: io) { return end }
            default:
                return nil
            }
        }
    }

    func parse(_ line: String, for presented: PresentedStep) -> PlayerInput {
        style.audience == .facilitator
            ? FacilitatorInput.parse(line, for: presented) : AnswerInput.parse(line, for: presented)
    }

    /// Help, a page at a time, until Enter (`nil`: back to the same place) or the end of input.
    func showHelp(_ pack: Pack, io: any LineIO) -> End? {
        switch Pager.show(renderer.help(pack: pack, country: country, style: style), io: io, renderer: renderer, style: style) {
        case .stopped: return nil
        case .endOfInput: return .endOfInput
        case .shown: return io.readLine() == nil ? .endOfInput : nil
        }
    }

    /// Where the step's facts come from, as help is shown: nothing is recorded. In a group
    /// it is on the shared screen (sources are no secret).
    func showSources(_ presented: PresentedStep, _ pack: Pack, io: any LineIO) -> End? {
        switch Pager.show(renderer.sources(presented, pack: pack, style: style), io: io, renderer: renderer, style: style) {
        case .stopped: return nil
        case .endOfInput: return .endOfInput
        case .shown: return io.readLine() == nil ? .endOfInput : nil
        }
    }

    /// The disclosure card, for the facilitator's eyes only: on the notes screen if there
    /// is one (`nil` at once), or aside until Enter (`nil`: back to the same place), `q`
    /// or the end of input.
    func showDisclosureCard(_ pack: Pack, io: any LineIO) -> End? {
        let card = renderer.disclosureCard(pack: pack, country: country, style: notesScreen == nil ? style : notesStyle)
        return showPrivately(card, saysHowBack: true, io: io)
    }

    /// The facilitator's notes of this step, as the disclosure card is shown.
    func showNotes(_ presented: PresentedStep, _ session: LessonSession, io: any LineIO) -> End? {
        let notes = renderer.facilitatorNotes(
            presented, lesson: session.lesson, pack: session.pack, style: notesScreen == nil ? style : notesStyle)
        guard !notes.isEmpty else { return nil }
        return showPrivately(notes, saysHowBack: false, io: io)
    }

    /// `saysHowBack`: whether the screen ends with its own way back.
    private func showPrivately(_ screen: String, saysHowBack: Bool, io: any LineIO) -> End? {
        if let notesScreen {
            notesScreen(screen)
            io.write(renderer.invalid(facilitatorWord(.onNotesScreen), style: style))
            return nil
        }
        io.beginAside()
        defer { io.endAside() }
        switch Pager.show(screen, io: io, renderer: renderer, style: style) {
        case .stopped: return nil
        case .endOfInput: return .endOfInput
        case .shown:
            if !saysHowBack { io.write(renderer.invalid(facilitatorWord(.notesBack), style: style)) }
            guard let line = io.readLine() else { return .endOfInput }
            return CommandKey.typed(line) == "q" ? .quit : nil
        }
    }

    func tallyMessage(for presented: PresentedStep) -> String {
        facilitatorWord(.typeTally, TextScreens.tallyExample(optionCount: presented.order.count))
    }

    /// What is wrong with a typed tally, and how it should look.
    func tallyMessage(_ problem: TallyProblem, for presented: PresentedStep) -> String {
        let example = TextScreens.tallyExample(optionCount: presented.order.count)
        switch problem {
        case .notATally:
            return tallyMessage(for: presented)
        case .notANumber(let typed):
            return facilitatorWord(.tallyNotANumber, typed, example)
        case .notAnOption(let typed):
            let letters = presented.order.indices.map(TextScreens.letter).joined(separator: ", ")
            return facilitatorWord(.tallyNotAnOption, typed, letters)
        case .givenTwice(let typed):
            return facilitatorWord(.tallyGivenTwice, typed, example)
        case .missingEquals(let typed, let meant):
            return facilitatorWord(.tallyMissingEquals, typed, meant)
        }
    }

    func facilitatorWord(_ key: FacilitatorWords.Key, _ values: String...) -> String {
        FacilitatorWords.text(key, language: style.language, values: values)
    }
}
