import LessonPack
import Testing

/// Pack versions ordered as Semantic Versioning says (its §11 examples among them).
@Suite struct VersionOrderTests {
    @Test func versionsGoInSemanticVersioningOrder() {
        let ordered = [
            "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
            "1.0.0-rc.1", "1.0.0", "1.2.0", "1.10.0", "2.0.0",
        ]
        for (earlier, later) in zip(ordered, ordered.dropFirst()) {
            #expect(VersionOrder.precedes(earlier, later), "\(earlier) < \(later)")
            #expect(!VersionOrder.precedes(later, earlier), "not \(later) < \(earlier)")
        }
    }

    @Test func buildMetadataAndEqualVersionsAreNotBefore() {
        #expect(!VersionOrder.precedes("1.0.0", "1.0.0+build.5"))
        #expect(!VersionOrder.precedes("1.0.0+build.5", "1.0.0"))
        #expect(!VersionOrder.precedes("1.1.0", "1.1.0"))
    }
}
