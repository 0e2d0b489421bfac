/// The player's words for a facilitator (`oberih facilitate`), in English, Ukrainian
/// and Russian. The facilitator is an adult and is addressed formally (ви, вы).
public enum FacilitatorWords {
    public enum Key: String, Sendable, Hashable, CaseIterable {
        /// Above a facilitator note: it is not read out.
        case forFacilitator
        /// The kind of a step, as a heading.
        case headingQuestion, headingScenario, headingVote, headingDiscussion, headingRolePlay, headingSurvey
        /// Under a vote's options; `{0}` an example tally such as `a=12 b=5 c=3`.
        case typeTally
        /// After `v`: how the group votes one by one.
        case voteOneByOne
        /// After each vote taken one by one; `{0}` how many so far.
        case voteCounted
        /// A line that is not one of the options while voting one by one.
        case voteNotAnOption
        /// Above the bar chart; `{0}` the number of votes.
        case voteResult
        /// When no votes were given.
        case noVotes
        /// A tally that is not one (`TallyProblem`): `{0}` what was typed, `{1}` an example
        /// tally or the vote's letters.
        case tallyNotANumber, tallyNotAnOption, tallyGivenTwice
        /// `c 1` for `c=1`: `{0}` what was typed, `{1}` the pair it means.
        case tallyMissingEquals
        /// Votes kept from before (a stop, Ctrl-C, the end of input); `{0}` how many.
        case votesKept
        /// Under the chart: keep the result or correct it.
        case confirmTally
        /// Above the chart when the votes outnumber those present: `{0}` votes, `{1}` present.
        case tallyOverPresent
        /// Before the first lesson: how many are here; `{0}` the cohort's size.
        case askPresent, askPresentNoDefault, presentNotANumber
        /// The prompt at each step.
        case groupAnswerPrompt
        /// The commands line: the facilitator's notes of this step.
        case commandNotes
        /// The notes screen's heading and way back.
        case notesBack
        /// On the shared screen when the card or the notes went to the notes terminal.
        case onNotesScreen
        /// The group's summary: `{0}` points, `{1}` out of, `{2}` percent.
        case groupScore, groupNothingScored
        /// The group's summary: where help is.
        case groupSummaryHelp
        /// After a lesson: `{0}` the cohort, `{1}` the command that shows its sessions.
        case groupRecorded
        /// The disclosure card (SAFEGUARDING.md): heading, steps, and the way back.
        case disclosureHeading
        case disclosureListen, disclosureBelieve, disclosureNoWhy, disclosureRightToTell, disclosureNoSecret
        case disclosureNoImages, disclosureWriteDown, disclosurePassOn, disclosurePause, disclosureAfterCare
        case disclosureNumbers, disclosureSources, disclosureBack
        /// The commands line of a group session.
        case commandDisclosure
        /// After a lesson: `{0}` the next lesson's title.
        case nextLessonPrompt
        case allLessonsDone
        /// The saved messages; `{0}` the command that goes on.
        case groupSaved
        /// Under an unverified contact on the disclosure card.
        case contactUnverified
    }

    /// The text of `key` in `language` (as `PlayerWords.text`).
    public static func text(_ key: Key, language: String, values: [String] = []) -> String {
        let words = words(for: key)
        let template: String
        switch PlayerWords.baseLanguage(language) {
        case "uk": template = words.uk
        case "ru": template = words.ru
        default: template = words.en
        }
        return PlayerWords.fill(template, with: values)
    }

    /// The disclosure card's steps, in order.
    public static let disclosureSteps: [Key] = [
        .disclosureListen, .disclosureBelieve, .disclosureRightToTell, .disclosureNoWhy, .disclosureNoSecret,
        .disclosureNoImages, .disclosureWriteDown, .disclosurePassOn, .disclosurePause, .disclosureAfterCare,
    ]

