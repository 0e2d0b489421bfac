import Foundation
import LessonEngine
import ProgressStore

/// The JSON written by the store commands with `--json`. Every document is an object with
/// `formatVersion` 1; keys are sorted, dates are ISO 8601 strings in UTC, and a value that
/// is not known is `null` rather than left out. No name or nickname is ever written.
enum StoreJSON {
    /// A cohort: `name`, `organisation` (or null), `createdAt`, `learnerCount`.
    struct CohortEntry: Encodable {
        var name: String
        var organisation: String?
        var createdAt: Date
        var learnerCount: Int

        init(_ cohort: Cohort, learnerCount: Int) {
            name = cohort.name
            organisation = cohort.organisation
            createdAt = cohort.createdAt
            self.learnerCount = learnerCount
        }

        enum CodingKeys: String, CodingKey {
            case name, organisation, createdAt, learnerCount
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(organisation, forKey: .organisation)
            try container.encode(createdAt, forKey: .createdAt)
            try container.encode(learnerCount, forKey: .learnerCount)
        }
    }

    /// A learner: `code`, `age` (or null), `ageBand` (or null), `language`, `country`
    /// (or null), `createdAt`, and in `cohort show` only, `attemptCount`.
    struct LearnerEntry: Encodable {
        var code: String
        var age: Int?
        var ageBand: String?
        var language: String
        var country: String?
        var createdAt: Date
        var attemptCount: Int?

        init(_ learner: LearnerRecord, attemptCount: Int? = nil) {
            code = learner.code
            age = learner.age
            ageBand = learner.ageBand
            language = learner.language
            country = learner.country
            createdAt = learner.createdAt
            self.attemptCount = attemptCount
        }

        enum CodingKeys: String, CodingKey {
            case code, age, ageBand, language, country, createdAt, attemptCount
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(age, forKey: .age)
            try container.encode(ageBand, forKey: .ageBand)
            try container.encode(language, forKey: .language)
            try container.encode(country, forKey: .country)
            try container.encode(createdAt, forKey: .createdAt)
            try container.encodeIfPresent(attemptCount, forKey: .attemptCount)
        }
    }

    /// One attempt of a learner: `id`, `pack`, `packVersion`, `lesson`, `mode`,
    /// `startedAt`, `finishedAt` (or null), `eventCount`.
    struct AttemptEntry: Encodable {
        var id: Int64
        var pack: String
        var packVersion: String
        var lesson: String
        var mode: String
        var startedAt: Date
        var finishedAt: Date?
        var eventCount: Int

        init(_ summary: LearnerProgress.AttemptSummary) {
            id = summary.attempt.id
            pack = summary.attempt.packId
            packVersion = summary.attempt.packVersion
            lesson = summary.attempt.lessonId
            mode = summary.attempt.mode.rawValue
            startedAt = summary.attempt.startedAt
            finishedAt = summary.attempt.finishedAt
            eventCount = summary.eventCount
        }

        enum CodingKeys: String, CodingKey {
            case id, pack, packVersion, lesson, mode, startedAt, finishedAt, eventCount
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(pack, forKey: .pack)
            try container.encode(packVersion, forKey: .packVersion)
            try container.encode(lesson, forKey: .lesson)
            try container.encode(mode, forKey: .mode)
            try container.encode(startedAt, forKey: .startedAt)
            try container.encode(finishedAt, forKey: .finishedAt)
            try container.encode(eventCount, forKey: .eventCount)
        }
    }

    /// `cohort create`: `{formatVersion, cohort}`.
    struct CreatedCohort: Encodable {
        var formatVersion = 1
        var cohort: CohortEntry
    }

    /// `cohort list`: `{formatVersion, cohorts: [CohortEntry]}`, by name.
    struct CohortList: Encodable {
        var formatVersion = 1
        var cohorts: [CohortEntry]
    }

    /// `cohort show`: `{formatVersion, cohort, learners: [LearnerEntry with attemptCount]}`, in the order handed out.
    struct CohortDetail: Encodable {
        var formatVersion = 1
        var cohort: CohortEntry
        var learners: [LearnerEntry]
        var groupSessions: [GroupSessionEntry]
    }

    /// A group session of `oberih facilitate`: which lesson, when, and its vote tallies
    /// (vote step id → option id → count).
    struct GroupSessionEntry: Encodable {
        var pack: String
        var packVersion: String
        var lesson: String
        var startedAt: Date
        var finishedAt: Date?
        var tallies: [String: [String: Int]]

