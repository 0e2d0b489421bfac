import Foundation
import Testing

@testable import LessonPack

/// The packs shipped in Curriculum/ stay valid, and together show every part of the format.
@Suite struct CurriculumTests {
    static let curriculum = ProjectFiles.curriculum

    /// The item-writing warnings the second edition of the curriculum removes (issue
    /// "Curriculum, second edition"); until then they are the only ones allowed.
    static let itemWritingCodes: Set<DiagnosticCode> = [
        .keyLongest, .keyLongestInTest, .correctCountUniform, .trueFalseBalance, .keyPosition,
        .allNoneOfTheAbove, .negativeStem, .objectiveCoverage, .parallelForms, .pretestFeedback, .readingLoad,
        .lessonTooLong,
    ]

    @Test func everyPackIsValidAndWarnsOnlyOnItemWriting() throws {
        let files = PackFiles.expand([Self.curriculum.path]).files
        #expect(!files.isEmpty)
        for result in PackValidator(today: MinimalPack.today).validate(filesAtPaths: files) {
            let others = result.diagnostics.filter { !Self.itemWritingCodes.contains($0.code) }
            #expect(others.map(\.formatted) == [], "\(result.file)")
        }
    }

    /// Curriculum/README.md says plainly which packs fall short, and by which rules.
    @Test func theReadmeNamesEveryPackThatFallsShort() throws {
        let readme = try String(contentsOf: Self.curriculum.appendingPathComponent("README.md"), encoding: .utf8)
        let files = PackFiles.expand([Self.curriculum.path]).files
        for result in PackValidator(today: MinimalPack.today).validate(filesAtPaths: files) {
            let name = URL(fileURLWithPath: result.file).lastPathComponent
            let line = readme.split(separator: "\n").first { $0.hasPrefix("| `\(name)`") }
            for code in Set(result.diagnostics.map(\.code)) {
                #expect(line?.contains("`\(code.rawValue)`") == true, "Curriculum/README.md: \(name) lacks \(code.rawValue)")
            }
        }
    }

    @Test func somePackUsesEveryStepAndAssessmentKind() throws {
        let files = PackFiles.expand([Self.curriculum.path]).files
        let packs = PackValidator(today: MinimalPack.today).validate(filesAtPaths: files).compactMap(\.pack)
        let everyKind = ProjectFiles.stepKinds
        let complete = packs.first { pack in
            Set(pack.lessons.flatMap(\.steps).map(\.kindName)) == everyKind
                && Set(pack.lessons.map(\.kind)) == Set(Lesson.Kind.allCases)
                && Set(pack.lessons.compactMap(\.timing)) == [.before, .after]
                && Set(pack.languages) == ["en", "uk", "ru"]
        }
        #expect(complete != nil, "no pack in Curriculum/ uses every step kind, assessment kind and en/uk/ru")
    }
}
