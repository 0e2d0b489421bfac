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
        pack.forEachText { text, _, name in
            let translations = text.translations
            for (index, translation) in translations.enumerated() {
                // Texts have a handful of translations: a linear scan beats a Set here.
                if translations[..<index].contains(where: { $0.language == translation.language }) {
                    report(
                        .duplicateTranslation, at: translation.position,
                        "\(name()) has two '\(translation.language)' texts",
                        fix: "keep one <t lang=\"\(translation.language)\">")
                } else if !declared.contains(translation.language), !translation.language.isEmpty {
                    report(
                        .undeclaredLanguage, at: translation.position,
                        "\(name()) has a '\(translation.language)' text, but the pack does not declare "
                            + "that language, so no learner will see it",
                        fix: "add '\(translation.language)' to the pack's langs, or remove this text")
                }
            }
            for language in declared where text.text(exactly: language) == nil {
                report(
                    .missingTranslation, at: text.position,
                    "\(name()) has no '\(language)' text",
                    fix: "add <t lang=\"\(language)\">…</t> (the pack declares langs=\"\(declared.joined(separator: " "))\")")
            }
        }
    }
}
