extension PackChecker {
    /// SAFEGUARDING.md: packs about sexual harm open with a content note, and feedback and
    /// scenario text never blame the person harmed.
    mutating func checkSafeguarding() {
        if pack.isAboutSexualHarm && pack.contentNote == nil {
            let reason = pack.isMarkedSensitive ? "is marked sensitive" : "is about \(pack.topic?.rawValue ?? "sexual harm")"
            report(
                .contentNoteMissing, at: pack.position,
                "the pack \(reason) but has no content note",
                fix: "add <content-note> after <licence>, saying what the pack deals with and that learners may pass")
        }
        pack.forEachText { text, isJudgement, name in
            guard isJudgement else { return }
            for translation in text.translations {
                for phrase in VictimBlamingPhrases.matches(in: translation.text, language: translation.language) {
                    report(
                        .victimBlaming, at: translation.position,
                        "\(name()) says \"\(phrase)\", which can read as blaming the person harmed",
                        fix: VictimBlamingPhrases.advice)
                }
            }
        }
    }
}
