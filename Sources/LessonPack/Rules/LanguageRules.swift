extension PackChecker {
    /// Every text is given in every language the pack declares, once, and in no other.
    ///
    /// O(translations + texts × languages), and languages are at most `maximumLanguages`.
    mutating func checkLanguages() {
        let declared = pack.languages
        if declared.count > Self.maximumLanguages {
            report(
                .tooManyLanguages, at: packPosition(of: "langs"),
                "the pack declares \(declared.count) languages; at most \(Self.maximumLanguages) are allowed",
                fix: "keep the languages the pack has texts in, or split it into packs per language group")
        }
        if !declared.isEmpty, !declared.contains(pack.defaultLanguage) {
            report(
                .defaultLanguageUndeclared, at: packPosition(of: "default-lang"),
                "the default language '\(pack.defaultLanguage)' is not among the pack's languages "
                    + "(\(Self.shortList(declared)))",
                fix: "add it to langs, or choose one of them")
        }
        let declaredSet = Set(declared)
        pack.forEachText { text, _, name in
            let translations = text.translations
            // A handful of translations is scanned; only a hostile text needs a set.
            var given: Set<String> = []
            for (index, translation) in translations.enumerated() {
                let isRepeated =
                    translations.count <= 8
                    ? translations[..<index].contains { $0.language == translation.language }
                    : !given.insert(translation.language).inserted
                if isRepeated {
                    report(
                        .duplicateTranslation, at: translation.position,
                        "\(name()) has two '\(translation.language)' texts",
                        fix: "keep one <t lang=\"\(translation.language)\">")
                } else if !declaredSet.contains(translation.language), !translation.language.isEmpty {
                    report(
                        .undeclaredLanguage, at: translation.position,
                        "\(name()) has a '\(translation.language)' text, but the pack does not declare "
                            + "that language, so no learner will see it",
                        fix: "add '\(translation.language)' to the pack's langs, or remove this text")
                }
            }
            for language in languages where text.text(exactly: language) == nil {
                guard willReport(.missingTranslation) else {
                    countUnshown(.missingTranslation)
                    continue
                }
                report(
                    .missingTranslation, at: text.position,
                    "\(name()) has no '\(language)' text",
                    fix: "add <t lang=\"\(language)\">…</t> (the pack declares langs=\"\(Self.shortList(declared))\")")
            }
        }
    }

    /// `en uk ru`, or the first few and how many more when the list is long.
    static func shortList(_ languages: [String]) -> String {
        let shown = 10
        guard languages.count > shown else { return languages.joined(separator: " ") }
        return languages.prefix(shown).joined(separator: " ") + " … (\(languages.count) in all)"
    }
}
