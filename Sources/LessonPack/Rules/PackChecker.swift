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
    /// A hostile or badly generated pack can break one rule thousands of times; past this
    /// many reports of one code, the rest are counted and summed up in one line.
    static let reportsPerCode = 100
    private var reportCounts: [DiagnosticCode: Int] = [:]

    /// The languages the rules check texts in: the pack's, up to `maximumLanguages`.
    let languages: [String]
    /// More languages than any pack needs; past this the pack is refused
    /// (`too-many-languages`), so no rule's cost grows with languages times texts.
    static let maximumLanguages = 50

    init(pack: Pack, file: String, today: Date) {
        self.pack = pack
        self.file = file
        self.today = today
        self.languages = Array(pack.languages.prefix(Self.maximumLanguages))
    }

    mutating func checkAll() -> [Diagnostic] {
        checkIdentifiers()
        checkReferences()
        checkHasLesson()
        checkPrerequisiteCycles()
        checkScenarios()
        checkQuestions()
        checkNumbers()
        checkAges()
        checkAssessments()
        checkItemWriting()
        checkTestForms()
        checkReadingLoad()
        checkContacts()
        checkContactsFitHarms()
        checkContactCoverage()
        checkLanguages()
        checkSafeguarding()
        checkTemplatePlaceholders()
        return diagnostics + summaryOfUnreported
    }

    /// Whether `code` was reported fewer than `count` times so far.
    func hasReported(fewerThan count: Int, of code: DiagnosticCode) -> Bool {
        reportCounts[code, default: 0] < count
    }

    private var summaryOfUnreported: [Diagnostic] {
        reportCounts.filter { $0.value > Self.reportsPerCode }.sorted { $0.key.rawValue < $1.key.rawValue }
            .map { code, count in
                Diagnostic(
                    file: file, position: nil, code: code,
                    message: count - Self.reportsPerCode == 1 ? "1 more problem [\(code.rawValue)] is not shown" : "\(count - Self.reportsPerCode) more problems [\(code.rawValue)] are not shown",
                    suggestion: "fix the ones above and check again")
            }
    }

    /// Whether a report of `code` would still be shown, so that a rule whose words cost
    /// more than a line builds them only then (and calls `countUnshown` otherwise).
    func willReport(_ code: DiagnosticCode) -> Bool {
        reportCounts[code, default: 0] < Self.reportsPerCode
    }

    mutating func report(
        _ code: DiagnosticCode, at position: SourcePosition?, _ message: String, fix suggestion: String
    ) {
        reportCounts[code, default: 0] += 1
        guard reportCounts[code, default: 0] <= Self.reportsPerCode else { return }
        diagnostics.append(
            Diagnostic(file: file, position: position, code: code, message: message, suggestion: suggestion))
    }

    /// Counts a problem past the cap of its code, for the summary line.
    mutating func countUnshown(_ code: DiagnosticCode) {
        reportCounts[code, default: 0] += 1
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
