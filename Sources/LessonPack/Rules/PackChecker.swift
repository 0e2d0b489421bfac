import Foundation
import PackXML

/// Runs the rules a schema cannot express over one decoded pack.
///
/// Each rule lives in its own file as an extension; docs/validation.md lists them.
struct PackChecker {
    let pack: Pack
    let file: String
    /// Today's date, so that contact verification ages are testable.
    let today: Date
    private(set) var diagnostics: [Diagnostic] = []

    init(pack: Pack, file: String, today: Date) {
        self.pack = pack
        self.file = file
        self.today = today
    }

    mutating func checkAll() -> [Diagnostic] {
        // The text rules read every translation of every text, about half of all the
        // checking; they run on a second core beside the others. The pack is a value.
        let (pack, file, today) = (self.pack, self.file, self.today)
        nonisolated(unsafe) var textDiagnostics: [Diagnostic] = []
        let textRules = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: textRules) {
            var textChecker = PackChecker(pack: pack, file: file, today: today)
            textChecker.checkLanguages()
            textChecker.checkSafeguarding()
            textDiagnostics = textChecker.diagnostics
        }
        checkIdentifiers()
        checkReferences()
        checkHasLesson()
        checkPrerequisiteCycles()
        checkScenarios()
        checkQuestions()
        checkAges()
        checkAssessments()
        checkContacts()
        textRules.wait()
        return diagnostics + textDiagnostics
    }

    mutating func report(
        _ code: DiagnosticCode, at position: SourcePosition?, _ message: String, fix suggestion: String
    ) {
        diagnostics.append(
            Diagnostic(file: file, position: position, code: code, message: message, suggestion: suggestion))
    }

    /// `pack` attribute position, or the pack element's.
    func packPosition(of attribute: String) -> SourcePosition {
        pack.attributePositions[attribute] ?? pack.position
    }
}

extension Lesson {
    /// "lesson 'intro'" or "pre-test 'pre'", for messages.
    var label: String { "\(kind == .lesson ? "lesson" : kind.rawValue) '\(id)'" }
}

extension Step {
    /// "single-choice step 'q1'", for messages.
    var label: String { "\(kindName) step '\(id)'" }
}
