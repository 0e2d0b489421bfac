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
            switch line.trimmingCharacters(in: .whitespaces).lowercased() {
            case "q":
                return .quit
            case "h":
                io.write(renderer.help(pack: pack, country: country, style: style))
                guard io.readLine() != nil else { return .endOfInput }
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

    /// The disclosure card until Enter (`nil`: back to the same place), `q` or the end of input.
    func showDisclosureCard(_ pack: Pack, io: any LineIO) -> End? {
        io.write(renderer.disclosureCard(pack: pack, country: country, style: style))
        guard let line = io.readLine() else { return .endOfInput }
        return line.trimmingCharacters(in: .whitespaces).lowercased() == "q" ? .quit : nil
    }

    /// Votes typed one by one, a letter or number a line, until an empty line: the
    /// counts (empty if none), or `nil` at the end of input. A line that is not an
    /// option is answered and not counted; a running count shows each vote was taken,
    /// never how the votes stand.
    func takeVotes(_ presented: PresentedStep, io: any LineIO) -> [String: Int]? {
        io.write(renderer.invalid(facilitatorWord(.voteOneByOne), style: style))
        var counts: [String: Int] = [:]
        var total = 0
        while let line = io.readLine() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { return counts }
            guard let option = FacilitatorInput.vote(line, for: presented) else {
                io.write(renderer.invalid(facilitatorWord(.voteNotAnOption), style: style))
                continue
            }
            counts[option, default: 0] += 1
            total += 1
            io.write(renderer.invalid(facilitatorWord(.voteCounted, String(total)), style: style))
        }
        return nil
    }

    func tallyMessage(for presented: PresentedStep) -> String {
        facilitatorWord(.typeTally, TextScreens.tallyExample(optionCount: presented.order.count))
    }

    func facilitatorWord(_ key: FacilitatorWords.Key, _ values: String...) -> String {
        FacilitatorWords.text(key, language: style.language, values: values)
    }
}
