import ArgumentParser
import Foundation
import LessonEngine
import LessonPack
import ProgressStore
import TerminalPlayer

/// `oberih facilitate PACK --cohort C`: a facilitator leads a group in front of one screen.
struct FacilitateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facilitate",
        abstract: "Lead a group through a pack's lessons on one screen; the session is saved for the cohort.",
        discussion: """
            PACK is a pack id from ./Curriculum or the path of a pack file; --cohort names
            an existing cohort (`oberih cohort create NAME`). Without --lesson, the pack's
            lessons (not its tests or surveys, which learners take alone with `oberih
            play`) are run in order, from the first this cohort has not finished; an
            unfinished group session is resumed where it stopped.

            The content note and ground rules come first. Facilitator notes are marked
            as not to be read out. At a vote, type the tally (a=12 b=5 c=3) or v to take
            the votes one by one; a bar chart of the result follows. At a question, type
            the group's answer. Enter marks a discussion or role play done. At any
            prompt: d the disclosure card, h help (support contacts), ? hint, s skip,
            q save and stop.

            Exit status: 0 done, or saved on q or at the end of input; 2 usage error,
            unknown pack, lesson or cohort, or a store that cannot be opened; 130
            interrupted (everything so far is saved).
            """
    )

    @Argument(help: "A pack id from ./Curriculum, or a pack file.")
    var pack: String

    @Option(help: "One lesson's id (default: every lesson of the pack not yet finished, in order).")
    var lesson: String?

    @Option(help: "The cohort the group belongs to.")
    var cohort: String

    @OptionGroup var display: DisplayOptions

    @Option(help: .hidden)
    var seed: UInt64?

    @OptionGroup var options: StoreOptions

    func run() throws {
        let loaded = try PackLoading.load(pack)
        let pack = loaded.pack
        try options.withStore { store in
            let cohort = try store.cohort(named: cohort)
            let language = display.language(for: pack)
            let style = display.style(language: language, audience: .facilitator)
            InterruptHandler.install(
                message: PlayerWords.text(.savedOnInterrupt, language: language), resetsColour: style.usesColor)
            let io = StandardIO()
            let queue = try lessonQueue(pack, cohortId: cohort.id!, store: store)
            guard !queue.isEmpty else {
                display.say(FacilitatorWords.text(.allLessonsDone, language: language))
                return
            }
            for (position, lessonId) in queue.enumerated() {
                let (session, attemptId) = try openSession(
                    loaded, lessonId: lessonId, cohortId: cohort.id!, language: language, store: store)
                var playing = session
                var loop = PlayLoop(renderer: TextScreens(), style: style, country: nil)
                loop.showsOpening = position == 0
                let end = try loop.run(&playing, io: io, recorder: StoreRecorder(store: store, attemptId: attemptId))
                guard case .finished(let result) = end else {
                    sayGroupSaved(language)
                    return
                }
                try store.finishAttempt(attemptId, at: Date(), result: result)
                io.write(TextScreens().summary(result, lesson: playing.lesson, pack: pack, style: style))
                guard position + 1 < queue.count else { break }
                let next = pack.lessons.first { $0.id == queue[position + 1] }
                let title = next.map { $0.title.text(in: language, fallback: pack.defaultLanguage) } ?? queue[position + 1]
                let prompt = FacilitatorWords.text(.nextLessonPrompt, language: language, values: [title])
                io.write("\n" + TextWrapper.wrap(prompt, width: style.width).map { $0 + "\n" }.joined())
                guard let line = io.readLine(), line.trimmingCharacters(in: .whitespaces).lowercased() != "q" else {
                    sayGroupSaved(language)
                    return
                }
            }
            if lesson == nil {
                display.say(FacilitatorWords.text(.allLessonsDone, language: language))
            }
        }
    }

    /// The session is saved, and the command that goes on.
    private func sayGroupSaved(_ language: String) {
        let command = "oberih facilitate \(pack)" + (lesson.map { " --lesson \($0)" } ?? "") + " --cohort '\(cohort)'"
        display.say(FacilitatorWords.text(.groupSaved, language: language, values: ["{command}"]), command: command)
    }

    /// `--lesson`, or the pack's teaching lessons from the first the cohort has not finished.
    private func lessonQueue(_ pack: Pack, cohortId: Int64, store: ProgressStore) throws -> [String] {
        if let lesson {
            guard pack.lessons.contains(where: { $0.id == lesson }) else {
                let ids = pack.lessons.map(\.id).joined(separator: ", ")
                StoreOutput.error("\(pack.id) has no lesson '\(lesson)'; its lessons are \(ids)")
                throw ExitCode(2)
            }
            return [lesson]
        }
        let finished = try finishedLessons(pack, cohortId: cohortId, store: store)
        return pack.lessons.filter { !$0.isAssessment && !finished.contains($0.id) }.map(\.id)
    }

    private func finishedLessons(_ pack: Pack, cohortId: Int64, store: ProgressStore) throws -> Set<String> {
        Set(
            try store.groupAttempts(ofCohort: cohortId, packId: pack.id)
                .filter { $0.finishedAt != nil && $0.packVersion == pack.version }.map(\.lessonId))
    }

    /// Resumes the cohort's unfinished group session of the lesson, or starts one. A group
    /// has no one age: the session records the lesson's lowest age.
    private func openSession(
        _ loaded: LoadedPack, lessonId: String, cohortId: Int64, language: String, store: ProgressStore
    ) throws -> (LessonSession, Int64) {
        let pack = loaded.pack
        let attempts = try store.groupAttempts(ofCohort: cohortId, packId: pack.id)
        if let unfinished = attempts.last(where: {
            $0.lessonId == lessonId && $0.finishedAt == nil && $0.packVersion == pack.version
        }) {
            let session = try LessonSession.resume(pack: pack, events: try store.events(ofAttempt: unfinished.id!))
            display.say(PlayerWords.text(.goingOn, language: language))
            return (session, unfinished.id!)
        }
        let lesson = pack.lessons.first { $0.id == lessonId }!
        let group = Learner(age: lesson.ageRange(in: pack).minimum, language: language, country: nil)
        let seed = self.seed ?? UInt64.random(in: 0...UInt64.max)
        let now = Date()
        let session: LessonSession
        do {
            session = try LessonSession.start(
                pack: pack, lessonId: lessonId, learner: group, mode: .group, seed: seed,
                passedLessons: try finishedLessons(pack, cohortId: cohortId, store: store), at: now)
        } catch {
            StoreOutput.error("cannot start \(lessonId) with this group: \(PlayCommand.describe(error))")
            throw ExitCode(2)
        }
        let attempt = try store.startAttempt(
            Attempt(
                learnerCode: nil, cohortId: cohortId, packId: pack.id, packVersion: pack.version,
                packSHA256: loaded.sha256, lessonId: lessonId, mode: SessionMode.group.rawValue,
                seed: Int64(bitPattern: seed), startedAt: now),
            startedEvent: session.events[0])
        return (session, attempt.id!)
    }
}
