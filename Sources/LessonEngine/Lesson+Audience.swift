import LessonPack

extension Lesson {
    /// The lesson as a session plays it: a teaching lesson without the steps written for the
    /// other audience (a learner alone skips a group's discussion; a group skips a step
    /// written for one learner). Tests and surveys are always taken alone and whole, so
    /// their results line up step by step. Logs from before audiences play every step.
    func played(by start: SessionStart) -> Lesson {
        guard start.fitsAudience == true, kind == .lesson else { return self }
        var played = self
        played.steps = steps.filter { $0.audience.includes(group: start.mode == .group) }
        return played
    }
}
