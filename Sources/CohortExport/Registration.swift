import Foundation
import ProgressStore

/// Stable UUIDs for exports: the same attempt gets the same registration (and the same
/// statements the same ids) in every export and in every store it is merged into, so a
/// learning record store can tell a re-sent statement from a new one
/// (`AttemptRegistration`).
enum Registration {
    /// The attempt's registration: kept from the store it was imported from, else derived.
    static func uuid(of attempt: Attempt) -> String {
        attempt.registrationUUID
    }

    /// The `index`th statement about an attempt.
    static func statementId(registration: String, index: Int) -> String {
        AttemptRegistration.uuid(from: "oberih statement \(registration) \(index)")
    }
}
