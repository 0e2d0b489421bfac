import LessonEngine
import LessonPack

/// Reads one typed line in facilitator mode: `d` (the disclosure card) at any step, `n`
/// (the notes) where there are notes; at a
/// vote, the tally (`a=12 b=5 c=3`) or `v` to take votes one by one; anything else as
/// `AnswerInput` reads it (the group's one answer). Pure and total.
///
/// - A tally names options by the letter or number they were shown with, each at most
///   once, `=` or `:` between option and count (spaces around it allowed), pairs apart
///   by spaces or commas; options left out count 0.
/// - `d` alone is the disclosure card, and `n` alone the facilitator's notes at a step
///   that has them, so a short answer that is exactly `d` (or `n` there) cannot be given
///   by a group.
public enum FacilitatorInput {
    public static func parse(_ line: String, for presented: PresentedStep) -> PlayerInput {
        let lowered = line.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if lowered == "d" { return .disclosureCard }
        if lowered == "n", TextScreens.facilitatorNote(of: presented.step) != nil { return .facilitatorNotes }
        guard case .vote = presented.step.content else { return AnswerInput.parse(line, for: presented) }
        if lowered == "v" { return .countVotes }
        switch AnswerInput.parse(line, for: presented) {
        case .answer, .invalid:
            switch tally(lowered, for: presented) {
            case .success(let counts): return .tally(counts)
            case .failure(let problem): return .invalidTally(problem)
            }
        case let command: return command
        }
    }

    /// `a=12 b=5 c=3` as option id → count, or what is wrong with it.
    static func tally(_ lowered: String, for presented: PresentedStep) -> Result<[String: Int], TallyProblem> {
        guard !lowered.unicodeScalars.contains(where: AnswerInput.isControl),
            lowered.unicodeScalars.count <= AnswerInput.maximumLength
        else { return .failure(.notATally) }
        // "a = 12" reads as "a=12".
        let joined = lowered.replacing(#/\s*[=:]\s*/#, with: "=")
        var counts: [String: Int] = [:]
        for token in joined.split(whereSeparator: { $0.isWhitespace || $0 == "," }) {
            let parts = token.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty else { return .failure(.notATally) }
            let name = TallyProblem.shown(parts[0])
            guard let position = AnswerInput.single(String(parts[0]), count: presented.order.count) else {
                return .failure(.notAnOption(name))
            }
            guard counts[presented.order[position]] == nil else { return .failure(.givenTwice(name)) }
            guard parts[1].unicodeScalars.allSatisfy(AnswerInput.isDigit),
                let count = parts[1].isEmpty ? nil : AnswerInput.number(parts[1].unicodeScalars)
            else { return .failure(.notANumber(TallyProblem.shown(token))) }
            counts[presented.order[position]] = count
        }
        return counts.isEmpty ? .failure(.notATally) : .success(counts)
    }

    /// One vote taken one by one: the option id for a letter or number, or `nil`.
    static func vote(_ line: String, for presented: PresentedStep) -> String? {
        let lowered = line.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !lowered.unicodeScalars.contains(where: AnswerInput.isControl),
            let position = AnswerInput.single(lowered, count: presented.order.count)
        else { return nil }
        return presented.order[position]
    }
}

/// Why a typed line is not a tally of this vote, named so the facilitator can fix it.
public enum TallyProblem: Error, Sendable, Hashable {
    /// Nothing like `a=12`.
    case notATally
    /// `b=abc`: the whole pair as typed.
    case notANumber(String)
    /// `d=3` at a vote of three options: the name as typed.
    case notAnOption(String)
    /// `a=1 a=2`: the name as typed.
    case givenTwice(String)

    /// At most 12 characters of what was typed, so a long paste stays one line.
    static func shown(_ typed: Substring) -> String {
        typed.count <= 12 ? String(typed) : String(typed.prefix(11)) + "…"
    }
}
