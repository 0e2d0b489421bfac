import LessonPack

/// The player's own words (prompts, help, what to type) in English, Ukrainian and
/// Russian. Lesson texts come from the pack; these are the words around them.
///
/// The learner is addressed informally (ти in Ukrainian, ты in Russian), and no text
/// depends on the learner's gender or on a count, so none needs plural forms.
public enum PlayerWords {
    /// One text of the player. Texts with `{0}`, `{1}` take values (see `text`).
    public enum Key: String, Sendable, Hashable, CaseIterable {
        // What to type, one line per step kind; shown after input that does not fit.
        /// Single choice or vote; `{0}` an example number.
        case typeOneNumber
        /// Multiple choice; `{0}` an example such as `1 3`.
        case typeSeveralNumbers
        /// Ordering; `{0}` an example such as `3 1 2`.
        case typeOrder
        /// Matching; `{0}` an example such as `a2 b1 c3`.
        case typePairs
        /// A line that is no answer, with what is wrong (`AnswerProblem`): a number or a
        /// matching letter the step has not (`{0}` as typed, `{1}` the highest or last).
        case numberNotHere, letterNotHere
        /// Matching: `{0}` a number after two letters, a letter with two numbers, or the
        /// letters with no number yet; `{1}` an example such as `a2 b1 c3`.
        case numberWithTwoLetters, letterWithTwoNumbers, lettersWithoutNumber
        /// Ordering: `{0}` a number given twice, or how many items there are; `{1}` an
        /// example such as `3 1 2`.
        case placedTwice, notAllPlaced
        case typeTrueOrFalse
        case typeShortAnswer
        /// Likert or scenario; `{0}` the lowest number, `{1}` the highest.
        case typeNumberInRange
        /// A scenario point with a single choice.
        case typeOne
        /// Text, discussion, role play, or a question already answered.
        case pressEnter

        // Prompts.
        /// Every command in one line: the four below joined with " · ".
        case commands
        case commandHint
        case commandHelp
        case commandSkip
        case commandQuit
        /// At a step that has sources: `i` shows where its facts come from.
        case commandSources
        /// The heading of that screen (`TextScreens.sources`).
        case sourcesHeading
        case yourAnswer

        // Commands that cannot be done here.
        case cannotSkip
        /// A step with no hints at all.
        case noHints
        /// A question whose hints have all been shown.
        case noHintsLeft

        // The help screen (`h`); the support contacts, grouped, follow `helpContacts`.
        case helpContacts
        case helpHint
        case helpSkip
        case helpQuit

