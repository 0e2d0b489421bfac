import LessonEngine
import LessonPack

/// Reads one typed line in facilitator mode: `d` (the disclosure card) at any step; at a
/// vote, the tally (`a=12 b=5 c=3`) or `v` to take votes one by one; anything else as
/// `AnswerInput` reads it (the group's one answer). Pure and total.
///
/// - A tally names options by the letter or number they were shown with, each at most
///   once, `=` or `:` between option and count (spaces around it allowed), pairs apart
///   by spaces or commas; options left out count 0.
/// - `d` alone is the disclosure card, so a short answer that is exactly `d` cannot be
///   given by a group.
public enum FacilitatorInput {
    public static func parse(_ line: String, for presented: PresentedStep) -> PlayerInput {
        let lowered = line.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if lowered == "d" { return .disclosureCard }
        guard case .vote = presented.step.content else { return AnswerInput.parse(line, for: presented) }
        if lowered == "v" { return .countVotes }
        switch AnswerInput.parse(line, for: presented) {
        case .answer, .invalid: return tally(lowered, for: presented).map(PlayerInput.tally) ?? .invalidTally
        case let command: return command
        }
    }

    /// `a=12 b=5 c=3` as option id → count, or `nil` if it is not a tally of these options.
    static func tally(_ lowered: String, for presented: PresentedStep) -> [String: Int]? {
        guard !lowered.unicodeScalars.contains(where: AnswerInput.isControl),
            lowered.unicodeScalars.count <= AnswerInput.maximumLength
        else { return nil }
        // "a = 12" reads as "a=12".
        let joined = lowered.replacing(#/\s*[=:]\s*/#, with: "=")
        var counts: [String: Int] = [:]
        for token in joined.split(whereSeparator: { $0.isWhitespace || $0 == "," }) {
            let parts = token.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2,
                let position = AnswerInput.single(String(parts[0]), count: presented.order.count),
                counts[presented.order[position]] == nil,
                parts[1].unicodeScalars.allSatisfy(AnswerInput.isDigit),
                let count = parts[1].isEmpty ? nil : AnswerInput.number(parts[1].unicodeScalars)
            else { return nil }
            counts[presented.order[position]] = count
        }
        return counts.isEmpty ? nil : counts
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
