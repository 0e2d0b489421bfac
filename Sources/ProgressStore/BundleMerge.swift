/// What merging a bundle changed in the store (or, in a dry run, would change), and what
/// did not fit: the same code for another learner, an attempt that went another way.
public struct BundleMerge: Sendable, Hashable {
    /// A learner of the bundle whose code belongs to another learner in the store: kept
    /// under `storeCode`, which the learner must be given.
    public struct LearnerCodeChange: Sendable, Hashable {
        public var bundleCode: String
        public var storeCode: String
        /// Whether the learner was added under `storeCode` by this merge (false: an earlier one did).
        public var isNew: Bool
    }

    /// An attempt whose registration the store already has with another log (neither is
    /// the start of the other): both are kept, the bundle's under `keptAs`.
    public struct AttemptConflict: Sendable, Hashable {
        public var registration: String
        public var keptAs: String
        /// The learner's code in this store; nil for a group attempt.
        public var learnerCode: String?
        public var packId: String
        public var lessonId: String
        /// Whether the copy was added by this merge (false: an earlier one did).
        public var isNew: Bool
    }

    public var cohortName = ""
    public var cohortCreated = false
    public var packFilesAdded = 0
    public var learnersAdded = 0
    /// Learners already in the store, newly enrolled in the cohort.
    public var enrolmentsAdded = 0
    public var attemptsAdded = 0
    /// Attempts the store had the start of, with the events played since appended.
    public var attemptsExtended = 0
    public var eventsAdded = 0
    /// Attempts of the bundle already in the store as they are (or further on).
    public var attemptsUnchanged = 0
    /// Attempts whose pack file neither the bundle nor the store holds: reports need the file.
    public var attemptsWithoutPackFile = 0
    public var learnerCodeChanges: [LearnerCodeChange] = []
    public var attemptConflicts: [AttemptConflict] = []

    public init() {}

    /// Whether the merge changed (or would change) nothing.
    public var isNothingNew: Bool {
        !cohortCreated && packFilesAdded == 0 && learnersAdded == 0 && enrolmentsAdded == 0 && attemptsAdded == 0
            && attemptsExtended == 0
    }

    /// Whether anything did not fit (both sides kept).
    public var hasConflicts: Bool { !learnerCodeChanges.isEmpty || !attemptConflicts.isEmpty }
}
