import ProgressStore

/// Which pack, version and file a report is about, from the versions a cohort's learners
/// played (`ProgressStore.playedPackVersions(ofCohort:learnersOnly:)`): the pack asked
/// for, else the one with most attempts (ties: the smaller id); the version asked for,
/// else the one with most attempts (ties: the one played last); the file of that version
/// with most attempts (ties: the one played last).
public struct ReportedVersion: Sendable, Equatable {
    public struct Other: Sendable, Equatable {
        public var version: String
        public var attempts: Int
    }

    public enum Problem: Error, Equatable {
        /// The learners have no attempts at all.
        case nothingPlayed
        /// None of this pack; `played`: the ids they did play.
        case packNotPlayed(played: [String])
        /// Not this version of pack `id`; `played`: the versions they did play.
        case versionNotPlayed(id: String, played: [String])
    }

    public var file: PlayedPack
    /// How many different files were played as this version (more than one: a pack
    /// edited without a new version number).
    public var filesOfVersion: Int
    /// The pack's other versions the learners played, by version.
    public var others: [Other]

    public static func choose(packId: String?, version: String?, played: [PlayedPackVersion]) throws(Problem)
        -> ReportedVersion
    {
        var byPack: [String: Int] = [:]
        for version in played { byPack[version.pack.id, default: 0] += version.attempts }
        guard let id = packId ?? byPack.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else {
            throw .nothingPlayed
        }
        let ofPack = played.filter { $0.pack.id == id }.sorted { $0.lastStartedAt < $1.lastStartedAt }
        guard let lastPlayed = ofPack.last else { throw .packNotPlayed(played: byPack.keys.sorted()) }
        var byVersion: [String: Int] = [:]
        for played in ofPack { byVersion[played.pack.version, default: 0] += played.attempts }
        // `max` keeps the first of equals: over the reversed list, the one played last.
        let chosen =
            version ?? ofPack.reversed().max { byVersion[$0.pack.version]! < byVersion[$1.pack.version]! }?.pack.version
            ?? lastPlayed.pack.version
        let files = ofPack.filter { $0.pack.version == chosen }
        guard let file = files.reversed().max(by: { $0.attempts < $1.attempts }) else {
            throw .versionNotPlayed(id: id, played: byVersion.keys.sorted())
        }
        return ReportedVersion(
            file: file.pack, filesOfVersion: files.count,
            others: byVersion.filter { $0.key != chosen }.sorted { $0.key < $1.key }.map {
                Other(version: $0.key, attempts: $0.value)
            })
    }
}
