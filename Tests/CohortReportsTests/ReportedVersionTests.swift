import Foundation
import ProgressStore
import Testing

@testable import CohortReports

/// Which pack, version and file a report reads, from what the learners played.
@Suite struct ReportedVersionTests {
    static func played(_ id: String, _ version: String, _ sha: String, attempts: Int, day: Double)
        -> PlayedPackVersion
    {
        PlayedPackVersion(
            pack: PlayedPack(id: id, version: version, sha256: sha), attempts: attempts,
            lastStartedAt: Date(timeIntervalSince1970: day * 86_400), isKept: true)
    }

    static let cohort = [
        played("kind", "1.0.0", "a", attempts: 40, day: 1),
        played("kind", "1.1.0", "b", attempts: 25, day: 5),
        played("kind", "1.1.0", "c", attempts: 20, day: 6),
        played("real", "2.0.0", "d", attempts: 90, day: 3),
    ]

    @Test func theMostPlayedPackVersionAndFileByDefault() throws {
        let real = try ReportedVersion.choose(packId: nil, version: nil, played: Self.cohort)
        #expect(real.file.id == "real" && real.others.isEmpty && real.filesOfVersion == 1)
        // 1.1.0 has 45 attempts over two files; its most played file is read.
        let kind = try ReportedVersion.choose(packId: "kind", version: nil, played: Self.cohort)
        #expect(kind.file == PlayedPack(id: "kind", version: "1.1.0", sha256: "b"))
        #expect(kind.filesOfVersion == 2)
        #expect(kind.others == [ReportedVersion.Other(version: "1.0.0", attempts: 40)])
        let older = try ReportedVersion.choose(packId: "kind", version: "1.0.0", played: Self.cohort)
        #expect(older.file.sha256 == "a" && older.others == [ReportedVersion.Other(version: "1.1.0", attempts: 45)])
    }

    @Test func tiesGoToThePackWithTheSmallerIdAndTheVersionAndFilePlayedLast() throws {
        // Both packs have 20 attempts; of a-pack's versions, 1.0.0 (the smaller) was played last.
        let tied = [
            Self.played("b-pack", "1.0.0", "x", attempts: 20, day: 1),
            Self.played("a-pack", "1.1.0", "z", attempts: 10, day: 2),
            Self.played("a-pack", "1.0.0", "y", attempts: 10, day: 3),
        ]
        #expect(try ReportedVersion.choose(packId: nil, version: nil, played: tied).file.id == "a-pack")
        #expect(try ReportedVersion.choose(packId: "a-pack", version: nil, played: tied).file.version == "1.0.0")
        // Of two files with as many attempts, the one played last ("a", the smaller key).
        let twoFiles = [
            Self.played("p", "1.0.0", "b", attempts: 3, day: 1), Self.played("p", "1.0.0", "a", attempts: 3, day: 2),
        ]
        #expect(try ReportedVersion.choose(packId: "p", version: nil, played: twoFiles).file.sha256 == "a")
    }

    @Test func whatWasNotPlayedIsSaid() {
        #expect(throws: ReportedVersion.Problem.nothingPlayed) {
            try ReportedVersion.choose(packId: nil, version: nil, played: [])
        }
        #expect(throws: ReportedVersion.Problem.packNotPlayed(played: ["kind", "real"])) {
            try ReportedVersion.choose(packId: "other", version: nil, played: Self.cohort)
        }
        #expect(throws: ReportedVersion.Problem.versionNotPlayed(id: "kind", played: ["1.0.0", "1.1.0"])) {
            try ReportedVersion.choose(packId: "kind", version: "3.0.0", played: Self.cohort)
        }
    }
}
