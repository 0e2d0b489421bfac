import PackXML

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
        var undeclared = UndeclaredLanguages()
        pack.forEachText { text, _, name in
            undeclared.textCount += 1
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
                    undeclared.count(translation, in: name)
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
        reportUndeclared(undeclared)
    }

    /// Texts in languages the pack does not declare, counted per language: one warning
    /// each, naming how many texts have it and, for the first few languages, which lack
    /// it, since a translation under way is what it usually is (docs/translation.md).
    struct UndeclaredLanguages {
        var textCount = 0
        var languages: [(language: String, position: SourcePosition?, firstText: String, count: Int)] = []
        var index: [String: Int] = [:]

        mutating func count(_ translation: LocalizedText.Translation, in name: () -> String) {
            if let known = index[translation.language] {
                languages[known].count += 1
            } else {
                index[translation.language] = languages.count
                languages.append((translation.language, translation.position, name(), 1))
            }
        }
    }

    /// One `undeclared-language` warning per language; the texts lacking it are named for
    /// at most `namedLanguages` languages, each walk stopping after `namedTexts` names.
    mutating func reportUndeclared(_ undeclared: UndeclaredLanguages) {
        let namedLanguages = 3
        let namedTexts = 3
        for (order, entry) in undeclared.languages.enumerated() {
            guard willReport(.undeclaredLanguage) else {
                countUnshown(.undeclaredLanguage)
                continue
            }
            let language = entry.language
            let missing = undeclared.textCount - entry.count
            var message =
                "'\(language)' is not among the pack's langs, so no learner sees its texts; "
                + "\(entry.count) of \(undeclared.textCount) texts have one (the first: \(entry.firstText))"
            if missing > 0, order < namedLanguages {
                var names: [String] = []
                pack.forEachText { text, _, name in
                    if names.count < namedTexts, text.text(exactly: language) == nil { names.append(name()) }
                }
                message += "; \(missing) still lack one: " + names.joined(separator: "; ")
                    + (missing > names.count ? "; …" : "")
            }
            report(
                .undeclaredLanguage, at: entry.position, message,
                fix: missing == 0
                    ? "add '\(language)' to the pack's langs"
                    : "translate the rest (`oberih translate status` counts them), then add '\(language)' to langs; "
                        + "keep the texts written so far")
        }
    }

    /// `en uk ru`, or the first few and how many more when the list is long.
    static func shortList(_ languages: [String]) -> String {
        let shown = 10
        guard languages.count > shown else { return languages.joined(separator: " ") }
        return languages.prefix(shown).joined(separator: " ") + " … (\(languages.count) in all)"
    }
}
