import Foundation
import LessonPack
import ProgressStore
import Sessions

/// The pack version a report is about, read as the cohort played it: the file kept in
/// the store (or, for a store from before files were kept, a file found with the same
/// SHA-256), whatever the curriculum holds now.
struct ReportedPack {
    var pack: Pack
    /// For stderr: the other versions the cohort played, and anything read from a file
    /// rather than the store.
    var notes: [String]

    /// `--pack` (an id or a file) or the pack the cohort's learners played most; `--pack-version`
    /// or the version of it played most (ties: the one played last).
    static func choose(
        cohort: Cohort, pack name: String?, version: String?, curriculum: Curriculum, store: ProgressStore
    ) throws -> ReportedPack {
        var atHand = curriculum.filesAtHand().map(\.file)
        var id = name
        var wanted = version
        if let name, FileManager.default.fileExists(atPath: name) {
            let file = try Curriculum.oldFile(at: name)
            atHand.insert(file, at: 0)
            (id, wanted) = (file.packId, version ?? file.packVersion)
        }
        let played = try store.playedPackVersions(ofCohort: cohort.id)
        if id == nil {
            let counts = try store.attemptCountsByPack(ofCohort: cohort.id)
            id = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key
        }
        guard let id else {
            throw CommandFailure(
                "the cohort '\(StoredText.shownSafely(cohort.name))' has no sessions yet; give --pack ID to report on one")
        }
        let ofPack = played.filter { $0.pack.id == id }
        if ofPack.isEmpty, let name, version == nil {
            // Nothing played yet: the report of a pack the cohort has still to start.
            return ReportedPack(pack: try curriculum.load(name).pack, notes: [])
        }
        guard !ofPack.isEmpty else {
            let known = Set(played.map(\.pack.id)).sorted().joined(separator: ", ")
            throw CommandFailure(
                "the cohort '\(StoredText.shownSafely(cohort.name))' has not played '\(StoredText.shownSafely(id))'"
                    + (known.isEmpty ? "" : "; it played \(known)"))
        }
        // Versions by attempts, the last played breaking ties (`played` is oldest first).
        var byVersion: [String: Int] = [:]
        for version in ofPack { byVersion[version.pack.version, default: 0] += version.attempts }
        let chosenVersion =
            wanted ?? ofPack.reversed().max { byVersion[$0.pack.version]! < byVersion[$1.pack.version]! }!.pack.version
        let files = ofPack.filter { $0.pack.version == chosenVersion }
        guard let mostPlayed = files.reversed().max(by: { $0.attempts < $1.attempts }) else {
            let versions = byVersion.keys.sorted().joined(separator: ", ")
            throw CommandFailure(
                "the cohort played \(id) in version \(versions), not \(StoredText.shownSafely(chosenVersion)); "
                    + "--pack-version chooses one of those")
        }
        let versions = PackVersions(store: store, atHand: atHand)
        guard let pack = try versions.pack(sha256: mostPlayed.pack.sha256) else {
            throw CommandFailure(
                "\(try ExportCommand.describe([mostPlayed.pack], of: cohort, store: store)); no report was made. Give "
                    + "the file they were played on with --pack FILE, or keep it with `oberih doctor --update --pack FILE`")
        }
        var notes: [String] = []
        if try versions.isOnlyAtHand(sha256: mostPlayed.pack.sha256) {
            notes.append(
                "note: \(id) \(chosenVersion) was read from a pack file with the SHA-256 it was played on, not from the "
                    + "store; `oberih doctor --update` keeps it there")
        }
        if files.count > 1 {
            notes.append(
                "note: \(files.count) different files of \(id) \(chosenVersion) were played; the report reads all "
                    + "their attempts with the one played most (SHA-256 \(mostPlayed.pack.sha256.prefix(12))…)")
        }
        for (other, attempts) in byVersion.sorted(by: { $0.key < $1.key }) where other != chosenVersion {
            notes.append(
                "note: the cohort also played \(id) \(other) (\(StoreOutput.counted(attempts, "attempt"))), left out "
                    + "of this report; `--pack-version \(shellWord(other))` reports on it")
        }
        return ReportedPack(pack: pack, notes: notes)
    }
}
