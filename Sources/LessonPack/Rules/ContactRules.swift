import Foundation

extension PackChecker {
    /// Each support contact says where it came from, when it was last checked (no more than
    /// a year ago), and how to reach it.
    mutating func checkContacts() {
        for contact in pack.contacts {
            let label = "support contact '\(contact.id)'"
            if (contact.source ?? "").allSatisfy(\.isWhitespace) {
                report(
                    .contactSourceMissing, at: contact.position,
                    "\(label) does not say where it was taken from",
                    fix: "add source=\"…\" with the operator's page or the publication it came from")
            }
            if contact.verified == nil {
                let written = contact.verifiedText.map { " ('\($0)' is not a date)" } ?? ""
                report(
                    .contactVerifiedMissing, at: contact.attributePositions["verified"] ?? contact.position,
                    "\(label) has no date of last verification\(written)",
                    fix: "check the number or address against its source and add verified=\"YYYY-MM-DD\"")
            } else if let verified = contact.verified, verified > today {
                report(
                    .contactVerifiedFuture, at: contact.attributePositions["verified"] ?? contact.position,
                    "\(label) says it was verified on \(contact.verifiedText ?? ""), which is after today",
                    fix: "write the day it was really checked; a future date would never go stale")
            } else if let verified = contact.verified, isStale(verified) {
                report(
                    .contactStale, at: contact.attributePositions["verified"] ?? contact.position,
                    "\(label) was last verified on \(contact.verifiedText ?? ""), more than a year ago",
                    fix: "check it against its source again and update verified")
            }
            if contact.services.isEmpty {
                report(
                    .contactPurposeMissing, at: contact.position,
                    "\(label) does not say what it is for",
                    fix: "add for=\"…\" with one or more of: \(Self.serviceWords)")
            }
            if contact.status == nil {
                report(
                    .contactStatusMissing, at: contact.position,
                    "\(label) does not say how far it has been checked",
                    fix: "add status=\"operator\" (checked with the service), \"published\" (seen in a published source) or \"unverified\"; the learner sees it")
            }
            if contact.phones.allSatisfy(\.isEmpty) && contact.urls.allSatisfy(\.isEmpty) {
                report(
                    .contactNoChannel, at: contact.position,
                    "\(label) has neither a phone number nor a web address",
                    fix: "add <phone> or <url>")
            }
        }
    }

    static let serviceWords = SupportContact.Service.allCases.map(\.rawValue).joined(separator: ", ")

    private func isStale(_ verified: Date) -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let yearAgo = calendar.date(byAdding: .year, value: -1, to: today) else { return false }
        return verified < yearAgo
    }
}
