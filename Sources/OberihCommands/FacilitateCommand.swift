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
            PACK is a pack id of the curriculum or the path of a pack file; --cohort names \
            an existing cohort (`oberih cohort create NAME`). Without --lesson, the pack's \
            lessons (not its tests or surveys, which learners take alone with `oberih \
            play`) are run in order, from the first this cohort has not finished; an \
            unfinished group session is resumed where it stopped.

            The class reads the screen; what is for the facilitator alone is not on it. \
            n shows a step's facilitator notes and d the disclosure card aside (on a \
            terminal, the alternate screen: the class's screen comes back after Enter; \
            blank the projector first), or give --notes-on with the path of a second \
            terminal (run `tty` there) and they go there instead.

            On a terminal, the number of people here is asked first (--present answers \
            it; piped, it is the cohort's size). At a vote, type the tally (a=12 b=5 c=3) \
            or v to take the votes one by one: nothing typed is shown, and each vote is \
            saved as it is counted, so a stop loses none. The bar chart stays until Enter \
            keeps it; c corrects it; a tally over the number present is pointed out. At a \
            question, type the group's answer. Enter marks a discussion or role play \
            done. At any prompt: d the disclosure card, h help (support contacts), \
            ? hint, s skip, q save and stop.

            Exit status: 0 done, or saved on q or at the end of input; 2 usage error, \
            unknown pack, lesson or cohort, or a store that cannot be opened; 130 \
            interrupted (everything so far is saved).
            """
    )

    @Argument(help: "A pack id of the curriculum (`oberih pack list`), or a pack file.", completion: Completions.packIds)
    var pack: String

    @Option(help: "One lesson's id (default: every lesson of the pack not yet finished, in order).")
    var lesson: String?

    @Option(help: "The cohort the group belongs to.", completion: Completions.cohorts)
    var cohort: String

    @Option(
        help: ArgumentHelp(
            "The group's country, as an ISO 3166 alpha-2 code such as UA, for the contacts on the help screen and the disclosure card (default: every country's).",
            valueName: "cc"))
    var country: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
        "How many are in the group today, to check each vote's tally against (default: asked on a terminal, else the cohort's size).",
        valueName: "n"))
    var present: Int?

    @Option(
        help: ArgumentHelp(
            "A second terminal for the facilitator's notes and the disclosure card, such as /dev/pts/3 (`tty` there prints it).",
            valueName: "path"))
    var notesOn: String?

    @OptionGroup var display: DisplayOptions

    @Option(parsing: .unconditional, help: .hidden)
    var seed: UInt64?

    @OptionGroup var search: CurriculumOptions

    @OptionGroup var options: StoreOptions

    func validate() throws {
        if let country { _ = try LearnerAddCommand.country(country) }
        if let present, present < 1 { throw ValidationError("--present must be a positive number: how many are in the group today (not \(present))") }
    }

    func run() throws {
        let curriculum = search.curriculum()
        let loaded = try curriculum.load(pack)
        let pack = loaded.pack
        try options.withStore { store in
            try curriculum.keepPlayedVersions(in: store)
            let cohort = try store.cohort(named: cohort)
            let language = display.language(for: pack)
            var style = display.style(language: language, audience: .facilitator)
            // A class that may be under 13 reads the shared screen: whole points there too.
            style.showsWholePoints = pack.ageRange.minimum < 13
            InterruptHandler.install(
                message: display.wrapped(
                    FacilitatorWords.text(.groupSaved, language: language, values: ["{command}"]),
                    command: goOnCommand(language)),
                resetsColour: style.usesColor)
            let io = StandardIO(isPlain: style.isPlain)
            let attempts = LessonAttempts(store: store)
            let queue = try lessonQueue(GroupProgress(cohortId: cohort.id, pack: pack, store: store))
            guard !queue.isEmpty else {
                display.say(FacilitatorWords.text(.allLessonsDone, language: language))
                return
            }
            let notesScreen = try notesOn.map { try NotesScreen(path: $0) }
            let cohortSize = try store.learners(inCohort: cohort.name).count
            guard let present = try present.map({ Present(count: $0) }) ?? askPresent(cohortSize: cohortSize, style: style, io: io) else {
                sayGroupSaved(language)
                return
            }
            for (position, lessonId) in queue.enumerated() {
                // Read again for each lesson: the one before may be a prerequisite of this one.
                let progress = try GroupProgress(cohortId: cohort.id, pack: pack, store: store)
                let opened: OpenAttempt
                do {
                    opened = try attempts.openForGroup(
                        progress, lessonId: lessonId, packFile: loaded.file, language: language,
                        seed: seed ?? UInt64.random(in: 0...UInt64.max), at: Date())
                } catch let error as SessionError {
                    throw CommandFailure("cannot start \(lessonId) with this group: \(PlayCommand.describe(error))")
                }
                var loop = PlayLoop(renderer: TextScreens(), style: style, country: country)
                loop.showsOpening = position == 0
                loop.present = present.count
                loop.terminalSize = display.terminalSize
                loop.notesScreen = notesScreen.map { screen in { screen.write($0) } }
                loop.notesWidth = notesScreen.map { screen in { screen.columns() } }
                guard case .finished = try loop.play(opened, attempts: attempts, io: io, display: display) else {
                    sayGroupSaved(language)
                    return
                }
                sayRecorded(language)
                guard position + 1 < queue.count else { break }
                let next = pack.lessons.first { $0.id == queue[position + 1] }
                let title = next.map { $0.title.text(in: language, fallback: pack.defaultLanguage) } ?? queue[position + 1]
                guard askToGoOn(to: title, pack: pack, style: style, io: io) else {
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
        display.say(
            FacilitatorWords.text(.groupSaved, language: language, values: ["{command}"]),
            command: goOnCommand(language))
    }

    /// `oberih facilitate` again, with the options given, as given (a language not given
    /// came from the environment, and will again).
    private func goOnCommand(_ language: String) -> String {
        "oberih facilitate \(shellWord(pack))" + (lesson.map { " --lesson \($0)" } ?? "")
            + " --cohort \(shellWord(cohort, quoted: true))" + (display.lang == nil ? "" : " --lang \(language)")
            + (country.map { " --country \($0)" } ?? "") + search.repeated + options.repeated
    }

    /// A lesson is done: what was recorded, and where to see it.
    private func sayRecorded(_ language: String) {
        let command = "oberih cohort show \(shellWord(cohort, quoted: true))" + options.repeated
        display.say(
            FacilitatorWords.text(.groupRecorded, language: language, values: [cohort, "{command}"]), command: command)
    }

    /// Before the next lesson: Enter goes on, `q` stops, `h` shows help first.
    private func askToGoOn(to title: String, pack: Pack, style: ScreenStyle, io: StandardIO) -> Bool {
        let prompt = FacilitatorWords.text(.nextLessonPrompt, language: style.language, values: [title])
        while true {
            io.write("\n" + TextWrapper.wrap(prompt, width: style.width).map { $0 + "\n" }.joined())
            guard let line = io.readLine() else { return false }
            switch CommandKey.typed(line) {
            case "q": return false
            case "h":
                let help = TextScreens().help(pack: pack, country: country, style: style)
                switch Pager.show(help, io: io, renderer: TextScreens(), style: style) {
                case .stopped: continue
                case .endOfInput: return false
                case .shown: guard io.readLine() != nil else { return false }
                }
            default: return true
            }
        }
    }

    /// How many are here: asked on a terminal (Enter: the cohort's size), else the cohort's
    /// size. `nil` at the end of input; a count of `nil` when nobody is enrolled and
    /// Enter leaves it out (tallies are not checked).
    private func askPresent(cohortSize: Int, style: ScreenStyle, io: StandardIO) throws -> Present? {
        guard PlayCommand.isInteractive else { return Present(count: cohortSize > 0 ? cohortSize : nil) }
        let question =
            cohortSize > 0
            ? FacilitatorWords.text(.askPresent, language: style.language, values: [String(cohortSize)])
            : FacilitatorWords.text(.askPresentNoDefault, language: style.language)
        var said = question
        while true {
            io.write(TextWrapper.wrap(said, width: style.width).map { $0 + "\n" }.joined() + "> ")
            guard let line = io.readLine() else { return nil }
            let typed = line.trimmingCharacters(in: .whitespaces)
            if typed.isEmpty { return Present(count: cohortSize > 0 ? cohortSize : nil) }
            if let count = Int(typed), (1...10_000).contains(count) { return Present(count: count) }
            said = FacilitatorWords.text(.presentNotANumber, language: style.language)
        }
    }

    /// The number present, if known.
    struct Present {
        var count: Int?
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