        // The screens (`TextScreens`).
        /// The progress line after the lesson title; `{0}` the step's number, `{1}` the count.
        case stepOfCount
        /// Under the options of a multiple-choice question.
        case chooseAllThatApply
        /// Under a true/false statement: the keys `AnswerInput` reads in every language.
        case trueOrFalseKeys
        /// Before the roles of a role play.
        case roles
        /// A hint asked for with `?`; `{0}` the hint.
        case hintText
        /// The verdict of an outcome, one line each; kind, never blaming.
        case verdictCorrect
        case verdictPartlyCorrect
        case verdictWrong
        case verdictRecorded
        case verdictSkipped
        /// An answer in a test that shows no feedback (a pre-test): saved, nothing more.
        case answerSaved
        /// Points an answer earned; `{0}` the points (`1.5`, `1,5`). No count-dependent words.
        case pointsEarned
        /// After an answer that may be tried again; `{0}` the tries left.
        case tryAgain
        /// After a partly right answer that may be tried again: Enter keeps its points.
        case tryAgainOrKeep
        /// Which parts of an answer were right. Matching: `{0}` the left sides' letters
        /// (`a, c`). Ordering: `{0}` places in the learner's order (`1st, 3rd`). Multiple
        /// choice: `{0}` of `{1}` counts ("2 of 3", never read as option numbers), after a
        /// colon so that no word depends on them: the right ones among the choices, and the
        /// right ones found of all there are.
        case pairsRight, pairsLookAgain, placesRight, placesNotYet, choicesRight, choicesFound
        /// After the last try of a teaching lesson's question not answered right: the
        /// right answer as it is typed (`a2 b1 c3`, `3 1 2`, `1 3`).
        case rightPairs, rightOrder, rightChoices
        /// The same for a true/false statement, whose own feedback may not say it.
        case statementIsTrue, statementIsFalse
        /// A short answer a letter or two off an accepted one; `{0}` the accepted one.
        case almostCheckSpelling
        /// The score of a lesson; `{0}` the points, `{1}` the maximum, `{2}` the percentage.
        case score
        /// A survey: nothing is scored.
        case nothingScored
        /// The end of a test that shows no feedback: no score, and why.
        case answersSavedBeforeLessons
        case passed
        case notPassedYet
        /// Before the objectives and their mastery.
        case objectives
        /// `{0}` whole minutes.
        case timeSpent
        case timeUnderAMinute
        /// `{0}` the title of the next lesson of the pack.
        case nextLesson
        /// Instead of `nextLesson` when the next lesson needs this one passed; `{0}` its title.
        case tryAgainToOpen
        /// A summary's first line when every question was skipped.
        case everythingSkipped
        case lastLesson
        /// `oberih play --lesson` that cannot start: no such lesson (`{0}` what was
        /// typed), one that needs others passed (`{0}` its title, `{1}` theirs), one for
        /// other ages (`{0}` its title, `{1}`, `{2}` the ages).
        case noSuchLesson
        case lessonLocked
        case lessonForAges
        /// The last line of a summary: help is still one key away.
        case summaryHelp
        /// The prompt under a learner's summary: Enter finishes, `h` shows help.
        case pressEnterToFinish
        /// The help screen's heading and first line.
        case helpIsHere
        case helpAlwaysOK
        /// The help screen's headings, one for each purpose of a contact.
        case helpGroupTalk, helpGroupPolice, helpGroupReportImage, helpGroupRemoveImage, helpGroupOther
        /// Under a contact: how far it was checked; `{0}` the day.
        case contactCheckedWithOperator, contactSeenInSource
        case contactUnverified
        /// A phone line whose hours the pack does not give.
        case contactHoursUnknown
        /// When the pack has no contact for the learner's country.
        case helpNoneForCountry
        /// The last line of the help screen: the learner's place is kept.
        case helpBackToPlace
        /// Under each page of a long screen but the last (`Pager`).
        case pageMore
        /// `oberih play`'s own messages: a new learner's code, a resume, the ways out.
        case yourCodeIs
        case goingOn
        /// A resumed lesson started in another language than the one asked for; `{0}` the
        /// lesson's language, `{1}` the one asked for (`languageName`).
        case goingOnInStartedLanguage
        /// `{0}` the learner's code, `{1}` the command that goes on.
        case savedOnQuit
        case savedAtEndOfInput
        /// Stopped at a question before a lesson began: nothing new was recorded.
        case stoppedBeforeALesson
        /// Ctrl-C in a learner's lesson; `{0}` the code, `{1}` the command that goes on.
        case savedOnInterruptWithCode
        /// Under a learner's summary; `{0}` the code, `{1}` the command to come back.
        case comeBackWithCode

        // The opening of a session (`TextScreens.opening`): content note, ground rules.
        case beforeWeStart
        case groundRules
        case pressEnterToBegin

        // Menus and the code prompt, on a terminal (`oberih play` without arguments).
        case typeYourCode
        /// `{0}` what was typed.
        case codeNotFound
        /// `{0}` and `{1}`: the youngest and oldest age Oberih is written for.
        case howOldAreYou
        /// `{0}` and `{1}`: as for `howOldAreYou`.
        case ageOutsideRange
        case choosePack
        case chooseLesson
        /// Enter picks the suggested entry; `{0}` its number.
        case pressEnterForSuggested
        case noPackForAge
        /// `oberih play PACK` for a learner outside the pack's ages: `{0}` its title, `{1}`,
        /// `{2}` its ages; then the packs of the folder that fit (`{0}` the age, `{1}` them).
        case packForAges
        case packsForYourAge
        /// After a lesson's title in the menu.
        case lessonDone
        case lessonUnfinished
        /// `{0}` the lessons needed first.
        case lessonNeeds
        case lessonNotForAge
        /// `{0}` the lowest number, `{1}` the highest.
        case chooseNumberInRange
    }

    /// The languages the player speaks; any other falls back to English.
    public static let languages = ["en", "uk", "ru"]

    /// The text of `key` in `language` (`uk`, `ru`, `en`; a region such as `uk-UA` is
    /// ignored; anything else gives English), with `{0}`, `{1}`, … replaced by `values`.
    /// A value not given is taken from the key's default example (`defaultValues`).
    public static func text(_ key: Key, language: String, values: [String] = []) -> String {
        let words = words(for: key)
        let template: String
        switch baseLanguage(language) {
        case "uk": template = words.uk
        case "ru": template = words.ru
        default: template = words.en
        }
        let defaults = defaultValues(for: key)
        let filled = (0..<max(values.count, defaults.count)).map { $0 < values.count ? values[$0] : defaults[$0] }
        return fill(template, with: filled)
    }

