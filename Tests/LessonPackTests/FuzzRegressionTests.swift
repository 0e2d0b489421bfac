import Foundation
import Testing

@testable import LessonPack

/// Inputs found while fuzzing (scripts/fuzz/run.sh) that crashed or were slow: each is
/// validated to the end, with whatever diagnostics it has. docs/validation.md, "Fuzzing",
/// says how to add one. The two large ones took minutes before issue 17's fixes (a
/// quadratic rule; libxml2 walking back over the document on each error).
@Suite struct FuzzRegressionTests {
    static let folder = ProjectFiles.root.appendingPathComponent("Tests/LessonPackTests/FuzzRegressions")

    static let inputs: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }
        .sorted()

    @Test func thereAreInputsToReplay() {
        #expect(!Self.inputs.isEmpty, "no files in \(Self.folder.path)")
    }

    @Test(arguments: inputs)
    func anInputFoundWhileFuzzingIsValidatedToTheEnd(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let result = PackValidator(today: Date(timeIntervalSince1970: 1_767_225_600)).validate(bytes: bytes, file: name)
        #expect(result.diagnostics.allSatisfy { $0.formatted.hasPrefix(name) && !$0.message.isEmpty }, "\(name)")
    }
}