        init(_ attempt: Attempt, events: [TimedEvent]) {
            pack = attempt.packId
            packVersion = attempt.packVersion
            lesson = attempt.lessonId
            startedAt = attempt.startedAt
            finishedAt = attempt.finishedAt
            var tallies: [String: [String: Int]] = [:]
            for timed in events {
                if case .tallied(let stepId, let counts) = timed.event { tallies[stepId] = counts }
            }
            self.tallies = tallies
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(pack, forKey: .pack)
            try container.encode(packVersion, forKey: .packVersion)
            try container.encode(lesson, forKey: .lesson)
            try container.encode(startedAt, forKey: .startedAt)
            try container.encode(finishedAt, forKey: .finishedAt)
            try container.encode(tallies, forKey: .tallies)
        }

        enum CodingKeys: String, CodingKey {
            case pack, packVersion, lesson, startedAt, finishedAt, tallies
        }
    }

    /// `learner add`: `{formatVersion, cohort: name, learners: [LearnerEntry]}`, in the order made;
    /// `learner list`: the same, with `cohort` null when every learner is listed.
    struct LearnerList: Encodable {
        var formatVersion = 1
        var cohort: String?
        var learners: [LearnerEntry]

        enum CodingKeys: String, CodingKey {
            case formatVersion, cohort, learners
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(formatVersion, forKey: .formatVersion)
            try container.encode(cohort, forKey: .cohort)
            try container.encode(learners, forKey: .learners)
        }
    }

    /// `learner show`: `{formatVersion, learner, cohorts: [name], attempts: [AttemptEntry]}`.
    struct LearnerDetail: Encodable {
        var formatVersion = 1
        var learner: LearnerEntry
        var cohorts: [String]
        var attempts: [AttemptEntry]
    }

    /// `learner delete`: `{formatVersion, erased: {code, enrolments, attempts, events}}`.
    struct Erased: Encodable {
        var formatVersion = 1
        var erased: Erasure
    }

    /// `doctor`: `{formatVersion, path, healthy, integrity: [String], schema: {applied,
    /// known, current}, counts: {table: rows}, finishedWithoutResult, packVersions: [{id,
    /// version, sha256, attempts, kept, fileAtHand}], modes: {path: octal}, problems: [String]}`.
    struct Doctor: Encodable {
        /// A pack version attempts were played on; `fileAtHand`: a file of the curriculum
        /// with its SHA-256, for one not kept yet.
        struct PackVersion: Encodable {
            var id: String
            var version: String
            var sha256: String
            var attempts: Int
            var kept: Bool
            var fileAtHand: String?
        }

        struct Schema: Encodable {
            var applied: [String]
            var known: [String]
            var current: Bool
        }

        var formatVersion = 1
        var path: String
        var healthy: Bool
        var integrity: [String]
        var schema: Schema
        var counts: [String: Int]
        var finishedWithoutResult: Int
        var packVersions: [PackVersion]
        var modes: [String: String]
        /// The file the store's path leads to, when it is a symbolic link.
        var linkTarget: String?
        var problems: [String]

        /// The store's health, with the problems the store found and `doctor`'s own:
        /// an old schema, results not yet stored, each with the command that mends it.
        /// `repeated`: the options that found the packs and the store, for the commands it names.
        init(_ health: StoreHealth, packVersions: [PackVersion], repeated: String = "") {
            self.packVersions = packVersions
            path = health.path
            integrity = health.integrity
            schema = Schema(applied: health.appliedMigrations, known: health.knownMigrations, current: health.isCurrent)
            counts = health.counts
            finishedWithoutResult = health.finishedWithoutResult
            modes = health.modes
            linkTarget = health.linkTarget
            problems = health.problems
            if !health.isCurrent {
                problems.append("the store's schema is not the current one; `oberih doctor --update\(repeated)` updates it")
            }
            if health.finishedWithoutResult > 0 {
                problems.append(
                    "\(StoreOutput.counted(health.finishedWithoutResult, "finished attempt")) have no stored result "
                        + "(played before results were kept); `oberih doctor --update\(repeated)` stores them")
            }
            for version in packVersions where !version.kept {
                let named = "\(version.id) \(version.version) (\(StoreOutput.counted(version.attempts, "attempt")))"
                if let file = version.fileAtHand {
                    problems.append(
                        "\(named) is not kept in the store; `oberih doctor --update\(repeated)` keeps it from \(file)")
                } else {
                    problems.append(
                        "\(named) is not kept in the store, and no pack file found has its SHA-256 "
                            + "\(version.sha256.prefix(12))…: report and export cannot read those attempts. Give the "
                            + "file they were played on with `oberih doctor --update --pack FILE\(repeated)`")
                }
            }
            healthy = problems.isEmpty
        }
    }
}
