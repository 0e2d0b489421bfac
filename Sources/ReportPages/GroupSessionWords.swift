/// The words of the page's group sessions section, in one language (like `ReportWords`:
/// no defaults, so a language cannot leave a word out).
struct GroupSessionWords {
    var heading: String
    var none: String
    var sectionHow: String
    var started: String
    var finished: String
    var notFinished: String
    var stepColumn: String
    var whatColumn: String
    var answered: String
    var verdicts: [String: String]
    var endingReached: String
    var noEnding: String
    var held: String
    var skipped: String
    var notReached: String
    var votesTitle: (String) -> String
    var votesDescription: (Int) -> String
    var votesHow: String
    var noVotes: String
    var tooFewVotes: (Int, Int) -> String
    var optionColumn: String
    var votesColumn: String
    var shareColumn: String
    var votesCast: (Int) -> String

    static func of(_ language: String) -> GroupSessionWords? {
        switch language {
        case "en": english
        case "uk": ukrainian
        case "ru": russian
        default: nil
        }
    }

    static var english: GroupSessionWords { GroupSessionWords(
        heading: "Group sessions",
        none: "No lesson has been led with the whole cohort yet (oberih facilitate).",
        sectionHow:
            "One block per lesson a facilitator led with the whole cohort, oldest first: each vote as a chart, "
            + "the answers the group agreed on, the scenario endings it reached and the discussions held. "
            + "A group's answers are not in the learners' scores.",
        started: "Started", finished: "Finished", notFinished: "not finished",
        stepColumn: "Step", whatColumn: "What the group did",
        answered: "The group answered",
        verdicts: ["correct": "right", "partly": "partly right", "wrong": "not right"],
        endingReached: "Ending reached", noEnding: "no ending reached",
        held: "held", skipped: "skipped", notReached: "not reached",
        votesTitle: { "Votes at \($0)" },
        votesDescription: { "Bars: how many of the \($0) votes cast went to each option." },
        votesHow:
            "Each bar is one option; its length is its share of the votes cast. The facilitator counted the votes; "
            + "no one's own vote is stored.",
        noVotes: "no votes counted",
        tooFewVotes: { votes, least in "\(votes) votes, fewer than \(least): not shown, so that no one's vote can be told." },
        optionColumn: "Option", votesColumn: "Votes", shareColumn: "Share of votes",
        votesCast: { "\($0) votes cast" }) }

    static var ukrainian: GroupSessionWords { GroupSessionWords(
        heading: "Групові заняття",
        none: "Жодного уроку ще не проведено з усією групою (oberih facilitate).",
        sectionHow:
            "Один блок на кожен урок, який ведучий провів з усією групою, від найдавнішого: кожне голосування "
            + "діаграмою, відповіді, про які група домовилася, фінали сценаріїв, до яких вона дійшла, і проведені "
            + "обговорення. Відповіді групи не входять до балів учнів.",
        started: "Почато", finished: "Завершено", notFinished: "не завершено",
        stepColumn: "Крок", whatColumn: "Що зробила група",
        answered: "Відповідь групи",
        verdicts: ["correct": "правильно", "partly": "частково правильно", "wrong": "неправильно"],
        endingReached: "Фінал", noEnding: "фіналу не досягнуто",
        held: "проведено", skipped: "пропущено", notReached: "не дійшли",
        votesTitle: { "Голоси: \($0)" },
        votesDescription: { "Смуги: скільки з \($0) поданих голосів отримав кожен варіант." },
        votesHow:
            "Кожна смуга — один варіант; її довжина — його частка поданих голосів. Голоси порахував ведучий; "
            + "голос окремої людини не зберігається.",
        noVotes: "голоси не пораховано",
        tooFewVotes: { votes, least in
            "Голосів: \(votes), менше ніж \(least): не показано, щоб нічий голос не можна було впізнати."
        },
        optionColumn: "Варіант", votesColumn: "Голоси", shareColumn: "Частка голосів",
        votesCast: { "подано голосів: \($0)" }) }

    static var russian: GroupSessionWords { GroupSessionWords(
        heading: "Групповые занятия",
        none: "Ни один урок ещё не проведён со всей группой (oberih facilitate).",
        sectionHow:
            "Один блок на каждый урок, который ведущий провёл со всей группой, от самого раннего: каждое "
            + "голосование диаграммой, ответы, о которых группа договорилась, концовки сценариев, до которых она "
            + "дошла, и проведённые обсуждения. Ответы группы не входят в баллы учеников.",
        started: "Начато", finished: "Завершено", notFinished: "не завершено",
        stepColumn: "Шаг", whatColumn: "Что сделала группа",
        answered: "Ответ группы",
        verdicts: ["correct": "верно", "partly": "частично верно", "wrong": "неверно"],
        endingReached: "Концовка", noEnding: "концовка не достигнута",
        held: "проведено", skipped: "пропущено", notReached: "не дошли",
        votesTitle: { "Голоса: \($0)" },
        votesDescription: { "Полосы: сколько из \($0) поданных голосов получил каждый вариант." },
        votesHow:
            "Каждая полоса — один вариант; её длина — его доля поданных голосов. Голоса подсчитал ведущий; "
            + "голос отдельного человека не сохраняется.",
        noVotes: "голоса не подсчитаны",
        tooFewVotes: { votes, least in
            "Голосов: \(votes), меньше чем \(least): не показано, чтобы ничей голос нельзя было узнать."
        },
        optionColumn: "Вариант", votesColumn: "Голоса", shareColumn: "Доля голосов",
        votesCast: { "подано голосов: \($0)" }) }
}
