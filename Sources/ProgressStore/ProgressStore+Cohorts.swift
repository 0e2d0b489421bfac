import Foundation
import GRDB

/// A cohort with how many learners it has.
public struct CohortSummary: Sendable, Hashable {
    public var cohort: Cohort
    public var learnerCount: Int
}

extension ProgressStore {
    /// Creates a cohort; names are unique, and surrounding spaces are not part of them.
    /// A name or organisation that breaks `StoredText`'s rules is refused.
    public func createCohort(name: String, organisation: String?, at time: Date) throws(StoreError) -> Cohort {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .invalid("a cohort needs a name") }
        if let problem = StoredText.problem(inName: trimmed, what: "a cohort's name")
            ?? organisation.flatMap({ StoredText.problem(inName: $0, what: "an organisation's name") })
        {
            throw .invalid(problem)
        }
        return try write { db in
            if try Cohort.fetchOne(db, path: path, where: "name = ?", arguments: [trimmed]) != nil {
                throw StoreError.invalid("a cohort named '\(StoredText.shownSafely(trimmed))' already exists; choose another name")
            }
            try Cohort.insert(db, ["name", "organisation", "createdAt"], [trimmed, organisation, time])
            return Cohort(id: db.lastInsertedRowID, name: trimmed, organisation: organisation, createdAt: time)
        }
    }

    /// Every cohort by name, each with its number of learners.
    public func cohorts() throws(StoreError) -> [CohortSummary] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Cohort.selection("c")), (SELECT count(*) FROM enrolment e WHERE e.cohortId = c.id)
                    FROM cohort c ORDER BY c.name
                    """
            ).map { row in
                CohortSummary(cohort: Cohort(row: row, from: 0, path: path), learnerCount: row[Cohort.columns.count])
            }
        }
    }

    public func cohort(named name: String) throws(StoreError) -> Cohort {
        let found = try read { db in try Cohort.fetchOne(db, path: path, where: "name = ?", arguments: [name]) }
        guard let found else { throw .notFound(what: "cohort", key: name) }
        return found
    }
}
