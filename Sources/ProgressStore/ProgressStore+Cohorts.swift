import Foundation
import GRDB

/// A cohort with how many learners it has.
public struct CohortSummary: Sendable, Hashable, Codable {
    public var cohort: Cohort
    public var learnerCount: Int
}

extension ProgressStore {
    public func createCohort(name: String, organisation: String?, at time: Date) throws(StoreError) -> Cohort {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .invalid("a cohort needs a name") }
        return try write { db in
            if try Cohort.filter(Column("name") == trimmed).fetchCount(db) > 0 {
                throw StoreError.invalid("a cohort named '\(trimmed)' already exists; choose another name")
            }
            var cohort = Cohort(id: nil, name: trimmed, organisation: organisation, createdAt: time)
            try cohort.insert(db)
            return cohort
        }
    }

    public func cohorts() throws(StoreError) -> [CohortSummary] {
        try read { db in
            try Cohort.order(Column("name")).fetchAll(db).map { cohort in
                CohortSummary(
                    cohort: cohort,
                    learnerCount: try Enrolment.filter(Column("cohortId") == cohort.id).fetchCount(db))
            }
        }
    }

    public func cohort(named name: String) throws(StoreError) -> Cohort {
        let found = try read { db in try Cohort.filter(Column("name") == name).fetchOne(db) }
        guard let found else { throw .notFound(what: "cohort", key: name) }
        return found
    }
}
