import ArgumentParser
import Foundation
import LessonEngine
import LessonPack
import ProgressStore
import Sessions
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

    @Option(
        help: ArgumentHelp(
            "The group's country, as an ISO 3166 alpha-2 code such as UA, for the contacts on the help screen and the disclosure card (default: every country's).",
            valueName: "cc"))
    var country: String?

    @OptionGroup var display: DisplayOptions

    @Option(help: .hidden)
    var seed: UInt64?

    @OptionGroup var options: StoreOptions

    func validate() throws {
        if let country { _ = try LearnerAddCommand.country(country) }
    }

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
            let attempts = LessonAttempts(store: store)
            let queue = try lessonQueue(GroupProgress(cohortId: cohort.id, pack: pack, store: store))
            guard !queue.isEmpty else {
                display.say(FacilitatorWords.text(.allLessonsDone, language: language))
                return
            }
            for (position, lessonId) in queue.enumerated() {
                // Read again for each lesson: the one before may be a prerequisite of this one.
                let progress = try GroupProgress(cohortId: cohort.id, pack: pack, store: store)
                let opened: OpenAttempt
                do {
                    opened = try attempts.openForGroup(
                        progress, lessonId: lessonId, packSHA256: loaded.sha256, language: language,
                        seed: seed ?? UInt64.random(in: 0...UInt64.max), at: Date())
                } catch let error as SessionError {
                    throw CommandFailure("cannot start \(lessonId) with this group: \(PlayCommand.describe(error))")
                }
                var loop = PlayLoop(renderer: TextScreens(), style: style, country: country)
                loop.showsOpening = position == 0
                guard case .finished = try loop.play(opened, attempts: attempts, io: io, display: display) else {
                    sayGroupSaved(language)
                    return
                }
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
    private func lessonQueue(_ progress: GroupProgress) throws -> [String] {
        guard let lesson else { return progress.lessonsToRun.map(\.id) }
        let pack = progress.pack
        guard pack.lessons.contains(where: { $0.id == lesson }) else {
            let ids = pack.lessons.map(\.id).joined(separator: ", ")
            throw CommandFailure("\(pack.id) has no lesson '\(lesson)'; its lessons are \(ids)")
        }
        return [lesson]
    }
}
