import Foundation
import LessonPack

/// The work of `oberih validate`, separate from argument parsing so tests can call it.
struct ValidateRun {
    var paths: [String]
    var strict: Bool
    var today: Date
    /// Each path checked on its own: the folders of the curriculum search, where the same
    /// id in two folders is one hiding the other, not a duplicate.
    var checksPathsApart = false

    struct Outcome {
        /// One entry per pack file, and one per path that named no pack file.
        var results: [PackValidation]
        var strict: Bool
        /// Backup or editor copies in the folders searched, not checked (`PackFiles.isBackup`).
        var skippedBackups: [String] = []

        /// Files that could be read and checked.
        var checkedCount: Int { results.filter { !$0.isUnreadable }.count }
        var errorCount: Int { results.flatMap(\.diagnostics).filter { $0.severity == .error }.count }
        var warningCount: Int { results.flatMap(\.diagnostics).filter { $0.severity == .warning }.count }

        /// Whether every file is a valid pack (warnings count under `--strict`).
        var isValid: Bool {
            !results.isEmpty && errorCount == 0 && (!strict || warningCount == 0)
        }

        /// 0 valid, 1 invalid, 2 usage or unreadable input.
        var exitCode: Int32 {
            if results.isEmpty || results.contains(where: \.isUnreadable) { return 2 }
            return isValid ? 0 : 1
        }
    }

    func perform() -> Outcome {
        // Apart, each path is its own set of packs (a duplicate id is one within a path).
        let expansions = checksPathsApart ? paths.map { PackFiles.expand([$0]) } : [PackFiles.expand(paths)]
        let unreadable = expansions.flatMap(\.missing).map { path, reason in
            PackValidation(
                file: path, pack: nil,
                diagnostics: [
                    Diagnostic(
                        file: path, position: nil, code: .fileUnreadable, message: reason,
                        suggestion: "check the path; give pack files or folders that contain them")
                ])
        }
        let validator = PackValidator(today: today)
        let results = expansions.flatMap { validator.validate(filesAtPaths: $0.files) }
        return Outcome(
            results: unreadable + results, strict: strict, skippedBackups: expansions.flatMap(\.skippedBackups))
    }
}
