/// The words of the comparison page (`ComparisonPage`) beyond the report page's own, in
/// one language; no defaults, so a language cannot leave a word out.
struct ComparisonWords {
    var title: String
    var cohorts: String
    var since: String
    var until: String
    var differentPacks: String
    var sideBySide: String
    var measureColumn: String
    var finishedPostTest: String
    var withBothTests: String
    var meanChange: String
    var groupSessions: String
    var tooFew: String
    var means: String
    var meansTitle: String
    var meansDescription: (Int) -> String
    var meansHow: String
    var preDot: String
    var postDot: String
    var cohortColumn: String
    var learnersColumn: String
    var difference: String
    var differenceOf: (String) -> String
    var differenceTitle: String
    var differenceDescription: (String) -> String
    var differenceHow: String
    var differenceColumn: String
    var intervalColumn: String
    var learnerGainDifferenceColumn: String
    var notGiven: (Int) -> String
    var noInterval: String
    var ownReports: String
    var terms: [(term: String, definition: String)]

    static func of(_ language: String) -> ComparisonWords? {
        switch language {
        case "en": english
        case "uk": ukrainian
        case "ru": russian
        default: nil
        }
    }

    static var english: ComparisonWords {
        ComparisonWords(
            title: "Cohorts compared", cohorts: "Cohorts", since: "Attempts started from", until: "Attempts started before",
            differentPacks:
                "The cohorts played different packs or versions: their tests differ, so compare their gains with care.",
            sideBySide: "Side by side", measureColumn: "Figure", finishedPostTest: "Learners who finished the post-test",
            withBothTests: "Learners with a pre-test and a post-test", meanChange: "Mean change (percentage points)",
            groupSessions: "Group sessions", tooFew: "too few to report safely",
            means: "Pre-test and post-test", meansTitle: "Mean pre-test and post-test score of each cohort",
            meansDescription: { "For each of the \($0) cohorts, a light dot at the mean pre-test score and a dark one at the mean post-test score, joined by a line." },
            meansHow:
                "Each row is a cohort. The line runs from the light dot (mean pre-test) to the dark dot (mean post-test): "
                + "the longer it runs to the right, the more the cohort's scores rose. A cohort too small to report safely has no row.",
            preDot: "light dot: mean pre-test", postDot: "dark dot: mean post-test",
            cohortColumn: "Cohort", learnersColumn: "Learners with both tests",
            difference: "Difference in gain", differenceOf: { "Each cohort is compared with the first, \($0)." },
            differenceTitle: "Difference in mean change from the first cohort, with its 95% interval",
            differenceDescription: { "For each cohort after \($0), a dot at how many percentage points more (right of 0) or fewer (left) its learners gained on average, and a line across its 95% interval." },
            differenceHow:
                "The dot is the difference between the cohorts' mean changes (post-test minus pre-test); the line is "
                + "its 95% interval (Welch). An interval that crosses the 0 line may be chance; one wholly on one side "
                + "is unlikely to be chance alone. Different groups of learners differ for many reasons besides the lessons.",
            differenceColumn: "Difference in mean change (points)", intervalColumn: "95% interval (Welch)",
            learnerGainDifferenceColumn: "Difference in mean normalised gain of learners",
            notGiven: { "not given: fewer than \($0) learners with both tests in one of the two cohorts" },
            noInterval: "no interval (no spread)",
            ownReports: "Each cohort's own report: oberih report --cohort NAME --format html.",
            terms: [
                (
                    "Difference in mean change",
                    "Each learner's change is the post-test score minus the pre-test score, in percentage points. The "
                        + "difference is one cohort's mean change minus the first cohort's."
                ),
                (
                    "Welch's interval",
                    "A 95% confidence interval for a difference between two independent groups' means that does not "
                        + "assume they have the same size or spread (Welch 1947)."
                ),
            ])
    }

