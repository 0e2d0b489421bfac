import ProgressStore

/// How a report or an export names the pack versions it cannot read.
enum MissingPackVersions {
    /// "the pack version being-kind-online 1.0.0 of 12 attempts (3, 4, 5, …) is not kept
    /// in the store and no file found has it".
    static func described(_ missing: [PlayedPack], of cohort: Cohort, store: ProgressStore) throws -> String {
        let versions = try missing.map { played in
            let ids = try store.attemptIds(ofCohort: cohort.id, packSHA256: played.sha256)
            let shown = ids.prefix(5).map(String.init).joined(separator: ", ") + (ids.count > 5 ? ", …" : "")
            return "\(played.id) \(played.version) (SHA-256 \(played.sha256.prefix(12))…) of "
                + "\(StoreOutput.counted(ids.count, "attempt")) (\(shown))"
        }
        return (missing.count == 1 ? "the pack version " : "the pack versions ") + versions.joined(separator: "; ")
            + (missing.count == 1 ? " is" : " are") + " not kept in the store and no pack file found has "
            + (missing.count == 1 ? "it" : "them")
    }

    /// A version read from a file found on disk rather than the store; `options`: those
    /// the `doctor --update` that keeps it needs (` --pack FILE --store PATH`).
    static func readFromFile(_ id: String, _ version: String, options: String) -> String {
        "note: \(id) \(version) was read from a pack file with the SHA-256 it was played on, not from the store; "
            + "`oberih doctor --update\(options)` keeps it there"
    }
}
