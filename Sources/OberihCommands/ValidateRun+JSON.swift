import Foundation
import LessonPack

/// The JSON written by `oberih validate --format json` (documented in docs/validation.md).
struct ValidationReportJSON: Encodable {
    struct Summary: Encodable {
        var files: Int
        var errors: Int
        var warnings: Int
    }

    struct File: Encodable {
        var path: String
        var packId: String?
        var valid: Bool
        var diagnostics: [DiagnosticJSON]
    }

    struct DiagnosticJSON: Encodable {
        var file: String
        var line: Int?
        var column: Int?
        var severity: String
        var code: String
        var message: String
        var suggestion: String
        /// libxml2's own words, when `message` rewords them.
        var detail: String?
    }

    var formatVersion = 1
    var valid: Bool
    var strict: Bool
    var exitCode: Int32
    var summary: Summary
    var files: [File]
    /// Backup or editor copies in the folders searched, not checked.
    var skippedBackups: [String]
}

extension ValidateRun.Outcome {
    func jsonReport() throws -> String {
        let files = results.map { result in
            ValidationReportJSON.File(
                path: result.file,
                packId: result.pack?.id,
                valid: !result.hasErrors && (!strict || !result.hasWarnings),
                diagnostics: result.diagnostics.map {
                    ValidationReportJSON.DiagnosticJSON(
                        file: $0.file, line: $0.position?.line, column: $0.position?.column,
                        severity: $0.severity.rawValue, code: $0.code.rawValue, message: $0.message,
                        suggestion: $0.suggestion, detail: $0.detail)
                })
        }
        let report = ValidationReportJSON(
            valid: isValid, strict: strict, exitCode: exitCode,
            summary: .init(files: checkedCount, errors: errorCount, warnings: warningCount),
            files: files, skippedBackups: skippedBackups)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}