    /// The table. A switch, so that a key without all three languages does not compile.
    static func words(for key: Key) -> PlayerWords.Words {
        typealias Words = PlayerWords.Words
        switch key {
        case .forFacilitator:
            return Words(
                en: "For the facilitator (not to read out):",
                uk: "Для ведучого (не читати вголос):",
                ru: "Для ведущего (не читать вслух):")
        case .headingQuestion: return Words(en: "QUESTION", uk: "ПИТАННЯ", ru: "ВОПРОС")
        case .headingScenario: return Words(en: "SCENARIO", uk: "СИТУАЦІЯ", ru: "СИТУАЦИЯ")
        case .headingVote: return Words(en: "VOTE", uk: "ГОЛОСУВАННЯ", ru: "ГОЛОСОВАНИЕ")
        case .headingDiscussion: return Words(en: "DISCUSSION", uk: "ОБГОВОРЕННЯ", ru: "ОБСУЖДЕНИЕ")
        case .headingRolePlay: return Words(en: "ROLE PLAY", uk: "РОЛЬОВА ГРА", ru: "РОЛЕВАЯ ИГРА")
        case .headingSurvey: return Words(en: "SURVEY", uk: "ОПИТУВАННЯ", ru: "ОПРОС")
        case .typeTally:
            return Words(
                en: "Type the tally, like {0}, or v to take the votes one by one.",
                uk: "Введіть підсумок, наприклад {0}, або v, щоб збирати голоси по одному.",
                ru: "Введите итог, например {0}, или v, чтобы собирать голоса по одному.")
        case .voteOneByOne:
            return Words(
                en: "Each person types the letter of their choice and presses Enter; what they type is not shown. An empty line ends the vote. ! disclosure card · ? help · q save and stop",
                uk: "Кожен вводить літеру свого вибору й натискає Enter; введене не видно на екрані. Порожній рядок завершує голосування. ! якщо дитина розповідає · ? допомога · q зберегти й зупинити",
                ru: "Каждый вводит букву своего выбора и нажимает Enter; введённое не видно на экране. Пустая строка завершает голосование. ! если ребёнок рассказывает · ? помощь · q сохранить и остановить")
        case .voteCounted:
            return Words(en: "Counted: {0}", uk: "Враховано: {0}", ru: "Учтено: {0}")
        case .voteNotAnOption:
            return Words(
                en: "That is not one of the letters; type one of them, or an empty line to end.",
                uk: "Такої літери немає; введіть одну з них або порожній рядок, щоб завершити.",
                ru: "Такой буквы нет; введите одну из них или пустую строку, чтобы завершить.")
        case .voteResult:
            return Words(en: "Result (votes: {0})", uk: "Результат (голосів: {0})", ru: "Результат (голосов: {0})")
        case .noVotes:
            return Words(
                en: "No votes were counted; type the tally again, or v.",
                uk: "Жодного голосу не враховано; введіть підсумок ще раз або v.",
                ru: "Ни одного голоса не учтено; введите итог ещё раз или v.")
        case .tallyNotANumber:
            return Words(
                en: "{0}: the count is not a number. Type the tally like {1}.",
                uk: "{0}: кількість — не число. Введіть підсумок так: {1}.",
                ru: "{0}: количество — не число. Введите итог так: {1}.")
        case .tallyNotAnOption:
            return Words(
                en: "{0} is not an option of this vote; its options are {1}.",
                uk: "{0} — не варіант цього голосування; його варіанти: {1}.",
                ru: "{0} — не вариант этого голосования; его варианты: {1}.")
        case .tallyGivenTwice:
            return Words(
                en: "{0} is given twice; give each option once, like {1}.",
                uk: "{0} вказано двічі; вкажіть кожен варіант один раз, наприклад {1}.",
                ru: "{0} указан дважды; укажите каждый вариант один раз, например {1}.")
        case .tallyMissingEquals:
            return Words(
                en: "{0}: put = between the option and its count, like {1}.",
                uk: "{0}: поставте = між варіантом і кількістю, наприклад {1}.",
                ru: "{0}: поставьте = между вариантом и количеством, например {1}.")
        case .votesKept:
            return Words(
                en: "{0} votes taken before were kept. Go on taking votes one by one.",
                uk: "Збережено голосів, поданих раніше: {0}. Продовжуйте збирати голоси по одному.",
                ru: "Сохранено голосов, поданных раньше: {0}. Продолжайте собирать голоса по одному.")
        case .confirmTally:
            return Words(
                en: "Enter: keep this result and go on · c: correct it",
                uk: "Enter: зберегти результат і йти далі · c: виправити",
                ru: "Enter: сохранить результат и идти дальше · c: исправить")
        case .tallyOverPresent:
            return Words(
                en: "{0} votes, but {1} people are here. Check the tally; c corrects it.",
                uk: "Голосів: {0}, а присутніх: {1}. Перевірте підсумок; c — виправити.",
                ru: "Голосов: {0}, а присутствующих: {1}. Проверьте итог; c — исправить.")
        case .askPresent:
            return Words(
                en: "How many are here today? Type a number, or press Enter for {0} (the whole cohort).",
                uk: "Скільки людей сьогодні присутні? Введіть число або натисніть Enter для {0} (уся група).",
                ru: "Сколько человек сегодня присутствуют? Введите число или нажмите Enter для {0} (вся группа).")
        case .askPresentNoDefault:
            return Words(
                en: "How many are here today? Type a number, or press Enter to leave it out.",
                uk: "Скільки людей сьогодні присутні? Введіть число або натисніть Enter, щоб пропустити.",
                ru: "Сколько человек сегодня присутствуют? Введите число или нажмите Enter, чтобы пропустить.")
        case .presentNotANumber:
            return Words(
                en: "Type the number of people here, like 24, or press Enter.",
                uk: "Введіть кількість присутніх, наприклад 24, або натисніть Enter.",
                ru: "Введите число присутствующих, например 24, или нажмите Enter.")
        case .groupAnswerPrompt:
            return Words(en: "The group's answer:", uk: "Відповідь групи:", ru: "Ответ группы:")
        case .commandNotes:
            return Words(en: "n your notes", uk: "n ваші нотатки", ru: "n ваши заметки")
        case .notesBack:
            return Words(
                en: "Press Enter to go back to the class's screen",
                uk: "Натисніть Enter, щоб повернутися до екрана для класу",
                ru: "Нажмите Enter, чтобы вернуться к экрану для класса")
        case .onNotesScreen:
            return Words(
                en: "(on your notes screen)", uk: "(на вашому екрані нотаток)", ru: "(на вашем экране заметок)")
        case .groupScore:
            return Words(
                en: "The group's answers: {0} of {1} points ({2}%).",
                uk: "Відповіді групи: {0} з {1} балів ({2}%).",
                ru: "Ответы группы: {0} из {1} баллов ({2}%).")
        case .groupNothingScored:
            return Words(
                en: "Nothing in this lesson was scored: it was about talking and thinking together.",
                uk: "У цьому уроці нічого не оцінювали: він про те, щоб говорити й думати разом.",
                ru: "В этом уроке ничего не оценивали: он о том, чтобы говорить и думать вместе.")
        case .groupSummaryHelp:
            return Words(
                en: "If something in this lesson worried anyone, h shows where to find help, now or later.",
                uk: "Якщо щось у цьому уроці когось стривожило, h покаже, де знайти допомогу, зараз чи пізніше.",
                ru: "Если что-то в этом уроке кого-то встревожило, h покажет, где найти помощь, сейчас или позже.")
        case .groupRecorded:
            return Words(
                en: "Saved for the cohort '{0}': the group's answers, tallies and activities. To see them: {1}",
                uk: "Збережено для групи «{0}»: відповіді, підсумки голосувань і вправи. Переглянути: {1}",
                ru: "Сохранено для группы «{0}»: ответы, итоги голосований и упражнения. Посмотреть: {1}")
        case .disclosureHeading:
            return Words(
                en: "If a child tells you about harm",
                uk: "Якщо дитина розповідає вам про кривду",
                ru: "Если ребёнок рассказывает вам о причинённом вреде")
        case .disclosureListen:
            return Words(
                en: "Listen calmly, and let the child set the pace.",
                uk: "Вислухайте спокійно; нехай дитина сама обирає темп.",
                ru: "Выслушайте спокойно; пусть ребёнок сам выбирает темп.")
        case .disclosureBelieve:
            return Words(
                en: "Believe them, stay calm, and tell them it is not their fault.",
                uk: "Повірте дитині, зберігайте спокій і скажіть, що вона не винна.",
                ru: "Поверьте ребёнку, сохраняйте спокойствие и скажите, что он не виноват.")
        case .disclosureNoWhy:
            return Words(
                en: "Do not investigate or question: do not ask \"why\" or leading questions, and do not confront the person they name.",
                uk: "Не розслідуйте й не розпитуйте: не питайте «чому», не ставте навідних запитань і не з'ясовуйте стосунків із людиною, яку назвала дитина.",
                ru: "Не расследуйте и не расспрашивайте: не спрашивайте «почему», не задавайте наводящих вопросов и не выясняйте отношений с человеком, которого назвал ребёнок.")
        case .disclosureNoImages:
            return Words(
                en: "Do not look at, copy or forward any image, and do not ask the child to show or send one.",
                uk: "Не переглядайте, не копіюйте й не пересилайте жодних зображень і не просіть дитину їх показати чи надіслати.",
                ru: "Не просматривайте, не копируйте и не пересылайте никаких изображений и не просите ребёнка их показать или прислать.")
        case .disclosureAfterCare:
            return Words(
                en: "Afterwards: check in with the child, tell them what happens next, and get support for yourself from your lead.",
                uk: "Потім: поцікавтеся, як дитина, поясніть, що буде далі, і попросіть підтримки для себе у відповідального.",
                ru: "Потом: узнайте, как ребёнок, объясните, что будет дальше, и попросите поддержки для себя у ответственного.")
        case .disclosureNumbers:
            return Words(
                en: "Numbers to call (if the child is in danger now, call the police):",
                uk: "Куди телефонувати (якщо дитині загрожує небезпека зараз, телефонуйте в поліцію):",
                ru: "Куда звонить (если ребёнку угрожает опасность сейчас, звоните в полицию):")
        case .disclosureSources:
            return Words(
                en: "Sources: UKCIS, Sharing nudes and semi-nudes: advice for education settings (2024); NSPCC Learning, Recognising and responding to abuse (2023).",
                uk: "Джерела: UKCIS, Sharing nudes and semi-nudes: advice for education settings (2024); NSPCC Learning, Recognising and responding to abuse (2023).",
                ru: "Источники: UKCIS, Sharing nudes and semi-nudes: advice for education settings (2024); NSPCC Learning, Recognising and responding to abuse (2023).")
        case .disclosureRightToTell:
            return Words(
                en: "Say they were right to tell you.",
                uk: "Скажіть, що дитина правильно зробила, що розповіла.",
                ru: "Скажите, что ребёнок правильно сделал, что рассказал.")
        case .disclosureNoSecret:
            return Words(
                en: "Never promise to keep it secret; say whom you will tell, and why.",
                uk: "Ніколи не обіцяйте зберегти це в таємниці; скажіть, кому розповісте і навіщо.",
                ru: "Никогда не обещайте сохранить это в тайне; скажите, кому расскажете и зачем.")
        case .disclosureWriteDown:
            return Words(
                en: "Write down their words, as they said them, as soon as you can.",
                uk: "Якомога швидше запишіть слова дитини так, як вона їх сказала.",
                ru: "Как можно скорее запишите слова ребёнка так, как он их сказал.")
        case .disclosurePassOn:
            return Words(
                en: "Pass it to the safeguarding lead without delay.",
                uk: "Без зволікання передайте це відповідальному за захист дітей.",
                ru: "Без промедления передайте это ответственному за защиту детей.")
        case .disclosurePause:
            return Words(
                en: "Pause the session; do not switch straight back into safety teaching. q saves it for later.",
                uk: "Зробіть паузу в занятті; не повертайтеся одразу до навчання безпеки. q збереже заняття на потім.",
                ru: "Сделайте паузу в занятии; не возвращайтесь сразу к обучению безопасности. q сохранит занятие на потом.")
        case .disclosureBack:
            return Words(
                en: "Press Enter to go back to the same place · q save and stop",
                uk: "Натисніть Enter, щоб повернутися на те саме місце · q зберегти й зупинити",
                ru: "Нажмите Enter, чтобы вернуться на то же место · q сохранить и остановить")
        case .commandDisclosure:
            return Words(en: "d disclosure card", uk: "d якщо дитина розповідає", ru: "d если ребёнок рассказывает")
        case .nextLessonPrompt:
            return Words(
                en: "Next: {0}. Press Enter to start it, or q to stop here.",
                uk: "Далі: {0}. Натисніть Enter, щоб почати, або q, щоб зупинитися.",
                ru: "Дальше: {0}. Нажмите Enter, чтобы начать, или q, чтобы остановиться.")
        case .allLessonsDone:
            return Words(
                en: "This group has done every lesson of the pack.",
                uk: "Ця група пройшла всі уроки набору.",
                ru: "Эта группа прошла все уроки набора.")
        case .contactUnverified:
            return Words(
                en: "Not verified: these details may have changed. Check them before you pass them on.",
                uk: "Не перевірено: ці дані могли змінитися. Перевірте їх, перш ніж передавати.",
                ru: "Не проверено: эти данные могли измениться. Проверьте их, прежде чем передавать.")
        case .groupSaved:
            return Words(
                en: "The group's session is saved. To go on: {0}",
                uk: "Заняття групи збережено. Щоб продовжити: {0}",
                ru: "Занятие группы сохранено. Чтобы продолжить: {0}")
        }
    }
}
