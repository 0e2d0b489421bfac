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
        case .answer, .invalid, .invalidAnswer:
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
        let tokens = joined.split(whereSeparator: { $0.isWhitespace || $0 == "," })
        for (index, token) in tokens.enumerated() {
            let parts = token.split(separator: "=", omittingEmptySubsequences: false)
            if parts.count == 1, let problem = missingEquals(token, then: tokens.dropFirst(index + 1).first, for: presented) {
                return .failure(problem)
            }
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

    /// `c 1` or `c1`, an option letter and a count with no `=` between them, as what was
    /// typed and what was meant (`c=1`); `nil` for anything else.
    private static func missingEquals(_ token: Substring, then next: Substring?, for presented: PresentedStep)
        -> TallyProblem?
    {
        let letter = token.prefix { !("0"..."9").contains($0) }
        guard letter.count == 1, AnswerInput.single(String(letter), count: presented.order.count) != nil
        else { return nil }
        let attached = token.dropFirst(letter.count)
        let (typed, count) = attached.isEmpty ? (next.map { "\(token) \($0)" }, next) : (String(token), attached)
        guard let typed, let count, count.unicodeScalars.allSatisfy(AnswerInput.isDigit) else { return nil }
        return .missingEquals(TallyProblem.shown(Substring(typed)), meant: TallyProblem.shown(letter + "=" + count))
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
    /// `c 1` or `c1`: what was typed, and the pair it means (`c=1`).
    case missingEquals(String, meant: String)

    /// At most 12 characters of what was typed, so a long paste stays one line.
    static func shown(_ typed: Substring) -> String {
        typed.count <= 12 ? String(typed) : String(typed.prefix(11)) + "…"
    }
}
