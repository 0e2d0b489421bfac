import Foundation

/// How a report writes its numbers, in every format that is read by people (text, HTML).
/// A share is never shown as 100 % unless it is all, nor as 0 % unless it is none: the
/// figure gets another decimal (at most two) instead, then "> 99.99%" / "< 0.01%".
public enum ReportNumber {
    public static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "-" }
        if share <= 0 || share >= 1 { return String(format: "%.0f%%", share * 100) }
        for decimals in 0...2 {
            let shown = String(format: "%.\(decimals)f", share * 100)
            let value = Double(shown) ?? 0
            if value > 0 && value < 100 { return shown + "%" }
        }
        return share > 0.5 ? "> 99.99%" : "< 0.01%"
    }

    public static func decimal(_ value: Double) -> String { String(format: "%.2f", value) }

    public static func signed(_ value: Double) -> String { String(format: "%+.2f", value) }
}
