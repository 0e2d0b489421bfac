import Foundation
import LessonEngine
import LessonPack

/// A group's vote (`facilitate`): typed as a tally or taken one by one in secret, kept
/// vote by vote, then drawn as a chart the facilitator keeps (Enter) or corrects (`c`).
extension PlayLoop {
    enum VoteStart {
        /// `a=12 b=5`, as typed at the prompt.
        case typed([String: Int])
        /// `v`, or a vote kept from before: one by one from these counts.
        case oneByOne([String: Int])
    }

    enum VoteClose {
        /// Kept by the facilitator: record these counts.
        case counts([String: Int])
        /// Nothing to record: ask for the tally again, saying this.
        case askAgain(String)
        case end(End)
    }

    /// Takes the vote to its end: the counts to record, a new try, or a stop (the votes so
    /// far are kept by `votes`, so a stop loses none).
    func closeVote(
        _ presented: PresentedStep, _ pack: Pack, _ start: VoteStart, io: any LineIO, votes: (any VoteKeeper)?
    ) throws -> VoteClose {
        var counts: [String: Int]
        switch start {
        case .typed(let typed):
            counts = typed
            if typed.values.contains(where: { $0 > 0 }) {
                try votes?.keepOpenVote(typed, stepId: presented.step.id)
            }
        case .oneByOne(let kept):
            switch try takeVotes(presented, pack, from: kept, io: io, votes: votes) {
            case .end(let end): return .end(end)
            case .askAgain(let message): return .askAgain(message)
            case .counts(let taken): counts = taken
            }
        }
        guard counts.values.contains(where: { $0 > 0 }) else {
            try votes?.discardOpenVote()
            return .askAgain(facilitatorWord(.noVotes))
        }
        return try confirm(counts, presented, pack, io: io, votes: votes)
    }

    /// The chart until Enter (keep) or `c` (correct: the votes are let go and the tally
    /// asked again); `d` the disclosure card, `h` help, `q` stop with the votes kept.
    private func confirm(
        _ counts: [String: Int], _ presented: PresentedStep, _ pack: Pack, io: any LineIO, votes: (any VoteKeeper)?
    ) throws -> VoteClose {
        while true {
            io.write(renderer.tally(counts, presented: presented, pack: pack, style: style))
            let total = counts.values.reduce(0) { $0 + max($1, 0) }
            if let present, total > present {
                io.write(renderer.invalid(facilitatorWord(.tallyOverPresent, String(total), String(present)), style: style))
            }
            io.write(renderer.invalid(facilitatorWord(.confirmTally), style: style))
            guard let line = io.readLine() else { return .end(.endOfInput) }
            switch CommandKey.typed(line) {
            case "":
                return .counts(counts)
            case "c":
                try votes?.discardOpenVote()
                return .askAgain(tallyMessage(for: presented))
            case "q":
                return .end(.quit)
            case "d", "!":
                if let end = showDisclosureCard(pack, io: io) { return .end(end) }
            case "h", "?":
                if let end = showHelp(pack, io: io) { return .end(end) }
            default:
                continue
            }
        }
    }

    /// Votes typed one by one, a letter or number a line, not shown as typed, until an
    /// empty line. Each vote is kept as it is counted; a running count shows it was
    /// taken, never how the votes stand. `!` the disclosure card, `?` help, `q` stop.
    private func takeVotes(
        _ presented: PresentedStep, _ pack: Pack, from kept: [String: Int], io: any LineIO, votes: (any VoteKeeper)?
    ) throws -> VoteClose {
        io.write(renderer.invalid(facilitatorWord(.voteOneByOne), style: style))
        var counts = kept
        var total = kept.values.reduce(0, +)
        while let line = io.readSecretLine() {
            switch line.trimmingCharacters(in: .whitespaces).lowercased() {
            case "":
                return .counts(counts)
            case "q":
                return .end(.quit)
            case "!":
                if let end = showDisclosureCard(pack, io: io) { return .end(end) }
                io.write(renderer.invalid(facilitatorWord(.voteOneByOne), style: style))
            case "?":
                if let end = showHelp(pack, io: io) { return .end(end) }
                io.write(renderer.invalid(facilitatorWord(.voteOneByOne), style: style))
            default:
                guard let option = FacilitatorInput.vote(line, for: presented) else {
                    io.write(renderer.invalid(facilitatorWord(.voteNotAnOption), style: style))
                    continue
                }
                counts[option, default: 0] += 1
                total += 1
                try votes?.keepOpenVote(counts, stepId: presented.step.id)
                io.write(renderer.invalid(facilitatorWord(.voteCounted, String(total)), style: style))
            }
        }
        return .end(.endOfInput)
    }

    /// The votes kept for this step; kept votes of another step (left when the tally was
    /// recorded just before a crash) are let go.
    func keptVotes(at presented: PresentedStep, _ votes: (any VoteKeeper)?) throws -> [String: Int]? {
        guard case .vote = presented.step.content, let votes, let open = try votes.openVote() else { return nil }
        guard open.stepId == presented.step.id, open.counts.values.contains(where: { $0 > 0 }) else {
            try votes.discardOpenVote()
            return nil
        }
        return open.counts
    }
}
