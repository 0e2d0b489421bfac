import GRDB

/// The store's schema, one named migration at a time. A migration is never edited once it
/// has landed; changes come as new migrations.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: cohorts, learners, attempts, events") { db in
            try db.create(table: "cohort") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("name", .text).notNull().unique()
                table.column("organisation", .text)
                table.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "learner") { table in
                table.primaryKey("code", .text)
                table.column("age", .integer)
                table.column("ageBand", .text)
                table.column("language", .text).notNull()
                table.column("country", .text)
                table.column("nickname", .text)
                table.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "enrolment") { table in
                table.column("learnerCode", .text).notNull().references("learner", onDelete: .cascade)
                table.column("cohortId", .integer).notNull().indexed().references("cohort", onDelete: .restrict)
                table.column("enrolledAt", .datetime).notNull()
                table.primaryKey(["learnerCode", "cohortId"])
            }
            try db.create(table: "attempt") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("learnerCode", .text).indexed().references("learner", onDelete: .cascade)
                table.column("cohortId", .integer).indexed().references("cohort", onDelete: .cascade)
                table.check(sql: "(learnerCode IS NULL) <> (cohortId IS NULL)")
                table.column("packId", .text).notNull()
                table.column("packVersion", .text).notNull()
                table.column("packSHA256", .text).notNull()
                table.column("lessonId", .text).notNull()
                table.column("mode", .text).notNull()
                table.column("seed", .integer).notNull()
                table.column("startedAt", .datetime).notNull()
                table.column("finishedAt", .datetime)
            }
            try db.create(table: "event") { table in
                table.column("attemptId", .integer).notNull().references("attempt", onDelete: .cascade)
                table.column("sequence", .integer).notNull()
                table.column("at", .datetime).notNull()
                table.column("event", .text).notNull()
                table.primaryKey(["attemptId", "sequence"])
            }
        }
        migrator.registerMigration("v2: results of finished attempts") { db in
            try db.create(table: "attemptResult") { table in
                table.primaryKey("attemptId", .integer).references("attempt", onDelete: .cascade)
                table.column("rawPoints", .double).notNull()
                table.column("maximumPoints", .double).notNull()
                table.column("scaled", .double)
                table.column("passed", .boolean)
                table.column("isComplete", .boolean).notNull()
                table.column("timeSpent", .double).notNull()
                table.column("skipped", .integer).notNull()
                table.column("objectives", .text).notNull()
            }
            try db.create(table: "stepResult") { table in
                table.column("attemptId", .integer).notNull().references("attemptResult", onDelete: .cascade)
                table.column("position", .integer).notNull()
                table.column("stepId", .text).notNull()
                table.column("kind", .text).notNull()
                table.column("status", .text).notNull()
                table.column("verdict", .text)
                table.column("pointsEarned", .double).notNull()
                table.column("pointsMaximum", .double).notNull()
                table.column("attempts", .integer).notNull()
                table.column("hintsShown", .integer).notNull()
                table.column("timeSpent", .double).notNull()
                table.column("lastActivityAt", .datetime)
                table.column("response", .text)
                table.column("tally", .text)
                table.column("scenarioPath", .text)
                table.column("scenarioEnding", .text)
                table.primaryKey(["attemptId", "position"])
            }
        }
        migrator.registerMigration("v3: votes taken one by one") { db in
            // A group's vote while it is taken: kept vote by vote, removed once its tally is
            // recorded as an event. One open vote per attempt at a time.
            try db.create(table: "openVote") { table in
                table.primaryKey("attemptId", .integer).references("attempt", onDelete: .cascade)
                table.column("stepId", .text).notNull()
                table.column("counts", .text).notNull()
            }
        }
        migrator.registerMigration("v4: pack files kept") { db in
            // Each pack file an attempt was played on, once per SHA-256: reports, exports
            // and resumes read the version played, whatever the file on disk says now.
            try db.create(table: "packFile") { table in
                table.primaryKey("sha256", .text)
                table.column("packId", .text).notNull()
                table.column("packVersion", .text).notNull()
                table.column("bytes", .blob).notNull()
                table.column("keptAt", .datetime).notNull()
            }
            // The versions played, and the attempts of one, by SHA-256 (`unkeptPackSHA256s`).
            try db.create(index: "attemptByPackFile", on: "attempt", columns: ["packSHA256"])
        }
        migrator.registerMigration("v5: LRS outbox") { db in
            // Each learning record store pushed to, with the home page its statements name.
            try db.create(table: "lrsEndpoint") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("url", .text).notNull().unique()
                table.column("homePage", .text).notNull()
                table.column("createdAt", .datetime).notNull()
            }
            // One row per statement per endpoint: its body until it is sent, then only its
            // id and state. A voiding row (kind "voiding") voids the statement `statementId`.
            try db.create(table: "lrsOutbox") { table in
                // The order rows were queued in (a rowid alone may change at a VACUUM).
                table.autoIncrementedPrimaryKey("id")
                table.column("endpointId", .integer).notNull().references("lrsEndpoint", onDelete: .cascade)
                table.column("kind", .text).notNull()
                table.column("statementId", .text).notNull()
                table.column("attemptId", .integer).indexed()
                table.column("learnerCode", .text).indexed()
                table.column("state", .text).notNull()
                table.column("body", .text)
                table.column("tries", .integer).notNull().defaults(to: 0)
                table.column("lastError", .text)
                table.column("queuedAt", .datetime).notNull()
                // Set before its first POST: from then on the LRS may hold it.
                table.column("postedAt", .datetime)
                table.column("sentAt", .datetime)
                table.uniqueKey(["endpointId", "kind", "statementId"])
            }
            try db.create(index: "lrsOutboxByState", on: "lrsOutbox", columns: ["endpointId", "state"])
        }
        migrator.registerMigration("v6: attempt registrations kept") { db in
            // An attempt imported from another store (`oberih import`) keeps the registration
            // it had there, so its xAPI registration and statement ids never change with its
            // row id here. NULL for an attempt made in this store: its registration is derived
            // (`Attempt.registrationUUID`), as it always was.
            try db.alter(table: "attempt") { table in table.add(column: "registration", .text) }
            try db.create(index: "attemptByRegistration", on: "attempt", columns: ["registration"])
            // An import looks for an attempt made here by its pack file and seed.
            try db.create(index: "attemptByPackFileAndSeed", on: "attempt", columns: ["packSHA256", "seed"])
        }
        return migrator
    }
}
