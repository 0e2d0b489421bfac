import Foundation
import TerminalPlayer

/// Writing for the store commands: results on stdout, messages and errors on stderr,
/// dates in ISO 8601 (UTC), JSON with sorted keys.
enum StoreOutput {
    /// Writes `text` to stdout as it is (`StandardOutput.write`: a failure is a `CommandFailure`).
    static func print(_ text: String) throws(CommandFailure) {
        try StandardOutput.write(text)
    }

    /// Writes a message meant for a person to stderr: on a terminal wrapped to its width
    /// between words; elsewhere (a log, a pipe) as one line, for grep.
    static func message(_ text: String) {
        var size = winsize()
        guard isatty(STDERR_FILENO) == 1, ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
            return messageAsWrapped(text)
        }
        messageAsWrapped(TextWrapper.wrap(text, width: Int(size.ws_col)).joined(separator: "\n"))
    }

    /// Writes `text`, already wrapped (or meant to be one line), and a line end to stderr.
    static func messageAsWrapped(_ text: String) {
        StandardOutput.writeToStandardError(text + "\n")
    }

    /// Writes `error: text` to stderr.
    static func error(_ text: String) {
        message("error: " + text)
    }

    /// Writes `value` to stdout as one JSON document: sorted keys, dates in ISO 8601.
    static func printJSON(_ value: some Encodable) throws {
        try print(try jsonText(value))
    }

    /// The document `printJSON` prints, ending in a new line.
    static func jsonText(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// `2026-05-04T09:30:00Z`.
    static func iso8601(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// Left-aligned columns two spaces apart, a header row first; one string per line.
    /// O(total characters).
    static func table(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.indices.map { column in
                column == row.count - 1
                    ? row[column]
                    : row[column].padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// "1 learner", "30 learners".
    static func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }
}