    /// The values a key's text shows when the caller gives none: examples that read
    /// naturally (`3 1 2`, a scale of 5, …).
    public static func defaultValues(for key: Key) -> [String] {
        switch key {
        case .typeOneNumber: return ["2"]
        case .typeSeveralNumbers: return ["1 3"]
        case .typeOrder: return ["3 1 2"]
        case .typePairs: return ["a2 b1 c3"]
        case .typeNumberInRange: return ["1", "5"]
        case .numberNotHere: return ["7", "5"]
        case .letterNotHere: return ["e", "c"]
        case .numberWithTwoLetters: return ["2", "a2 b1 c3"]
        case .letterWithTwoNumbers: return ["b", "a2 b1 c3"]
        case .lettersWithoutNumber: return ["b, c", "a2 b1 c3"]
        case .placedTwice: return ["2", "3 1 2"]
        case .notAllPlaced: return ["3", "3 1 2"]
        case .howOldAreYou, .ageOutsideRange:
            return [String(AgeRange.supported.minimum), String(AgeRange.supported.maximum)]
        case .stepOfCount: return ["3", "12"]
        case .hintText, .nextLesson, .tryAgainToOpen, .noSuchLesson: return ["…"]
        case .lessonLocked: return ["…", "…"]
        case .lessonForAges, .packForAges: return ["…", "13", "15"]
        case .packsForYourAge: return ["11", "…"]
        case .pointsEarned: return ["1.5"]
        case .tryAgain, .tryAgainOrKeep: return ["2"]
        case .pairsRight, .pairsLookAgain: return ["a, c"]
        case .placesRight, .placesNotYet: return ["1st, 3rd"]
        case .choicesRight, .choicesFound: return ["1", "2"]
        case .rightPairs: return ["a2 b1 c3"]
        case .rightOrder: return ["3 1 2"]
        case .rightChoices: return ["1 3"]
        case .almostCheckSpelling: return ["report"]
        case .score: return ["7.5", "10", "75"]
        case .timeSpent: return ["12"]
        case .yourCodeIs: return ["K7M-4QX"]
        case .savedOnQuit, .savedAtEndOfInput, .savedOnInterruptWithCode, .comeBackWithCode:
            return ["K7M-4QX", "oberih play PACK --code K7M-4QX --lang en"]
        case .codeNotFound: return ["K7M-4QX"]
        case .goingOnInStartedLanguage: return ["Russian", "Ukrainian"]
        case .contactCheckedWithOperator, .contactSeenInSource: return ["2026-11-20"]
        case .pressEnterForSuggested: return ["1"]
        case .lessonNeeds: return ["…"]
        case .chooseNumberInRange: return ["1", "5"]
        default: return []
        }
    }

    /// A language's name in the player's `language` ("Ukrainian", "українська"); the
    /// code itself for a language the player does not name.
    public static func languageName(_ code: String, in language: String) -> String {
        let names: [String: [String: String]] = [
            "en": ["en": "English", "uk": "Ukrainian", "ru": "Russian"],
            "uk": ["en": "англійська", "uk": "українська", "ru": "російська"],
            "ru": ["en": "английский", "uk": "украинский", "ru": "русский"],
        ]
        return names[baseLanguage(language)]?[baseLanguage(code)] ?? code
    }

    /// `uk` for `uk`, `UK`, `uk-UA` or `uk_UA`.
    public static func baseLanguage(_ language: String) -> String {
        String(language.lowercased().prefix { $0 != "-" && $0 != "_" })
    }

    /// Replaces each `{n}` with `values[n]` in one pass, so a value is never filled again.
    static func fill(_ template: String, with values: [String]) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"),
                let number = Int(rest[afterOpen..<close]), values.indices.contains(number)
            {
                result += values[number]
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }

    struct Words {
        var en: String
        var uk: String
        var ru: String
    }

