/// Phrasings that put responsibility on the person harmed (SAFEGUARDING.md). Matched
/// case-insensitively as substrings, so a stem like "наивн" catches every ending.
enum VictimBlamingPhrases {
    static let advice =
        "say what the other person did wrong and what the learner can do now; responsibility "
        + "always lies with the person who abuses (UKCIS 2022)"

    static let byLanguage: [String: [String]] = [
        "en": [
            "should have known", "your own fault", "your fault", "you were asking for it",
            "asking for it", "stupid", "naive", "what did you expect", "brought it on",
            "should not have sent", "shouldn't have sent", "only yourself to blame",
        ],
        "uk": [
            "сам винен", "сама винна", "самі винні", "твоя провина", "власна провина",
            "мав знати", "мала знати", "мали знати", "дурн", "наївн", "чого ти чекав",
            "чого ти очікував", "сам напросив", "сама напросил", "не треба було надсилати",
        ],
        "ru": [
            "сам виноват", "сама виновата", "сами виноваты", "твоя вина", "собственная вина",
            "должен был знать", "должна была знать", "глуп", "наивн", "дурак", "чего ты ожидал",
            "чего ты ждал", "сам напросил", "сама напросил", "не надо было отправлять",
        ],
    ]

    private static let phraseSets: [String: PhraseSet] = byLanguage.mapValues(PhraseSet.init)

    /// The listed phrases that occur in `text`, for its language (base subtag).
    static func matches(in text: String, language: String) -> [String] {
        let phraseSet =
            phraseSets[language]
            ?? language.firstIndex(of: "-").flatMap { phraseSets[String(language[..<$0])] }
        guard let phrases = phraseSet else { return [] }
        var found: [String] = []
        for phrase in phrases.matches(in: text) {
            // Report "asking for it" once, not again inside "you were asking for it".
            if !found.contains(where: { $0.contains(phrase) || phrase.contains($0) }) {
                found.append(phrase)
            } else if let shorter = found.firstIndex(where: { phrase.contains($0) }) {
                found[shorter] = phrase
            }
        }
        return found
    }
}
