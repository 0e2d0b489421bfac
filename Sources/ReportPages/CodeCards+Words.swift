extension CodeCards {
    /// The cards' own words in English, Ukrainian and Russian (the pack gives its title
    /// and the contacts' names).
    enum Words {
        static let languages: Set<String> = ["en", "uk", "ru"]

        enum Key: CaseIterable {
            /// The page's title, before the cohort's name.
            case pageTitle
            /// Above the code.
            case yourCode
            /// Before the command that starts the pack.
            case toStart
            /// Above the help lines.
            case needHelp
            /// After a contact the pack marks unverified.
            case notVerified
            /// The last line of every card.
            case trustedAdult
        }

        /// `key` in `language` (`en`, `uk` or `ru`; anything else in English).
        static func word(_ key: Key, in language: String) -> String {
            let (en, uk, ru) = words(key)
            switch language {
            case "uk": return uk
            case "ru": return ru
            default: return en
            }
        }

        static func words(_ key: Key) -> (en: String, uk: String, ru: String) {
            switch key {
            case .pageTitle:
                return ("Learner codes", "Коди учнів", "Коды учеников")
            case .yourCode:
                return (
                    "Your code: keep it to come back where you stopped",
                    "Твій код: збережи його, щоб продовжити з того ж місця",
                    "Твой код: сохрани его, чтобы продолжить с того же места"
                )
            case .toStart:
                return ("To start, type:", "Щоб почати, набери:", "Чтобы начать, набери:")
            case .needHelp:
                return ("Need help?", "Потрібна допомога?", "Нужна помощь?")
            case .notVerified:
                return ("(not verified: ask an adult to check it)", "(не перевірено: попроси дорослого перевірити)",
                    "(не проверено: попроси взрослого проверить)")
            case .trustedAdult:
                return (
                    "You can always talk to an adult you trust.",
                    "Завжди можна поговорити з дорослим, якому довіряєш.",
                    "Всегда можно поговорить со взрослым, которому доверяешь."
                )
            }
        }
    }
}
