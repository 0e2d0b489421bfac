import Testing

@testable import OberihCommands

/// A stale entry shows the part of the source text that changed, not two equal openings.
struct StaleExcerptTests {
    @Test func aChangeNearTheEndIsShownWithTheWordsBeforeIt() {
        let was = "A new game asks to see your location all the time. What is the safest choice?"
        let now = "A new game asks to see your location all the time. What is the best choice?"
        let (before, after) = TranslateImportCommand.changedParts(was, now)
        #expect(before != after)
        #expect(before.hasPrefix("…") && before.contains("safest"), "\(before)")
        #expect(after.hasPrefix("…") && after.contains("best") && !after.contains("safest"), "\(after)")
    }

    @Test func aShortTextIsShownWhole() {
        #expect(TranslateImportCommand.changedParts("Block them.", "Block and report them.") == ("Block them.", "Block and report them."))
    }

    @Test func aLongChangeIsCut() {
        let (before, after) = TranslateImportCommand.changedParts(String(repeating: "a", count: 300), String(repeating: "b", count: 300))
        #expect(before.count <= 61 && before.hasSuffix("…"))
        #expect(after.count <= 61 && after.hasPrefix("b"))
    }
}
