/// Writes the template's XML line by line: texts in each language, comments for the author.
struct TemplateWriter {
    let languages: [String]
    private(set) var text = ""

    init(languages: [String]) {
        self.languages = languages
    }

    mutating func line(_ depth: Int, _ content: String) {
        text += String(repeating: "  ", count: depth) + content + "\n"
    }

    mutating func comment(_ depth: Int, _ lines: String...) {
        let pad = String(repeating: "  ", count: depth)
        text += pad + "<!-- " + lines.joined(separator: "\n" + pad + "     ") + " -->\n"
    }

    /// A text element `name` whose `<t>` say what to write: "TODO: what" in the default
    /// language, "TODO: what (uk)" in the others; `written` gives finished texts by language.
    mutating func texts(_ depth: Int, _ name: String, _ what: String, attributes: String = "",
                        written: [String: String] = [:]) {
        line(depth, "<\(name)\(attributes)>")
        for (index, language) in languages.enumerated() {
            let content = written[language] ?? "TODO: \(what)" + (index == 0 ? "" : " (\(language))")
            line(depth + 1, "<t lang=\"\(language)\">\(content)</t>")
        }
        line(depth, "</\(name)>")
    }

    mutating func header(_ template: PackTemplate) {
        line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        comment(
            0, "A starter pack written by `oberih new pack`. Write your text wherever it says TODO:",
            "`oberih validate \(template.id).xml` lists every place still to fill in",
            "[template-placeholder], and `oberih help codes` explains each code.",
            "The format: \(template.documents)/pack-format.md; a guide: \(template.documents)/authoring.md.")
        comment(
            0, "risk: content, contact, conduct or contract. topic: online-bullying,",
            "sexualised-bullying, unwanted-sexualisation, grooming, sextortion, image-sharing,",
            "privacy, misinformation, wellbeing, gaming, scams or other. A pack about sexual",
            "harm (those topics, or sensitive=\"true\") needs a <content-note> (see below).",
            "minutes: an estimate for the whole pack.")
        line(0, "<pack xmlns=\"urn:oberih:pack:1\"")
        line(3, "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        line(3, "xsi:schemaLocation=\"urn:oberih:pack:1 schema/pack-1.xsd\"")
        line(3, "id=\"\(template.id)\" version=\"0.1.0\"")
        line(3, "default-lang=\"\(languages[0])\" langs=\"\(languages.joined(separator: " "))\"")
        line(3, "age-min=\"\(template.ages.minimum)\" age-max=\"\(template.ages.maximum)\"")
        line(3, "risk=\"content\" topic=\"other\" minutes=\"40\" sensitive=\"false\">")
        line(0, "")
    }

    mutating func packTexts() {
        texts(1, "title", "the pack's title, a few words")
        texts(1, "summary", "one sentence: what learners will be able to do")
        line(1, "<authors>")
        line(2, "<author>TODO: your name or your organisation's</author>")
        line(1, "</authors>")
        line(1, "<licence>TODO: an SPDX licence id, such as CC-BY-SA-4.0</licence>")
        comment(
            1, "Required for a pack about sexual harm: what it deals with, and that learners",
            "may pass. <content-note><t lang=\"…\">…</t></content-note>")
        line(1, "<ground-rules>")
        texts(2, "rule", "a ground rule", written: Self.mayPass)
        line(1, "</ground-rules>")
        comment(1, "What a learner can do after the pack; lessons, steps and tests name them.")
        line(1, "<objectives>")
        texts(2, "objective", "an objective, such as \"block and report an account\"", attributes: " id=\"objective-1\"")
        line(1, "</objectives>")
        comment(1, "What the surveys measure: awareness, saliency, attitudes, intentions or norms.")
        line(1, "<constructs>")
        texts(2, "construct", "what the survey statement measures", attributes: " id=\"construct-1\" kind=\"intentions\"")
        line(1, "</constructs>")
        comment(1, "Where the facts a step states come from; a step names them with sources=\"…\".")
        line(1, "<sources>")
        line(2, "<source id=\"source-1\">TODO: the citation: author, year, title</source>")
        line(1, "</sources>")
    }

    /// "You may pass": the one ground rule every pack has, already written.
    static let mayPass = [
        "en": "You may pass any question, and you can ask for help at any time.",
        "uk": "Ти можеш пропустити будь-яке питання й будь-коли попросити про допомогу.",
        "ru": "Ты можешь пропустить любой вопрос и в любой момент попросить о помощи.",
    ]

    mutating func contacts(verified: String) {
        comment(
            1, "Support contacts: a learner sees them on every screen. Copy each from the",
            "service's OWN site, never from memory; a child will call it. source: where you",
            "took it from; verified: the day you checked it (today's date is only a stand-in);",
            "status: operator, published or unverified; for: talk, report-crime, emergency,",
            "report-image-link, remove-image. country: UA, KZ, MD, … or international.",
            "While any TODO: is left, Oberih shows this pack to no learner (play, facilitate",
            "and pack install refuse it), so no child is ever shown a made-up contact.")
        line(1, "<support>")
        line(2, "<contact id=\"help-1\" country=\"international\" for=\"talk\" status=\"unverified\"")
        line(4, "source=\"TODO: the service's own web page\" verified=\"\(verified)\">")
        texts(3, "name", "the service's name")
        line(3, "<phone>TODO: the number, copied from the service's own site</phone>")
        texts(3, "hours", "opening hours, such as \"every day, 24 hours\"")
        texts(3, "purpose", "what a child can get there, such as \"talk to someone\"")
        line(2, "</contact>")
        line(1, "</support>")
        line(0, "")
    }
}
