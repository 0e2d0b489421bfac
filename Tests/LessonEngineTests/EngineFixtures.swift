import Foundation
import LessonPack
@testable import LessonEngine

/// Packs and helpers shared by the engine's tests.
enum EngineFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Every pack in Curriculum/, decoded; a pack with an error stops the tests here.
    static let curriculum: [Pack] = {
        let files = PackFiles.expand([root.appendingPathComponent("Curriculum").path]).files
        let results = PackValidator(today: epoch).validate(filesAtPaths: files)
        precondition(results.count >= 5 && results.allSatisfy { $0.pack != nil && !$0.hasErrors },
            "Curriculum/ must hold at least five valid packs")
        return results.compactMap(\.pack)
    }()

    static let epoch = Date(timeIntervalSince1970: 1_800_000_000)

    /// A clock for tests: each call is one second after the last.
    final class Clock: @unchecked Sendable {
        private var seconds = 0.0
        func tick() -> Date {
            seconds += 1
            return EngineFixtures.epoch.addingTimeInterval(seconds)
        }
    }

    /// The right answer to `question` (for playing a lesson through).
    static func rightAnswer(to question: Question, language: String) -> Answer {
        switch question.answer {
        case .singleChoice(let options): return .choice(options.first(where: \.isCorrect)!.id)
        case .multipleChoice(let options): return .choices(options.filter(\.isCorrect).map(\.id))
        case .trueFalse(let truth): return .trueFalse(truth)
        case .ordering(let items): return .order(items.map(\.id))
        case .matching(let pairs): return .matches(Dictionary(uniqueKeysWithValues: pairs.map { ($0.id, $0.id) }))
        case .shortAnswer(let accepted):
            return .text(accepted.first { $0.language == language }?.text ?? accepted[0].text)
        }
    }
}
