import ArgumentParser
import Foundation
import LessonEngine
import LessonPack
import ProgressStore
import TerminalPlayer

/// `oberih play PACK`: one learner plays a lesson; every answer is saved as it is given.
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Play a lesson, as one learner; every answer is saved at once.",
        discussion: """
            PACK is a pack id from ./Curriculum or the path of a pack file. The learner is
            --code CODE, or a new learner of --age N (added to --cohort, default
            "Self-study"; the new code is printed: keep it to come back). An unfinished
            attempt of the same lesson is resumed where it stopped.

            At the prompt: an answer (a number, letters, an order, pairs or a word), or
            ? hint, h help (support contacts), s skip, q save and quit. Answers are read
            line by line, so a session can be scripted through a pipe.

            Exit status: 0 the lesson ended, or was saved on q or at the end of input;
            2 usage error, unknown pack, lesson or learner, or a store that cannot be
            opened; 130 interrupted (everything answered so far is saved).
            """
    )

    @Argument(help: "A pack id from ./Curriculum, or a pack file.")
    var pack: String

    @Option(help: "The lesson's id (default: the first the learner may start).")
    var lesson: String?

    @Option(help: ArgumentHelp("The learner's code.", valueName: "code"))
    var code: String?

    @Option(help: "A new learner's age, 10 to 18.")
    var age: Int?

    @Option(help: "The cohort a new learner joins.")
    var cohort = "Self-study"

    @Option(help: ArgumentHelp("Language: en, uk or ru (default: LC_ALL or LANG, else the pack's).", valueName: "lang"))
    var lang: String?

    @Option(help: "Colour: auto, always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "For screen readers: no colour, no drawing, one idea per line (also ACCESSIBLE=1).")
    var plain = false

    @Option(help: .hidden)
    var seed: UInt64?

    @OptionGroup var options: StoreOptions

    func validate() throws {
        if code == nil && age == nil {
            throw ValidationError("give --code CODE to continue, or --age N for a new learner")
        }
        if let age, !(10...18).contains(age) {
            throw ValidationError("--age \(age) is outside Oberih's range: its lessons are written for ages 10 to 18")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let loaded = try Self.loadPack(pack)
        try options.withStore { store in
            let now = Date()
            let learner = try resolveLearner(in: store, packLanguages: loaded.pack.languages, at: now)
            let language = Self.language(flag: lang, environment: environment, pack: loaded.pack)
            let io = StandardIO()
            let (session, attemptId) = try openSession(loaded, learner: learner, language: language, store: store, at: now)
            var playing = session
            let style = ScreenStyle(
                width: Self.terminalWidth(environment),
                language: playing.state.start.language,
                usesColor: !isPlain(environment) && color.isEnabled(forFileDescriptor: STDOUT_FILENO, environment: environment),
                isPlain: isPlain(environment))
            let words = style.language
            InterruptHandler.install(message: PlayerWords.text(.savedOnInterrupt, language: words))
            let loop = PlayLoop(renderer: TextScreens(), style: style, country: learner.country)
            let end = try loop.run(&playing, io: io, recorder: StoreRecorder(store: store, attemptId: attemptId))
            switch end {
            case .finished(let result):
                try store.finishAttempt(attemptId, at: Date())
                io.write(TextScreens().summary(result, lesson: playing.lesson, pack: playing.pack, style: style))
            case .quit, .endOfInput:
                let again = "oberih play \(pack) --code \(learner.code)"
                StoreOutput.message(
                    PlayerWords.text(end.isQuit ? .savedOnQuit : .savedAtEndOfInput, language: words, values: [again]))
            }
        }
    }

    private func isPlain(_ environment: [String: String]) -> Bool {
        plain || environment["ACCESSIBLE"].map { !$0.isEmpty && $0 != "0" } == true
    }

    // MARK: - Pack, learner, session

    struct LoadedPack {
        var pack: Pack
        var sha256: String
    }

    /// A pack id of ./Curriculum, or a file; refused with its diagnostics if it has errors.
    static func loadPack(_ name: String) throws -> LoadedPack {
        let validation: PackValidation
        if FileManager.default.fileExists(atPath: name) {
            validation = PackValidator().validate(fileAtPath: name)
        } else {
            // A pack id: the curriculum's packs are validated once, and the match is used.
            let files = PackFiles.expand(["Curriculum"]).files
            guard let match = PackValidator().validate(filesAtPaths: files).first(where: { $0.pack?.id == name }) else {
                StoreOutput.error("no pack '\(name)' in ./Curriculum and no such file; `oberih` lists the packs")
                throw ExitCode(2)
            }
            validation = match
        }
        let path = validation.file
        guard let pack = validation.pack, !validation.hasErrors else {
            StoreOutput.error("\(path) has errors; `oberih validate \(path)` shows them")
            throw ExitCode(2)
        }
        let bytes = [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data())
        return LoadedPack(pack: pack, sha256: SHA256.hex(of: bytes))
    }

    private func resolveLearner(in store: ProgressStore, packLanguages: [String], at now: Date) throws -> LearnerRecord {
        if let code {
            guard let normalised = LearnerCodes.normalised(code) else {
                throw StoreError.invalid("'\(code)' is not a learner code; codes look like K7M-4QX")
            }
            return try store.progress(of: normalised).learner
        }
        if (try? store.cohort(named: cohort)) == nil {
            _ = try store.createCohort(name: cohort, organisation: nil, at: now)
        }
        var generator = SystemRandomNumberGenerator()
        let language =
            Self.language(flag: lang, environment: ProcessInfo.processInfo.environment, languages: packLanguages)
            ?? packLanguages.first ?? "en"
        let learner = try store.addLearners(
            count: 1, cohortName: cohort, age: age, ageBand: nil, language: language, country: nil, at: now,
            generator: &generator)[0]
        StoreOutput.message(PlayerWords.text(.yourCodeIs, language: language, values: [learner.code]))
        return learner
    }

    /// Resumes the learner's unfinished attempt of the lesson, or starts a new one.
    private func openSession(
        _ loaded: LoadedPack, learner: LearnerRecord, language: String, store: ProgressStore, at now: Date
    ) throws -> (LessonSession, Int64) {
        let pack = loaded.pack
        let attempts = try store.progress(of: learner.code).attempts.map(\.attempt).filter { $0.packId == pack.id }
        let passed = try Set(
            attempts.filter { $0.finishedAt != nil && $0.packVersion == pack.version }.compactMap { attempt -> String? in
                let session = try LessonSession.resume(pack: pack, events: try store.events(ofAttempt: attempt.id!))
                return session.result.passed == true || session.result.maximumPoints == 0 ? attempt.lessonId : nil
            })
        let learnerForEngine = Learner(age: learner.age ?? pack.ageRange.minimum, language: language, country: learner.country)
        let lessonId = try lesson ?? firstLesson(of: pack, for: learnerForEngine, passed: passed)
        if let unfinished = attempts.last(where: {
            $0.lessonId == lessonId && $0.finishedAt == nil && $0.packVersion == pack.version
        }) {
            let session = try LessonSession.resume(pack: pack, events: try store.events(ofAttempt: unfinished.id!))
            StoreOutput.message(PlayerWords.text(.goingOn, language: language))
            return (session, unfinished.id!)
        }
        let seed = self.seed ?? UInt64.random(in: 0...UInt64.max)
        let session: LessonSession
        do {
            session = try LessonSession.start(
                pack: pack, lessonId: lessonId, learner: learnerForEngine, seed: seed, passedLessons: passed, at: now)
        } catch {
            StoreOutput.error("cannot start \(lessonId): \(Self.describe(error))")
            throw ExitCode(2)
        }
        let attempt = try store.startAttempt(
            Attempt(
                learnerCode: learner.code, cohortId: nil, packId: pack.id, packVersion: pack.version,
                packSHA256: loaded.sha256, lessonId: lessonId, mode: SessionMode.individual.rawValue,
                seed: Int64(bitPattern: seed), startedAt: now),
            startedEvent: session.events[0])
        return (session, attempt.id!)
    }

    private func firstLesson(of pack: Pack, for learner: Learner, passed: Set<String>) throws -> String {
        let open = pack.lessons.first { lesson in
            !passed.contains(lesson.id) && Eligibility.of(lesson, in: pack, for: learner, passed: passed) == .open
        }
        guard let open else {
            StoreOutput.error("no lesson of \(pack.id) is open to this learner now; give --lesson ID")
            throw ExitCode(2)
        }
        return open.id
    }

    static func describe(_ error: any Error) -> String {
        switch error as? SessionError {
        case .outsideAgeRange(let age, let allowed):
            return "it is for ages \(allowed.lowerBound) to \(allowed.upperBound), and the learner is \(age); "
                + "a facilitator can choose it in facilitator mode"
        case .locked(let missing):
            return "it needs \(missing.joined(separator: ", ")) first"
        case .lessonNotFound(let id):
            return "the pack has no lesson '\(id)'"
        default:
            return "\(error)"
        }
    }

    // MARK: - Terminal and language

    static func language(flag: String?, environment: [String: String], pack: Pack) -> String {
        language(flag: flag, environment: environment, languages: pack.languages) ?? pack.defaultLanguage
    }

    /// --lang, else LC_ALL, else LANG, when the pack has that language.
    static func language(flag: String?, environment: [String: String], languages: [String]) -> String? {
        for candidate in [flag, environment["LC_ALL"], environment["LANG"]].compactMap({ $0 }) {
            let code = String(candidate.prefix { $0.isLetter }).lowercased()
            if languages.contains(code) { return code }
        }
        return nil
    }


    static func terminalWidth(_ environment: [String: String]) -> Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return environment["COLUMNS"].flatMap(Int.init).map { max($0, 20) } ?? 80
    }
}

extension PlayLoop.End {
    var isQuit: Bool {
        if case .quit = self { return true }
        return false
    }
}
