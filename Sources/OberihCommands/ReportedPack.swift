import CohortReports
import Foundation
import LessonPack
import ProgressStore
import Sessions

/// The pack version a report is about (`ReportedVersion`), read as the cohort played it:
/// the file kept in the store (or, for a store from before files were kept, a file found
/// with the same SHA-256), whatever the curriculum holds now.
struct ReportedPack {
    var pack: Pack
    /// For stderr: the other versions the cohort played, and anything read from a file
    /// rather than the store.
    var notes: [String]

    /// `--pack` (an id or a file), `--pack-version`, else what the learners played most.
    /// `repeated`: the options that found the packs, for a printed command.
    static func choose(
        cohort: Cohort, pack name: String?, version: String?, curriculum: Curriculum, repeated: String,
        store: ProgressStore
    ) throws -> ReportedPack {
        var given: PackFile?
        var id = name
        var wanted = version
        if let name, FileManager.default.fileExists(atPath: name) {
            let file = try Curriculum.oldFile(at: name)
            given = file
            (id, wanted) = (file.packId, version ?? file.packVersion)
        }
        let learners = "the learners of the cohort '\(StoredText.shownSafely(cohort.name))'"
        // What the learners played, else (a cohort only led as a group so far) what its group sessions did.
        var played = try store.playedPackVersions(ofCohort: cohort.id, learnersOnly: true)
        if played.isEmpty { played = try store.playedPackVersions(ofCohort: cohort.id) }
        let chosen: ReportedVersion
        do {
            chosen = try ReportedVersion.choose(packId: id, version: wanted, played: played)
        } catch .nothingPlayed {
            throw CommandFailure(
                "the cohort '\(StoredText.shownSafely(cohort.name))' has no sessions yet"
                    + "; give --pack ID to report on a pack all the same")
        } catch .packNotPlayed(let played) {
            // Nothing played yet: the report of a pack the cohort has still to start.
            if let name, version == nil { return ReportedPack(pack: try curriculum.load(name).pack, notes: []) }
            throw CommandFailure(
                "\(learners) have not played '\(StoredText.shownSafely(id ?? ""))'"
                    + (played.isEmpty ? "" : "; they played \(played.joined(separator: ", "))")
                    + (NameGuess.closest(to: id ?? "", among: played).map { " (did you mean '\($0)'?)" } ?? ""))
        } catch .versionNotPlayed(let id, let played) {
            throw CommandFailure(
                "\(learners) played \(id) in version \(played.joined(separator: ", ")), not "
                    + "\(StoredText.shownSafely(wanted ?? "")); --pack-version chooses one of those (and --pack another pack)")
        }
        let file = chosen.file
        let versions = PackVersions(
            store: store, findingAtHand: { (given.map { [$0] } ?? []) + curriculum.filesAtHand().map(\.file) })
        guard let pack = try versions.pack(sha256: file.sha256) else {
            var said = "\(try MissingPackVersions.described([file], of: cohort, store: store)); no report was made. "
            if let given, given.sha256 != file.sha256 {
                said +=
                    given.packVersion == file.version
                    ? "The file given, \(name ?? ""), is another file of that version (SHA-256 "
                        + "\(given.sha256.prefix(12))…, not \(file.sha256.prefix(12))…). "
                    : "The file given, \(name ?? ""), is version \(given.packVersion), not \(file.version). "
            }
            throw CommandFailure(
                said + "Give the file they were played on with --pack FILE, or keep it with "
                    + "`oberih doctor --update --pack FILE\(repeated)`")
        }
        var notes: [String] = []
        if try versions.isOnlyAtHand(sha256: file.sha256) {
            let option = given?.sha256 == file.sha256 ? " --pack \(shellWord(name ?? ""))" : ""
            notes.append(MissingPackVersions.readFromFile(file.id, file.version, options: option + repeated))
        }
        if chosen.filesOfVersion > 1 {
            notes.append(
                "note: \(chosen.filesOfVersion) different files of \(file.id) \(file.version) were played; the report "
                    + "reads all their attempts with the one played most (SHA-256 \(file.sha256.prefix(12))…)")
        }
        for other in chosen.others {
            notes.append(
                "note: the cohort also played \(file.id) \(other.version) (\(StoreOutput.counted(other.attempts, "attempt"))), "
                    + "left out of this report; `--pack-version \(shellWord(other.version))` reports on it")
        }
        return ReportedPack(pack: pack, notes: notes)
    }
}
