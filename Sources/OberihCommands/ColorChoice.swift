import ArgumentParser
import Foundation

/// When to colour terminal output (ENGINEERING.md's conventions).
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    /// Whether to colour a stream: `auto` colours only a terminal, with NO_COLOR unset or
    /// empty and TERM not `dumb`.
    func isEnabled(forFileDescriptor descriptor: Int32, environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isatty(descriptor) == 1
        }
    }
}