    static var ukrainian: ComparisonWords {
        ComparisonWords(
            title: "Порівняння груп", cohorts: "Групи", since: "Спроби, розпочаті від", until: "Спроби, розпочаті до",
            differentPacks:
                "Групи проходили різні пакети або версії: їхні тести різняться, тож порівнюйте прирости обережно.",
            sideBySide: "Поруч", measureColumn: "Показник", finishedPostTest: "Учнів, які завершили підсумковий тест",
            withBothTests: "Учнів із вхідним і підсумковим тестом", meanChange: "Середня зміна (процентні пункти)",
            groupSessions: "Групові заняття", tooFew: "замало, щоб звітувати безпечно",
            means: "Вхідний і підсумковий тест", meansTitle: "Середній бал вхідного і підсумкового тесту кожної групи",
            meansDescription: { "Для кожної з \($0) груп світла точка — середній бал вхідного тесту, темна — підсумкового, їх з’єднує лінія." },
            meansHow:
                "Кожен рядок — група. Лінія йде від світлої точки (вхідний тест) до темної (підсумковий тест): що далі "
                + "вправо, то більше зросли бали групи. Групи, замалої для безпечного звіту, тут немає.",
            preDot: "світла точка: середнє вхідного тесту", postDot: "темна точка: середнє підсумкового тесту",
            cohortColumn: "Група", learnersColumn: "Учнів з обома тестами",
            difference: "Різниця в прирості", differenceOf: { "Кожну групу порівняно з першою, \($0)." },
            differenceTitle: "Різниця в середній зміні порівняно з першою групою, з 95% інтервалом",
            differenceDescription: { "Для кожної групи після \($0) точка показує, на скільки процентних пунктів більше (праворуч від 0) або менше (ліворуч) у середньому зросли бали її учнів, а лінія — 95% інтервал." },
            differenceHow:
                "Точка — різниця середніх змін груп (підсумковий тест мінус вхідний); лінія — її 95% інтервал (Велча). "
                + "Інтервал, що перетинає лінію 0, може бути випадковістю; інтервал цілком з одного боку навряд чи "
                + "пояснюється лише випадком. Різні групи учнів різняться з багатьох причин, не лише через уроки.",
            differenceColumn: "Різниця середньої зміни (пункти)", intervalColumn: "95% інтервал (Велча)",
            learnerGainDifferenceColumn: "Різниця середнього нормалізованого приросту учнів",
            notGiven: { "не наведено: в одній з двох груп менше ніж \($0) учнів з обома тестами" },
            noInterval: "інтервалу немає (немає розкиду)",
            ownReports: "Окремий звіт кожної групи: oberih report --cohort НАЗВА --format html.",
            terms: [
                (
                    "Різниця середньої зміни",
                    "Зміна кожного учня — бал підсумкового тесту мінус бал вхідного, у процентних пунктах. Різниця — "
                        + "середня зміна однієї групи мінус середня зміна першої."
                ),
                (
                    "Інтервал Велча",
                    "95% довірчий інтервал для різниці середніх двох незалежних груп, який не припускає, що вони "
                        + "однакові за розміром чи розкидом (Welch 1947)."
                ),
            ])
    }

    static var russian: ComparisonWords {
        ComparisonWords(
            title: "Сравнение групп", cohorts: "Группы", since: "Попытки, начатые с", until: "Попытки, начатые до",
            differentPacks:
                "Группы проходили разные пакеты или версии: их тесты различаются, поэтому сравнивайте приросты осторожно.",
            sideBySide: "Рядом", measureColumn: "Показатель", finishedPostTest: "Учеников, завершивших итоговый тест",
            withBothTests: "Учеников с входным и итоговым тестом", meanChange: "Среднее изменение (процентные пункты)",
            groupSessions: "Групповые занятия", tooFew: "слишком мало, чтобы отчитываться безопасно",
            means: "Входной и итоговый тест", meansTitle: "Средний балл входного и итогового теста каждой группы",
            meansDescription: { "Для каждой из \($0) групп светлая точка — средний балл входного теста, тёмная — итогового, их соединяет линия." },
            meansHow:
                "Каждая строка — группа. Линия идёт от светлой точки (входной тест) к тёмной (итоговый тест): чем "
                + "дальше вправо, тем сильнее выросли баллы группы. Группы, слишком маленькой для безопасного отчёта, здесь нет.",
            preDot: "светлая точка: среднее входного теста", postDot: "тёмная точка: среднее итогового теста",
            cohortColumn: "Группа", learnersColumn: "Учеников с обоими тестами",
            difference: "Разница в приросте", differenceOf: { "Каждая группа сравнивается с первой, \($0)." },
            differenceTitle: "Разница в среднем изменении по сравнению с первой группой, с 95% интервалом",
            differenceDescription: { "Для каждой группы после \($0) точка показывает, на сколько процентных пунктов больше (справа от 0) или меньше (слева) в среднем выросли баллы её учеников, а линия — 95% интервал." },
            differenceHow:
                "Точка — разница средних изменений групп (итоговый тест минус входной); линия — её 95% интервал (Уэлча). "
                + "Интервал, пересекающий линию 0, может быть случайностью; интервал целиком с одной стороны вряд ли "
                + "объясняется только случаем. Разные группы учеников различаются по многим причинам, не только из-за уроков.",
            differenceColumn: "Разница среднего изменения (пункты)", intervalColumn: "95% интервал (Уэлча)",
            learnerGainDifferenceColumn: "Разница среднего нормализованного прироста учеников",
            notGiven: { "не приводится: в одной из двух групп меньше \($0) учеников с обоими тестами" },
            noInterval: "интервала нет (нет разброса)",
            ownReports: "Отдельный отчёт каждой группы: oberih report --cohort НАЗВАНИЕ --format html.",
            terms: [
                (
                    "Разница среднего изменения",
                    "Изменение каждого ученика — балл итогового теста минус балл входного, в процентных пунктах. "
                        + "Разница — среднее изменение одной группы минус среднее изменение первой."
                ),
                (
                    "Интервал Уэлча",
                    "95% доверительный интервал для разницы средних двух независимых групп, не предполагающий, что они "
                        + "одинаковы по размеру или разбросу (Welch 1947)."
                ),
            ])
    }
}
