extension ValidateRun.Outcome {
    /// Compiler-style lines, then a one-line summary.
    /// With `verbose`, a reworded schema problem is followed by libxml2's own words.
    func textReport(colored: Bool, verbose: Bool = false) -> String {
        var lines: [String] = []
        for result in results {
            for diagnostic in result.diagnostics {
                let color: TerminalColor = diagnostic.severity == .error ? .red : .yellow
                lines.append(paint(diagnostic.formatted, color, colored))
                if verbose, let detail = diagnostic.detail {
                    lines.append("    libxml2: \(detail)")
                }
            }
        }
        for skipped in skippedBackups {
            lines.append("note: \(skipped) looks like a backup or editor copy, so it was not checked")
        }
        lines.append(summaryLine)
        return lines.joined(separator: "\n") + "\n"
    }

    var summaryLine: String {
        let files = checkedCount == 1 ? "1 file" : "\(checkedCount) files"
        let errors = errorCount == 1 ? "1 error" : "\(errorCount) errors"
        let warnings = warningCount == 1 ? "1 warning" : "\(warningCount) warnings"
        let verdict: String
        switch exitCode {
        case 0: verdict = warningCount == 0 ? "valid" : "valid (warnings do not fail without --strict)"
        case 1: verdict = strict && errorCount == 0 ? "invalid under --strict" : "invalid"
        default: verdict = "could not check everything"
        }
        return "checked \(files): \(errors), \(warnings); \(verdict)"
    }

    private enum TerminalColor: String {
        case red = "\u{1B}[31m"
        case yellow = "\u{1B}[33m"
    }

    private func paint(_ text: String, _ color: TerminalColor, _ colored: Bool) -> String {
        colored ? color.rawValue + text + "\u{1B}[0m" : text
    }
}
