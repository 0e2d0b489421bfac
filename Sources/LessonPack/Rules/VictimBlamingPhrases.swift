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
            "должен был знать", "должна была знать", "глуп", "наивн", "чего ты ожидал",
            "чего ты ждал", "сам напросил", "сама напросил", "не надо было отправлять",
        ],
    ]

    /// The listed phrases that occur in `text`, for its language (base subtag).
    static func matches(in text: String, language: String) -> [String] {
        let base = String(language.split(separator: "-").first ?? "")
        guard let phrases = byLanguage[base] else { return [] }
        let folded = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var found: [String] = []
        for phrase in phrases where folded.contains(phrase) {
            // Report "asking for it" once, not again inside "you were asking for it".
            if !found.contains(where: { $0.contains(phrase) }) { found.append(phrase) }
        }
        return found
    }
}
