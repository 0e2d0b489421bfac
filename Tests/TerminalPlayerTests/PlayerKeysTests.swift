import Testing

@testable import TerminalPlayer

/// `oberih help keys` lists `PlayerKeys`; this keeps the list true to what the player reads.
@Suite struct PlayerKeysTests {
    @Test func everyListedKeyIsReadAsSaid() throws {
        // "single" has a hint and may be skipped; "sourced" names sources.
        let single = try PlayerTestPack.presented("single")
        let sourced = try PlayerTestPack.presented("sourced")
        for key in PlayerKeys.atAStep {
            let presented = key.input == .sources ? sourced : single
            #expect(AnswerInput.parse(key.key, for: presented) == key.input, "\(key.key)")
            if let word = key.word { #expect(AnswerInput.parse(word, for: presented) == key.input, "\(word)") }
        }
        // "vote" is a vote; "discussion" has a facilitator note.
        let vote = try PlayerTestPack.presented("vote")
        let discussion = try PlayerTestPack.presented("discussion")
        for key in PlayerKeys.forAFacilitator {
            let presented = key.input == .facilitatorNotes ? discussion : vote
            #expect(FacilitatorInput.parse(key.key, for: presented) == key.input, "\(key.key)")
        }
        for (typed, means) in PlayerKeys.layoutKeys {
            #expect(AnswerInput.parse(typed, for: single) == AnswerInput.parse(means, for: single), "\(typed)")
        }
    }
}
