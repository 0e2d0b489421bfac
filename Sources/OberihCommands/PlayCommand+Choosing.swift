import ArgumentParser
import Foundation
import LessonEngine
import LessonPack
import ProgressStore
import Sessions
import TerminalPlayer

extension PlayCommand {
    /// The learner, pack and lesson of `oberih play`: from the arguments where given,
    /// else asked on the terminal (`Menu`). `nil` when the learner stopped at a question
    /// (`q` or the end of input), which is said on stderr.
    struct Choosing {
        let command: PlayCommand
        let store: ProgressStore
        let io: any LineIO
        let curriculum: Curriculum
        /// The language a returning learner last played in, once the learner is known.
        var remembered: String?

        /// The menus' language before a pack is chosen: --lang, the learner's last
        /// language, LC_ALL or LANG when the player speaks it, else English.
        private var menuLanguage: String {
            DisplayOptions.language(
                flag: command.display.lang, remembered: remembered, environment: command.display.environment,
                languages: PlayerWords.languages)
                ?? "en"
        }

        /// Before a pack is chosen, help has the contacts of every pack there is to choose.
        private func menu(pack: Pack? = nil, language: String? = nil) -> Menu {
            var menu = Menu(
                renderer: TextScreens(),
                style: command.display.style(language: language ?? menuLanguage, audience: .learner), pack: pack)
            menu.packForHelp = { Self.everyPacksContacts(curriculum.playable().map(\.pack)) }
            return menu
        }

        /// The first pack, with the contacts of all of them, each once (by id).
        static func everyPacksContacts(_ packs: [Pack]) -> Pack? {
            guard var first = packs.first else { return nil }
            var seen = Set<String>()
            first.contacts = packs.flatMap(\.contacts).filter { seen.insert($0.id).inserted }
            return first
        }

        /// The learner: one on record (`isNew` false), or someone new of the age given or
        /// typed, as a record with no code yet (`isNew`): nothing is stored until the
        /// lesson can start (`newLearner`), so a run that fails before creates no one.
        func learner() throws -> (record: LearnerRecord, isNew: Bool)? {
            if let code = command.code {
                guard let normalised = LearnerCodes.normalised(code) else {
                    throw CommandFailure("'\(code)' is not a learner code; codes look like K7M-4QX")
                }
                return (try store.learner(normalised), false)
            }
            if let age = command.age { return (newcomer(age: age), true) }
            let answer = menu().askLearner(io: io) { typed in
                LearnerCodes.normalised(typed).flatMap { try? store.learner($0).code }
            }
            switch answer {
            case .code(let code): return (try store.learner(code), false)
            case .newLearner(let age): return (newcomer(age: age), true)
            case .quit, .endOfInput: return stopped(nil)
            }
        }

        /// Someone new, not stored: no code, so no attempts.
        private func newcomer(age: Int) -> LearnerRecord {
            LearnerRecord(
                code: "", age: age, ageBand: nil, language: menuLanguage, country: nil, nickname: nil, createdAt: Date())
        }

        /// Stores `newcomer` under a new code in --cohort (made if need be), with the
        /// language the lesson is shown in, and says the code.
        func newLearner(_ newcomer: LearnerRecord, language: String) throws -> LearnerRecord {
            let now = Date()
            if (try? store.cohort(named: command.cohort)) == nil {
                _ = try store.createCohort(name: command.cohort, organisation: nil, at: now)
            }
            var generator = SystemRandomNumberGenerator()
            let learner = try store.addLearners(
                ages: [newcomer.age], cohortName: command.cohort, ageBand: nil, language: language, country: nil,
                at: now, generator: &generator)[0]
            command.display.say(PlayerWords.text(.yourCodeIs, language: language, values: [learner.code]))
            return learner
        }

        /// PACK, else a menu of the curriculum's packs for the learner's age.
        func pack(for learner: LearnerRecord) throws -> LoadedPack? {
            if let name = command.pack { return try curriculum.load(name) }
            let packs = curriculum.playable().filter { loaded in
                learner.age.map { loaded.pack.ageRange.contains(age: $0) } ?? true
            }
            guard !packs.isEmpty else {
                command.display.say(PlayerWords.text(.noPackForAge, language: menuLanguage))
                return nil
            }
            let entries = packs.map { loaded in
                let pack = loaded.pack
                return MenuEntry(
                    label: pack.title.text(in: menuLanguage, fallback: pack.defaultLanguage),
                    note: "\(pack.ageRange.minimum)–\(pack.ageRange.maximum)")
            }
            let title = PlayerWords.text(.choosePack, language: menuLanguage)
            switch menu().choose(title, entries: entries, suggested: nil, io: io) {
            case .chosen(let index): return packs[index]
            case .quit, .endOfInput: return stopped(nil)
            }
        }

        /// --lesson; else a menu on a terminal; else the lesson the learner is at.
        func lesson(_ progress: PackProgress, style: ScreenStyle) throws -> String? {
            if let lesson = command.lesson { return lesson }
            let pack = progress.pack
            let suggested = progress.suggested
            guard PlayCommand.isInteractive else {
                guard let suggested else {
                    throw CommandFailure("no lesson of \(pack.id) is open to this learner now; give --lesson ID")
                }
                return suggested.id
            }
            let language = style.language
            let entries = pack.lessons.map { lesson in
                entry(for: lesson, progress: progress, language: language)
            }
            let title = PlayerWords.text(.chooseLesson, language: language)
            let index = suggested.flatMap { lesson in pack.lessons.firstIndex { $0.id == lesson.id } }
            switch menu(pack: pack, language: language).choose(title, entries: entries, suggested: index, io: io) {
            case .chosen(let index): return pack.lessons[index].id
            case .quit, .endOfInput: return stopped(nil)
            }
        }

        private func entry(for lesson: Lesson, progress: PackProgress, language: String) -> MenuEntry {
            let pack = progress.pack
            let label = lesson.title.text(in: language, fallback: pack.defaultLanguage)
            switch progress.eligibility(of: lesson) {
            case .outsideAge:
                return MenuEntry(label: label, note: word(.lessonNotForAge, language), isOpen: false)
            case .locked(let missing):
                let titles = missing.map { id in
                    pack.lessons.first { $0.id == id }?.title.text(in: language, fallback: pack.defaultLanguage) ?? id
                }
                return MenuEntry(
                    label: label, note: word(.lessonNeeds, language, titles.joined(separator: ", ")), isOpen: false)
            case .open:
                if progress.unfinished[lesson.id] != nil { return MenuEntry(label: label, note: word(.lessonUnfinished, language)) }
                if progress.finished.contains(lesson.id) { return MenuEntry(label: label, note: word(.lessonDone, language)) }
                return MenuEntry(label: label)
            }
        }

        private func word(_ key: PlayerWords.Key, _ language: String, _ values: String...) -> String {
            PlayerWords.text(key, language: language, values: values)
        }

        /// Says the learner stopped before a lesson began; nothing was recorded.
        private func stopped<T>(_ value: T?) -> T? {
            command.display.say(PlayerWords.text(.stoppedBeforeALesson, language: menuLanguage))
            return value
        }
    }
}
