import Foundation
import Testing

@testable import LessonPack

/// The packs shipped in Curriculum/ stay valid, and together show every part of the format.
@Suite struct CurriculumTests {
    static let curriculum = ProjectFiles.curriculum

    /// The second edition passes `oberih validate --strict`: no error and no warning, the
    /// item-writing, reading-load and contact rules included.
    @Test func everyPackPassesStrictValidation() throws {
        let files = PackFiles.expand([Self.curriculum.path]).files
        #expect(files.count >= 6)
        for result in PackValidator(today: MinimalPack.today).validate(filesAtPaths: files) {
            #expect(result.diagnostics.map(\.formatted) == [], "\(result.file)")
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
