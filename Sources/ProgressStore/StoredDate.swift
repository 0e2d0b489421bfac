import Foundation
import GRDB

/// A date as the store writes it: `2026-09-01 08:00:05.250`, UTC, to the millisecond,
/// exactly the text GRDB's `Date.databaseValue` gives (its `DateFormatter` rounds to the
/// nearest millisecond), computed without a formatter: ICU's formatting was a tenth of
/// `oberih simulate`. Dates are still read back through GRDB.
enum StoredDate {
    /// The date as GRDB would store it: its text, or GRDB's own for a date outside the
    /// years 0 to 9999.
    static func value(_ date: Date) -> DatabaseValue {
        text(date)?.databaseValue ?? date.databaseValue
    }

    static func value(_ date: Date?) -> DatabaseValue {
        date.map { value($0) } ?? .null
    }

    /// The date's text, as GRDB's formatter writes it; nil outside the years 0 to 9999.
    static func text(_ date: Date) -> String? {
        // As CFDateFormatter: milliseconds since 1970, plus a half, rounded down (by ICU).
        let milliseconds = ((date.timeIntervalSinceReferenceDate + 978_307_200) * 1000 + 0.5).rounded(.down)
        guard milliseconds.magnitude < 1e15 else { return nil }
        var total = Int64(milliseconds)
        var days = total / 86_400_000
        total %= 86_400_000
        if total < 0 {
            total += 86_400_000
            days -= 1
        }
        let (year, month, day) = civilDate(daysSince1970: days)
        guard (0...9999).contains(year) else { return nil }
        let seconds = total / 1000
        var bytes: [UInt8] = Array("0000-00-00 00:00:00.000".utf8)
        func put(_ value: Int64, digits: Int, at offset: Int) {
            var rest = value
            for index in stride(from: offset + digits - 1, through: offset, by: -1) {
                bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
        }
        put(year, digits: 4, at: 0)
        put(month, digits: 2, at: 5)
        put(day, digits: 2, at: 8)
        put(seconds / 3600, digits: 2, at: 11)
        put(seconds / 60 % 60, digits: 2, at: 14)
        put(seconds % 60, digits: 2, at: 17)
        put(total % 1000, digits: 3, at: 20)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian calendar).
    private static func civilDate(daysSince1970 days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
