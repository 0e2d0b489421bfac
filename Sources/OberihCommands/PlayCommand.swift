import ArgumentParser
import Foundation
import LessonEngine
import LessonPack
import ProgressStore
import Sessions
import TerminalPlayer

/// `oberih play [PACK]`: one learner plays a lesson; every answer is saved as it is given.
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Play a lesson, as one learner; every answer is saved at once.",
        discussion: """
            On a terminal, `oberih play` alone asks for the learner's code (Enter for a \
            first time, then their age), and offers the packs for their age and the \
            pack's lessons in menus. PACK (a pack id of the curriculum, or a pack file), \
            --lesson, --code and --age answer those questions in advance; when input is \
            not a terminal they must be given: PACK, and --code or --age. A new learner \
            joins --cohort (default "Self-study"), and their new code is printed: keep it \
            to come back. An unfinished attempt of the same lesson is resumed where it \
            stopped.

            The pack's content note and ground rules come first (Enter to begin). At the \
            prompt: an answer (a number, letters, an order, pairs or a word), or ? hint, \
            h help (support contacts), s skip, q save and quit. Answers are read line by \
            line, so a session can be scripted through a pipe: one line for each prompt \
            shown, the opening's (Enter to begin) included when the pack has one.

            Exit status: 0 the lesson ended, or was saved on q or at the end of input; \
            2 usage error, unknown pack, lesson or learner, or a store that cannot be \
            opened; 130 interrupted (everything answered so far is saved).
            """
    )

    @Argument(
        help: "A pack id of the curriculum (`oberih pack list`), or a pack file (default: a menu, on a terminal).",
        completion: Completions.packIds)
    var pack: String?

    @Option(help: "The lesson's id (default: a menu on a terminal, else the first the learner may start).")
    var lesson: String?

    @Option(help: ArgumentHelp("The learner's code.", valueName: "code"))
    var code: String?

    @Option(parsing: .unconditional, help: "A new learner's age, 10 to 18.")
    var age: Int?

    @Option(help: "The cohort a new learner joins.", completion: Completions.cohorts)
    var cohort = "Self-study"

    @OptionGroup var display: DisplayOptions

    @Option(parsing: .unconditional, help: .hidden)
    var seed: UInt64?

    @OptionGroup var search: CurriculumOptions

    @OptionGroup var options: StoreOptions

    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 }

    func validate() throws {
        if let age, !SupportedAges.range.contains(age: age) {
            throw ValidationError(SupportedAges.outOfRange("--age \(age)"))
        }
        guard !Self.isInteractive else { return }
        if pack == nil {
            throw ValidationError(
                "give PACK (a pack id of the curriculum, or a pack file) when input is not a terminal; `oberih pack list` lists the packs")
        }
        if code == nil && age == nil {
            throw ValidationError("give --code CODE to continue, or --age N for a new learner")
        }
    }

    func run() throws {
        let io = StandardIO(isPlain: display.isPlain)
        let curriculum = search.curriculum()
        try options.withStore { store in
            try curriculum.keepPlayedVersions(in: store)
            var choosing = Choosing(command: self, store: store, io: io, curriculum: curriculum)
            guard let (chosen, isNew) = try choosing.learner() else { return }
            // A returning learner keeps the language they last played in; --lang wins.
            if !isNew { choosing.remembered = try LastLanguage.of(learner: chosen.code, store: store) }
            guard let loaded = try choosing.pack(for: chosen) else { return }
            let language = display.language(for: loaded.pack, remembered: choosing.remembered)
            var style = display.style(language: language, audience: .learner)
            // Under 13 (or no age on record, in a pack open to under-13s): whole points.
            style.showsWholePoints = (chosen.age ?? loaded.pack.ageRange.minimum) < 13
            if let age = chosen.age, !loaded.pack.ageRange.contains(age: age) {
                throw CommandFailure(Self.outsideAges(loaded.pack, age: age, language: language, curriculum: choosing.curriculum))
            }
            // Read once: the lesson menu and the resume both need it.
            var progress = try PackProgress(learner: chosen, pack: loaded.pack, store: store)
            guard let lessonId = try choosing.lesson(progress, style: style) else { return }
            if let problem = Self.cannotStart(lessonId, progress, language: language) { throw CommandFailure(problem) }
            // Only now, with a lesson that can start, is a new learner stored.
            var learner = chosen
            if isNew {
                learner = try choosing.newLearner(chosen, language: language)
                progress = try PackProgress(learner: learner, pack: loaded.pack, store: store)
            }
            // The way back, said wherever the learner stops: their code and the command,
            // always with the language shown, so it means the same on any terminal.
            let again =
                "oberih play \(shellWord(pack ?? loaded.pack.id)) --code \(learner.code) --lang \(language)"
                + search.repeated + options.repeated
            InterruptHandler.install(
                message: display.wrapped(
                    PlayerWords.text(.savedOnInterruptWithCode, language: language, values: [learner.code, "{command}"]),
                    command: again),
                resetsColour: style.usesColor)
            let attempts = LessonAttempts(store: store)
            let opened: OpenAttempt
            do {
                opened = try attempts.openForLearner(
                    progress, lessonId: lessonId, packFile: loaded.file, language: language,
                    seed: seed ?? UInt64.random(in: 0...UInt64.max), at: Date())
            } catch let error as SessionError {
                throw CommandFailure("cannot start \(lessonId): \(Self.describe(error))")
            }
            var loop = PlayLoop(renderer: TextScreens(), style: style, country: learner.country)
            loop.terminalSize = display.terminalSize
            loop.passedLessons = progress.passed
            let end = try loop.play(opened, attempts: attempts, io: io, display: display)
            switch end {
            case .finished:
                let screen = TextScreens().lessonEnd(pack: loaded.pack, code: learner.code, command: again, style: style)
                loop.lessonEnd(loaded.pack, screen: screen, io: io)
            case .quit, .endOfInput:
                display.say(
                    PlayerWords.text(
                        end.isQuit ? .savedOnQuit : .savedAtEndOfInput, language: language,
                        values: [learner.code, "{command}"]),
                    command: again)
            }
        }
    }

    /// For a learner whose age is outside `pack`'s: the ages it is for, and the packs of
    /// the curriculum that fit (`id (title)`), or that there is none yet.
    static func outsideAges(_ pack: Pack, age: Int, language: String, curriculum: Curriculum) -> String {
        func title(_ pack: Pack) -> String { pack.title.text(in: language, fallback: pack.defaultLanguage) }
        let forAges = PlayerWords.text(
            .packForAges, language: language,
            values: [title(pack), String(pack.ageRange.minimum), String(pack.ageRange.maximum)])
        let fitting = curriculum.playable().map(\.pack).filter { $0.ageRange.contains(age: age) }
        guard !fitting.isEmpty else { return forAges + " " + PlayerWords.text(.noPackForAge, language: language) }
        let names = fitting.map { "\($0.id) (\(title($0)))" }.joined(separator: ", ")
        return forAges + " " + PlayerWords.text(.packsForYourAge, language: language, values: [String(age), names])
    }

    /// Why the learner cannot start `lessonId` now, in their language and with lesson
    /// titles (never ids); `nil` when they can (an unfinished attempt can always go on).
    static func cannotStart(_ lessonId: String, _ progress: PackProgress, language: String) -> String? {
        let pack = progress.pack
        guard progress.unfinished[lessonId] == nil else { return nil }
        guard let lesson = pack.lessons.first(where: { $0.id == lessonId }) else {
            return PlayerWords.text(.noSuchLesson, language: language, values: [lessonId])
        }
        func title(_ lesson: Lesson) -> String { lesson.title.text(in: language, fallback: pack.defaultLanguage) }
        switch progress.eligibility(of: lesson) {
        case .open:
            return nil
        case .outsideAge(let allowed):
            return PlayerWords.text(
                .lessonForAges, language: language,
                values: [title(lesson), String(allowed.lowerBound), String(allowed.upperBound)])
        case .locked(let missing):
            let needed = missing.map { id in pack.lessons.first { $0.id == id }.map(title) ?? id }
            return PlayerWords.text(
                .lessonLocked, language: language, values: [title(lesson), needed.joined(separator: ", ")])
        }
    }

    /// Why a session cannot start, in the words of someone choosing a lesson.
    static func describe(_ error: SessionError) -> String {
        switch error {
        case .outsideAgeRange(let age, let allowed):
            return "it is for ages \(allowed.lowerBound) to \(allowed.upperBound), and the learner is \(age); "
                + "a facilitator can run it with a group (`oberih facilitate`)"
        case .locked(let missing):
            return "it needs \(missing.joined(separator: ", ")) first"
        case .lessonNotFound(let id):
            return "the pack has no lesson '\(id)'"
        default:
            return "\(error)"
        }
    }
}

extension PlayLoop.End {
    var isQuit: Bool {
        if case .quit = self { return true }
        return false
    }
}
