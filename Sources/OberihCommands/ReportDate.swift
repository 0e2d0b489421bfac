import ArgumentParser
import Foundation

/// `report --since` and `--until`: a day (`2026-09-01`, in UTC) or a time
/// (`2026-09-01T08:00:00Z`, with its offset). A day given to --until counts the whole day.
enum ReportDate {
    static func parse(_ text: String, option: String, dayEnds: Bool) throws -> Date {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let day = DateFormatter()
        day.locale = Locale(identifier: "en_US_POSIX")
        day.timeZone = TimeZone(identifier: "UTC")
        day.dateFormat = "yyyy-MM-dd"
        if trimmed.count == 10, let start = day.date(from: trimmed), day.string(from: start) == trimmed {
            return dayEnds ? start.addingTimeInterval(86_400) : start
        }
        if let time = ISO8601DateFormatter().date(from: trimmed) { return time }
        throw ValidationError(
            "\(option) takes a day such as 2026-09-01 (UTC) or a time such as 2026-09-01T08:00:00Z, not '\(text)'")
    }
}
