extension PackChecker {
    /// Every text is given in every language the pack declares, once, and in no other.
    mutating func checkLanguages() {
        let declared = pack.languages
        if !declared.isEmpty, !declared.contains(pack.defaultLanguage) {
            report(
                .defaultLanguageUndeclared, at: packPosition(of: "default-lang"),
                "the default language '\(pack.defaultLanguage)' is not among the pack's languages "
                    + "(\(declared.joined(separator: " ")))",
                fix: "add it to langs, or choose one of them")
        }
        let declaredSet = Set(declared)
        for entry in pack.labeledTexts {
            var seen: Set<String> = []
            for translation in entry.text.translations {
                if !seen.insert(translation.language).inserted {
                    report(
                        .duplicateTranslation, at: translation.position,
                        "\(entry.label) has two '\(translation.language)' texts",
                        fix: "keep one <t lang=\"\(translation.language)\">")
                } else if !declaredSet.contains(translation.language), !translation.language.isEmpty {
                    report(
                        .undeclaredLanguage, at: translation.position,
                        "\(entry.label) has a '\(translation.language)' text, but the pack does not declare "
                            + "that language, so no learner will see it",
                        fix: "add '\(translation.language)' to the pack's langs, or remove this text")
                }
            }
            for language in declared where entry.text.text(exactly: language) == nil {
                report(
                    .missingTranslation, at: entry.text.position,
                    "\(entry.label) has no '\(language)' text",
                    fix: "add <t lang=\"\(language)\">…</t> (the pack declares langs=\"\(declared.joined(separator: " "))\")")
            }
        }
    }
}
