import Foundation
import Testing

@testable import LessonPack

@Suite struct ParallelItemsTests {
    @Test func partnersAreTheSameKindOnTheSameObjectiveInOrder() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        for file in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Curriculum").path)
        where file.hasSuffix(".xml") {
            let pack = try #require(
                PackValidator(today: Date(timeIntervalSince1970: 1_796_515_200))
                    .validate(fileAtPath: root.appendingPathComponent("Curriculum/\(file)").path).pack)
            let pre = try #require(pack.lessons.first { $0.kind == .preTest })
            let post = try #require(pack.lessons.first { $0.kind == .postTest })
            let partners = ParallelItems.partners(preTest: pre, postTest: post)
            // Shipped packs pass the parallel-forms rule, so every scored item has a partner.
            #expect(partners.count == post.scoredItems.count && partners.count == pre.scoredItems.count, "\(file)")
            #expect(Set(partners.map(\.preTestStepId)).count == partners.count, "\(file): a pre-test item used twice")
            for pair in partners {
                let before = try #require(pre.scoredItems.first { $0.step.id == pair.preTestStepId })
                let after = try #require(post.scoredItems.first { $0.step.id == pair.postTestStepId })
                #expect(before.step.kindName == after.step.kindName, "\(file) \(pair)")
                #expect(before.objectives.first?.id == after.objectives.first?.id, "\(file) \(pair)")
            }
            #expect(partners.map(\.postTestStepId) == post.scoredItems.map(\.step.id), "\(file): in the post-test's order")
        }
    }
}
