/// The marker `oberih new pack` writes where the author has something to write: a text,
/// attribute or string that starts with `TODO:`.
public enum TemplatePlaceholder {
    public static let marker = "TODO:"

    /// Whether `text` (white space at its ends aside) is still a placeholder.
    public static func isPlaceholder(_ text: String) -> Bool {
        text.drop(while: \.isWhitespace).hasPrefix(marker)
    }
}

extension PackChecker {
    /// Rule `template-placeholder`: what the author has not written yet, one warning per
    /// text (naming its languages), per support contact and per plain string.
    mutating func checkTemplatePlaceholders() {
        let code = DiagnosticCode.templatePlaceholder
        pack.forEachText { text, _, name in
            let left = text.translations.filter { TemplatePlaceholder.isPlaceholder($0.text) }
            guard let first = left.first else { return }
            guard willReport(code) else { return countUnshown(code) }
            let languages = left.map(\.language).joined(separator: ", ")
            report(
                code, at: first.position, "\(name()) is still the template's placeholder (\(languages))",
                fix: "write it in place of the TODO: text, in each language")
        }
        if pack.authors.contains(where: TemplatePlaceholder.isPlaceholder) || TemplatePlaceholder.isPlaceholder(pack.licence) {
            report(
                code, at: pack.position, "the pack's authors or licence are still the template's placeholder",
                fix: "name the authors (people or an organisation) and the licence (an SPDX id, e.g. CC-BY-SA-4.0)")
        }
        for source in pack.sources where TemplatePlaceholder.isPlaceholder(source.citation) {
            report(
                code, at: source.position, "source '\(source.id)' is still the template's placeholder",
                fix: "write the citation (author, year, title) and its url, or remove the source and the references to it")
        }
        checkContactPlaceholders()
        checkAcceptedAnswerPlaceholders()
    }

    /// A contact still holding a placeholder: a child must never be shown it, so the
    /// message says the player refuses the pack until it is filled in.
    private mutating func checkContactPlaceholders() {
        for contact in pack.contacts {
            var parts: [String] = []
            if contact.phones.contains(where: TemplatePlaceholder.isPlaceholder) { parts.append("phone") }
            if contact.urls.contains(where: TemplatePlaceholder.isPlaceholder) { parts.append("url") }
            if contact.source.map(TemplatePlaceholder.isPlaceholder) == true { parts.append("source") }
            guard !parts.isEmpty else { continue }
            report(
                .templatePlaceholder, at: contact.position,
                "support contact '\(contact.id)' is still the template's placeholder (its \(parts.joined(separator: ", ")))",
                fix: "copy the contact from the service's own site, set verified to the day you checked it and status to "
                    + "what you checked; until then `oberih play` and `oberih facilitate` refuse the pack")
        }
    }

    private mutating func checkAcceptedAnswerPlaceholders() {
        for lesson in pack.lessons {
            for step in lesson.steps {
                guard case .question(let question) = step.content, case .shortAnswer(let accepted) = question.answer,
                    let first = accepted.first(where: { TemplatePlaceholder.isPlaceholder($0.text) })
                else { continue }
                report(
                    .templatePlaceholder, at: first.position,
                    "an accepted answer of \(step.label) is still the template's placeholder",
                    fix: "write each answer a learner may type, one <accept> per answer and language")
            }
        }
    }
}

extension PackValidation {
    /// Whether the pack still holds text the author has not written (`template-placeholder`):
    /// such a pack is never shown to learners.
    public var hasTemplatePlaceholders: Bool {
        diagnostics.contains { $0.code == .templatePlaceholder }
    }
}
