import Foundation
import LessonPack

/// The work of `oberih validate`, separate from argument parsing so tests can call it.
struct ValidateRun {
    var paths: [String]
    var strict: Bool
    var today: Date

    struct Outcome {
        var results: [PackValidation]
        /// Paths that named nothing, with the reason.
        var missing: [(path: String, reason: String)]
        var strict: Bool

        var errorCount: Int { results.flatMap(\.diagnostics).filter { $0.severity == .error }.count }
        var warningCount: Int { results.flatMap(\.diagnostics).filter { $0.severity == .warning }.count }

        /// Whether every file is a valid pack (warnings count under `--strict`).
        var isValid: Bool {
            missing.isEmpty && !results.isEmpty && errorCount == 0 && (!strict || warningCount == 0)
        }

        /// 0 valid, 1 invalid, 2 usage or unreadable input.
        var exitCode: Int32 {
            if !missing.isEmpty || results.isEmpty || results.contains(where: \.isUnreadable) { return 2 }
            return isValid ? 0 : 1
        }
    }

    func perform() -> Outcome {
        let expansion = PackFiles.expand(paths)
        var missing = expansion.missing
        if expansion.files.isEmpty && missing.isEmpty {
            missing = paths.map { ($0, "no .xml pack files in it") }
        }
        let results = PackValidator(today: today).validate(filesAtPaths: expansion.files)
        return Outcome(results: results, missing: missing, strict: strict)
    }
}