    /// The table. A switch, so that a key without all three languages does not compile.
    static func words(for key: Key) -> Words {
        switch key {
        case .typeOneNumber:
            return Words(
                en: "Type the number of your answer, for example {0}",
                uk: "Напиши номер своєї відповіді, наприклад {0}",
                ru: "Напиши номер своего ответа, например {0}")
        case .typeSeveralNumbers:
            return Words(
                en: "Type the numbers of all answers you choose, for example {0}",
                uk: "Напиши номери всіх відповідей, які обираєш, наприклад {0}",
                ru: "Напиши номера всех ответов, которые выбираешь, например {0}")
        case .numberNotHere:
            return Words(
                en: "{0} is not one of the numbers here; they go from 1 to {1}.",
                uk: "Тут немає номера {0}: номери від 1 до {1}.",
                ru: "Здесь нет номера {0}: номера от 1 до {1}.")
        case .letterNotHere:
            return Words(
                en: "{0} is not one of the letters here; they go from a to {1}.",
                uk: "Тут немає літери {0}: літери від a до {1}.",
                ru: "Здесь нет буквы {0}: буквы от a до {1}.")
        case .numberWithTwoLetters:
            return Words(
                en: "{0} is given to two letters. Each number goes with one letter, for example {1}",
                uk: "Номер {0} стоїть біля кількох літер. Кожен номер — лише для однієї літери, наприклад {1}",
                ru: "Номер {0} стоит у нескольких букв. Каждый номер — только для одной буквы, например {1}")
        case .letterWithTwoNumbers:
            return Words(
                en: "The letter {0} has two numbers. Give each letter one number, for example {1}",
                uk: "Літеру {0} вказано двічі. Дай кожній літері один номер, наприклад {1}",
                ru: "Буква {0} указана дважды. Дай каждой букве один номер, например {1}")
        case .lettersWithoutNumber:
            return Words(
                en: "Still without a number: {0}. Give each letter one number, for example {1}",
                uk: "Ще без номера: {0}. Дай кожній літері один номер, наприклад {1}",
                ru: "Ещё без номера: {0}. Дай каждой букве один номер, например {1}")
        case .placedTwice:
            return Words(
                en: "{0} is there twice. Use each number once, for example {1}",
                uk: "{0} трапляється двічі. Використай кожен номер один раз, наприклад {1}",
                ru: "{0} встречается дважды. Используй каждый номер один раз, например {1}")
        case .notAllPlaced:
            return Words(
                en: "Put all {0} numbers in order, for example {1}",
                uk: "Розстав по порядку всі номери (їх {0}), наприклад {1}",
                ru: "Расставь по порядку все номера (их {0}), например {1}")
        case .typeOrder:
            return Words(
                en: "Type the numbers in the right order, for example {0}",
                uk: "Напиши номери в правильному порядку, наприклад {0}",
                ru: "Напиши номера в правильном порядке, например {0}")
        case .typePairs:
            return Words(
                en: "Type a letter and a number for each pair, for example {0}",
                uk: "Для кожної пари напиши латинську літеру й номер, наприклад {0}",
                ru: "Для каждой пары напиши латинскую букву и номер, например {0}")
        case .typeTrueOrFalse:
            return Words(
                en: "Type t for true or f for false",
                uk: "Напиши т, якщо це правда, або н, якщо ні",
                ru: "Напиши д, если это правда, или н, если нет")
        case .typeShortAnswer:
            return Words(
                en: "Type your answer in a word or two",
                uk: "Напиши відповідь одним-двома словами",
                ru: "Напиши ответ одним-двумя словами")
        case .typeNumberInRange:
            return Words(
                en: "Type a number from {0} to {1}",
                uk: "Напиши число від {0} до {1}",
                ru: "Напиши число от {0} до {1}")
        case .typeOne:
            return Words(
                en: "Type 1 to choose it",
                uk: "Напиши 1, щоб обрати цей варіант",
                ru: "Напиши 1, чтобы выбрать этот вариант")
        case .pressEnter:
            return Words(
                en: "Press Enter to go on",
                uk: "Натисни Enter, щоб продовжити",
                ru: "Нажми Enter, чтобы продолжить")
        case .commands:
            return Words(
                en: "? hint · h help · s skip · q save and quit",
                uk: "? підказка · h допомога · s пропустити · q зберегти й вийти",
                ru: "? подсказка · h помощь · s пропустить · q сохранить и выйти")
        case .commandHint:
            return Words(en: "? hint", uk: "? підказка", ru: "? подсказка")
        case .commandHelp:
            return Words(en: "h help", uk: "h допомога", ru: "h помощь")
        case .commandSkip:
            return Words(en: "s skip", uk: "s пропустити", ru: "s пропустить")
        case .commandQuit:
            return Words(en: "q save and quit", uk: "q зберегти й вийти", ru: "q сохранить и выйти")
        case .commandSources:
            return Words(en: "i sources", uk: "i джерела", ru: "i источники")
        case .sourcesHeading:
            return Words(en: "Where this comes from", uk: "Звідки це відомо", ru: "Откуда это известно")
        case .yourAnswer:
            return Words(en: "Your answer:", uk: "Твоя відповідь:", ru: "Твой ответ:")
        case .cannotSkip:
            return Words(
                en: "This step can't be skipped",
                uk: "Цей крок не можна пропустити",
                ru: "Этот шаг нельзя пропустить")
        case .noHints:
            return Words(
                en: "There is no hint for this step",
                uk: "Для цього кроку підказки немає",
                ru: "Для этого шага подсказки нет")
        case .noHintsLeft:
            return Words(
                en: "There are no more hints",
                uk: "Підказок більше немає",
                ru: "Подсказок больше нет")
        case .helpContacts:
            return Words(
                en: "You can also contact:",
                uk: "Також можеш звернутися сюди:",
                ru: "Также можешь обратиться сюда:")
        case .helpHint:
            return Words(
                en: "? shows a hint, but each hint lowers the points you can get",
                uk: "? показує підказку, але кожна підказка зменшує бали, які можна отримати",
                ru: "? показывает подсказку, но каждая подсказка уменьшает баллы, которые можно получить")
        case .helpSkip:
            return Words(
                en: "s skips this step, if it can be skipped",
                uk: "s пропускає цей крок, якщо його можна пропустити",
                ru: "s пропускает этот шаг, если его можно пропустить")
        case .helpQuit:
            return Words(
                en: "q saves and quits; next time you carry on from here",
                uk: "q зберігає й виходить; наступного разу продовжиш звідси",
                ru: "q сохраняет и выходит; в следующий раз продолжишь отсюда")
        case .stepOfCount:
            return Words(en: "step {0} of {1}", uk: "крок {0} з {1}", ru: "шаг {0} из {1}")
        case .chooseAllThatApply:
            return Words(
                en: "Choose all that apply",
                uk: "Обери все, що підходить",
                ru: "Выбери всё, что подходит")
        case .trueOrFalseKeys:
            return Words(en: "t = true · f = false", uk: "т = так · н = ні", ru: "д = да · н = нет")
        case .roles:
            return Words(en: "Roles:", uk: "Ролі:", ru: "Роли:")
        case .hintText:
            return Words(en: "Hint: {0}", uk: "Підказка: {0}", ru: "Подсказка: {0}")
        case .verdictCorrect:
            return Words(en: "Right.", uk: "Правильно.", ru: "Верно.")
        case .verdictPartlyCorrect:
            return Words(en: "Partly right.", uk: "Частково правильно.", ru: "Частично верно.")
        case .verdictWrong:
            return Words(en: "Not quite.", uk: "Не зовсім.", ru: "Не совсем.")
        case .verdictRecorded:
            return Words(en: "Noted.", uk: "Відповідь записано.", ru: "Ответ записан.")
        case .verdictSkipped:
            return Words(
                en: "Skipped — that's fine.",
                uk: "Пропущено — і це нормально.",
                ru: "Пропущено — и это нормально.")
        case .answerSaved:
            return Words(en: "Your answer is saved.", uk: "Твою відповідь збережено.", ru: "Твой ответ сохранён.")
        case .pointsEarned:
            return Words(en: "Points: +{0}", uk: "Бали: +{0}", ru: "Баллы: +{0}")
        case .tryAgain:
            return Words(
                en: "You can try again (tries left: {0})",
                uk: "Можна спробувати ще раз (залишилося спроб: {0})",
                ru: "Можно попробовать ещё раз (осталось попыток: {0})")
        case .tryAgainOrKeep:
            return Words(
                en: "You can try again (tries left: {0}), or press Enter to keep these points and go on",
                uk: "Можна спробувати ще раз (залишилося спроб: {0}) або натиснути Enter, щоб залишити ці бали й іти далі",
                ru: "Можно попробовать ещё раз (осталось попыток: {0}) или нажать Enter, чтобы оставить эти баллы и идти дальше")
        case .pairsRight:
            return Words(en: "Right: {0}.", uk: "Правильно: {0}.", ru: "Верно: {0}.")
        case .pairsLookAgain:
            return Words(en: "Look again at: {0}.", uk: "Подивися ще раз на: {0}.", ru: "Посмотри ещё раз на: {0}.")
        case .placesRight:
            return Words(en: "In the right place: {0}.", uk: "На своєму місці: {0}.", ru: "На своём месте: {0}.")
        case .placesNotYet:
            return Words(
                en: "Not in the right place yet: {0}.", uk: "Ще не на своєму місці: {0}.",
                ru: "Пока не на своём месте: {0}.")
        case .choicesRight:
            return Words(
                en: "Right among your choices:\u{A0}{0}\u{A0}of\u{A0}{1}.",
                uk: "Правильних серед вибраних тобою:\u{A0}{0}\u{A0}з\u{A0}{1}.",
                ru: "Верных среди выбранных тобой:\u{A0}{0}\u{A0}из\u{A0}{1}.")
        case .choicesFound:
            return Words(
                en: "Right answers found:\u{A0}{0}\u{A0}of\u{A0}{1}.",
                uk: "Знайдено правильних відповідей:\u{A0}{0}\u{A0}з\u{A0}{1}.",
                ru: "Найдено верных ответов:\u{A0}{0}\u{A0}из\u{A0}{1}.")
        case .rightPairs:
            return Words(en: "The right pairs: {0}", uk: "Правильні пари: {0}", ru: "Верные пары: {0}")
        case .rightOrder:
            return Words(en: "The right order: {0}", uk: "Правильний порядок: {0}", ru: "Верный порядок: {0}")
        case .rightChoices:
            return Words(en: "The right answer: {0}", uk: "Правильна відповідь: {0}", ru: "Верный ответ: {0}")
        case .statementIsTrue:
            return Words(en: "The statement is true.", uk: "Це твердження правдиве.", ru: "Это утверждение верно.")
        case .statementIsFalse:
            return Words(en: "The statement is false.", uk: "Це твердження неправдиве.", ru: "Это утверждение неверно.")
        case .almostCheckSpelling:
            return Words(
                en: "Almost: check the spelling. It is written “{0}”.",
                uk: "Майже: перевір, як це пишеться. Правильно — «{0}».",
                ru: "Почти: проверь, как это пишется. Правильно — «{0}».")
        case .score:
            return Words(
                en: "You scored {0} of {1} ({2}%)",
                uk: "Твій результат: {0} з {1} ({2}%)",
                ru: "Твой результат: {0} из {1} ({2}%)")
        case .nothingScored:
            return Words(
                en: "Nothing here is scored. Thank you for your answers.",
                uk: "Тут нічого не оцінюється. Дякуємо за відповіді.",
                ru: "Здесь ничего не оценивается. Спасибо за ответы.")
        case .answersSavedBeforeLessons:
            return Words(
                en: "Thank you: your answers are saved. This check shows what you already know before the lessons, so you don't get a score for it.",
                uk: "Дякуємо: твої відповіді збережено. Ця перевірка показує, що ти вже знаєш до уроків, тому оцінки за неї немає.",
                ru: "Спасибо: твои ответы сохранены. Эта проверка показывает, что ты уже знаешь до уроков, поэтому оценки за неё нет.")
        case .passed:
            return Words(en: "Passed — well done!", uk: "Зараховано — молодець!", ru: "Зачтено — молодец!")
        case .notPassedYet:
            return Words(
                en: "Not passed yet — you can try again later.",
                uk: "Поки що не зараховано — можна спробувати ще раз пізніше.",
                ru: "Пока не зачтено — можно попробовать ещё раз позже.")
        case .objectives:
            return Words(en: "Skills in this lesson:", uk: "Навички в цьому уроці:", ru: "Навыки в этом уроке:")
        case .timeSpent:
            return Words(en: "Time: {0} min", uk: "Час: {0} хв", ru: "Время: {0} мин")
        case .timeUnderAMinute:
            return Words(en: "Time: under a minute", uk: "Час: менше хвилини", ru: "Время: меньше минуты")
        case .nextLesson:
            return Words(en: "Next: {0}", uk: "Далі: {0}", ru: "Далее: {0}")
        case .tryAgainToOpen:
            return Words(
                en: "Next: try this lesson again when you want to; once it is passed, “{0}” opens.",
                uk: "Далі: спробуй цей урок ще раз, коли захочеш; щойно його буде зараховано, відкриється «{0}».",
                ru: "Далее: попробуй этот урок ещё раз, когда захочешь; как только он будет зачтён, откроется «{0}».")
        case .everythingSkipped:
            return Words(
                en: "Every question was skipped — that's fine. This lesson is here whenever you want to come back to it.",
                uk: "Усі питання пропущено — і це нормально. Цей урок чекатиме, коли захочеш до нього повернутися.",
                ru: "Все вопросы пропущены — и это нормально. Этот урок будет ждать, когда захочешь к нему вернуться.")
        case .noSuchLesson:
            return Words(
                en: "There is no lesson “{0}” in this pack. Leave out --lesson to be offered the next one.",
                uk: "У цьому наборі немає уроку «{0}». Без --lesson тобі запропонують наступний.",
                ru: "В этом наборе нет урока «{0}». Без --lesson тебе предложат следующий.")
        case .lessonLocked:
            return Words(
                en: "“{0}” opens once “{1}” is passed: do that lesson first.",
                uk: "«{0}» відкриється, коли буде зараховано урок «{1}»: спершу пройди його.",
                ru: "«{0}» откроется, когда будет зачтён урок «{1}»: сначала пройди его.")
        case .lessonForAges:
            return Words(
                en: "“{0}” is for ages {1} to {2}; a facilitator can run it with a group.",
                uk: "«{0}» — для віку від {1} до {2} років; ведучий може провести його з групою.",
                ru: "«{0}» — для возраста от {1} до {2} лет; ведущий может провести его с группой.")
        case .lastLesson:
            return Words(
                en: "That was the last lesson of this pack.",
                uk: "Це був останній урок цього набору.",
                ru: "Это был последний урок этого набора.")
        case .summaryHelp:
            return Words(
                en: "If something in this lesson worried you, h shows where to find help.",
                uk: "Якщо щось у цьому уроці тебе стривожило, h покаже, де знайти допомогу.",
                ru: "Если что-то в этом уроке тебя встревожило, h покажет, где найти помощь.")
        case .pressEnterToFinish:
            return Words(
                en: "Press Enter to finish · h help",
                uk: "Натисни Enter, щоб завершити · h допомога",
                ru: "Нажми Enter, чтобы завершить · h помощь")
        case .helpIsHere:
            return Words(en: "Help is here", uk: "Тут є допомога", ru: "Здесь есть помощь")
        case .helpAlwaysOK:
            return Words(
                en: "It is always OK to talk to an adult you trust about anything that worries or upsets you.",
                uk: "Завжди можна поговорити з дорослим, якому довіряєш, про все, що тебе тривожить чи засмучує.",
                ru: "Всегда можно поговорить со взрослым, которому доверяешь, обо всём, что тебя тревожит или расстраивает."
            )
        case .helpGroupTalk:
            return Words(
                en: "Someone to talk to",
                uk: "З ким поговорити",
                ru: "С кем поговорить")
        case .helpGroupPolice:
            return Words(
                en: "Danger now, or a crime: the police",
                uk: "Якщо небезпека зараз або це злочин: поліція",
                ru: "Если опасность сейчас или это преступление: полиция")
        case .helpGroupReportImage:
            return Words(
                en: "Report a link to an image that should not be online",
                uk: "Повідомити про посилання на зображення, якого не має бути в мережі",
                ru: "Сообщить о ссылке на изображение, которого не должно быть в сети")
        case .helpGroupRemoveImage:
            return Words(
                en: "Get an image taken down",
                uk: "Прибрати зображення з мережі",
                ru: "Убрать изображение из сети")
        case .helpGroupOther:
            return Words(
                en: "Other help",
                uk: "Інша допомога",
                ru: "Другая помощь")
        case .contactCheckedWithOperator:
            return Words(
                en: "Checked with the service on {0}.",
                uk: "Перевірено безпосередньо зі службою {0}.",
                ru: "Проверено непосредственно со службой {0}.")
        case .contactSeenInSource:
            return Words(
                en: "From a published source, checked {0}.",
                uk: "З опублікованого джерела, перевірено {0}.",
                ru: "Из опубликованного источника, проверено {0}.")
        case .contactUnverified:
            return Words(
                en: "Not verified: these details may have changed. Ask an adult you trust to check it with you.",
                uk: "Не перевірено: ці дані могли змінитися. Попроси дорослого, якому довіряєш, перевірити його разом із тобою.",
                ru: "Не проверено: эти данные могли измениться. Попроси взрослого, которому доверяешь, проверить его вместе с тобой.")
        case .contactHoursUnknown:
            return Words(
                en: "hours not known",
                uk: "години роботи невідомі",
                ru: "часы работы неизвестны")
        case .helpNoneForCountry:
            return Words(
                en: "This pack has no contact for your country yet, but an adult you trust can help you find one.",
                uk: "У цьому наборі ще немає контакту для твоєї країни, але дорослий, якому довіряєш, допоможе його знайти.",
                ru: "В этом наборе пока нет контакта для твоей страны, но взрослый, которому доверяешь, поможет его найти."
            )
        case .pageMore:
            return Words(en: "Enter: more · q: back", uk: "Enter: далі · q: назад", ru: "Enter: дальше · q: назад")
        case .helpBackToPlace:
            return Words(
                en: "Press Enter to go back to where you were",
                uk: "Натисни Enter, щоб повернутися на те саме місце",
                ru: "Нажми Enter, чтобы вернуться на то же место")
        case .yourCodeIs:
            return Words(
                en: "Your code is {0}. Keep it: it lets you come back to your answers.",
                uk: "Твій код — {0}. Збережи його: з ним ти зможеш повернутися до своїх відповідей.",
                ru: "Твой код — {0}. Сохрани его: с ним ты сможешь вернуться к своим ответам.")
        case .goingOnInStartedLanguage:
            return Words(
                en: "This lesson goes on in the language it was started in ({0}). New lessons will be in {1}.",
                uk: "Цей урок триває мовою, якою його почато ({0}). Нові уроки будуть такою мовою: {1}.",
                ru: "Этот урок продолжается на языке, на котором его начали ({0}). Новые уроки будут на этом языке: {1}.")
        case .goingOn:
            return Words(
                en: "Going on where you stopped.",
                uk: "Продовжуємо з того місця, де ти зупинився чи зупинилася.",
                ru: "Продолжаем с того места, где ты остановился или остановилась.")
        case .savedOnQuit:
            return Words(
                en: "Your answers are saved. Your code is {0}; to go on: {1}",
                uk: "Твої відповіді збережено. Твій код — {0}; щоб продовжити: {1}",
                ru: "Твои ответы сохранены. Твой код — {0}; чтобы продолжить: {1}")
        case .savedAtEndOfInput:
            return Words(
                en: "The input ended; your answers are saved. Your code is {0}; to go on: {1}",
                uk: "Введення закінчилося; твої відповіді збережено. Твій код — {0}; щоб продовжити: {1}",
                ru: "Ввод закончился; твои ответы сохранены. Твой код — {0}; чтобы продолжить: {1}")
        case .savedOnInterruptWithCode:
            return Words(
                en: "Saved. Your code is {0}; to go on: {1}",
                uk: "Збережено. Твій код — {0}; щоб продовжити: {1}",
                ru: "Сохранено. Твой код — {0}; чтобы продолжить: {1}")
        case .comeBackWithCode:
            return Words(
                en: "Your code is {0}. To come back: {1}",
                uk: "Твій код — {0}. Щоб повернутися: {1}",
                ru: "Твой код — {0}. Чтобы вернуться: {1}")
        case .stoppedBeforeALesson:
            return Words(
                en: "Stopped before a lesson began: nothing new was recorded. Come back any time.",
                uk: "Зупинено до початку уроку: нічого нового не записано. Повертайся будь-коли.",
                ru: "Остановлено до начала урока: ничего нового не записано. Возвращайся когда угодно.")
        case .beforeWeStart:
            return Words(en: "Before we start", uk: "Перш ніж почати", ru: "Прежде чем начать")
        case .groundRules:
            return Words(en: "Our ground rules:", uk: "Наші правила:", ru: "Наши правила:")
        case .pressEnterToBegin:
            return Words(
                en: "Press Enter to begin · h help · q stop for now",
                uk: "Натисни Enter, щоб почати · h допомога · q зупинитися",
                ru: "Нажми Enter, чтобы начать · h помощь · q остановиться")
        case .typeYourCode:
            return Words(
                en: "Type your code (like K7M-4QX), or just press Enter if this is your first time:",
                uk: "Введи свій код (наприклад, K7M-4QX) або просто натисни Enter, якщо ти тут уперше:",
                ru: "Введи свой код (например, K7M-4QX) или просто нажми Enter, если ты здесь впервые:")
        case .codeNotFound:
            return Words(
                en: "No one has the code {0}. Check it and type it again, or press Enter to start as someone new.",
                uk: "Коду {0} немає. Перевір його і введи ще раз або натисни Enter, щоб почати як новий учасник.",
                ru: "Кода {0} нет. Проверь его и введи ещё раз или нажми Enter, чтобы начать как новый участник.")
        case .howOldAreYou:
            return Words(
                en: "How old are you? Type a number from {0} to {1}:",
                uk: "Скільки тобі років? Введи число від {0} до {1}:",
                ru: "Сколько тебе лет? Введи число от {0} до {1}:")
        case .ageOutsideRange:
            return Words(
                en: "These lessons are for ages {0} to {1}. Type a number from {0} to {1}, or q to stop.",
                uk: "Ці уроки для віку від {0} до {1} років. Введи число від {0} до {1} або q, щоб зупинитися.",
                ru: "Эти уроки для возраста от {0} до {1} лет. Введи число от {0} до {1} или q, чтобы остановиться.")
        case .choosePack:
            return Words(en: "Choose a topic:", uk: "Обери тему:", ru: "Выбери тему:")
        case .chooseLesson:
            return Words(en: "Choose a lesson:", uk: "Обери урок:", ru: "Выбери урок:")
        case .pressEnterForSuggested:
            return Words(
                en: "Type its number, or press Enter for {0} · h help · q stop",
                uk: "Введи номер або натисни Enter, щоб обрати {0} · h допомога · q зупинитися",
                ru: "Введи номер или нажми Enter, чтобы выбрать {0} · h помощь · q остановиться")
        case .noPackForAge:
            return Words(
                en: "There is no topic for your age here yet. An adult you trust can help you find one.",
                uk: "Тут поки немає теми для твого віку. Дорослий, якому довіряєш, допоможе її знайти.",
                ru: "Здесь пока нет темы для твоего возраста. Взрослый, которому доверяешь, поможет её найти.")
        case .packForAges:
            return Words(
                en: "“{0}” is for ages {1} to {2}.",
                uk: "«{0}» — для віку від {1} до {2} років.",
                ru: "«{0}» — для возраста от {1} до {2} лет.")
        case .packsForYourAge:
            return Words(
                en: "For age {0} there are: {1}.",
                uk: "Для віку {0} тут є: {1}.",
                ru: "Для возраста {0} здесь есть: {1}.")
        case .lessonDone:
            return Words(en: "done", uk: "виконано", ru: "пройдено")
        case .lessonUnfinished:
            return Words(en: "started", uk: "розпочато", ru: "начато")
        case .lessonNeeds:
            return Words(en: "after: {0}", uk: "після: {0}", ru: "после: {0}")
        case .lessonNotForAge:
            return Words(en: "for another age", uk: "для іншого віку", ru: "для другого возраста")
        case .chooseNumberInRange:
            return Words(
                en: "Type a number from {0} to {1}.",
                uk: "Введи число від {0} до {1}.",
                ru: "Введи число от {0} до {1}.")
        }
    }
}
