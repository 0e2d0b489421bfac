import LessonPack
import TestSupport

enum OberihCommandsTestFolders {
    static let curriculum = ProjectFolder.root.appendingPathComponent("Curriculum").path
}

enum NameGuessCases {
    static func closest(_ word: String, _ names: [String]) -> String? {
        NameGuess.closest(to: word, among: names)
    }
}
