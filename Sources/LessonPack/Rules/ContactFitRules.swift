import PackXML

extension PackChecker {
    /// A text or ending that names its harm lists only contacts that can help with it: never
    /// an image-link hotline alone for a child who is being groomed or threatened.
    mutating func checkContactsFitHarms() {
        let contacts = Dictionary(pack.contacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for lesson in pack.lessons {
            for step in lesson.steps {
                switch step.content {
                case .text(let text):
                    checkFit(text.contacts, harms: text.harms, contacts: contacts, in: "text '\(step.id)'")
                case .scenario(let scenario):
                    for ending in scenario.endings {
                        checkFit(
                            ending.contacts, harms: ending.harms, contacts: contacts,
                            in: "ending '\(ending.id)' of scenario '\(step.id)'")
                    }
                default:
                    break
                }
            }
        }
    }

    private mutating func checkFit(
        _ references: [Reference], harms: [Harm], contacts: [String: SupportContact], in place: String
    ) {
        // Each harm once, however often the attribute repeats it.
        for harm in Harm.allCases where harms.contains(harm) {
            for reference in references {
                // An unknown id, or a contact that does not say what it is for, is reported by
                // its own rule.
                guard let contact = contacts[reference.id], !contact.services.isEmpty,
                    harm.fittingServices.isDisjoint(with: contact.services)
                else { continue }
                let serves = contact.services.map(\.rawValue).joined(separator: ", ")
                let fitting = SupportContact.Service.allCases.filter(harm.fittingServices.contains)
                    .map(\.rawValue).joined(separator: ", ")
                report(
                    .contactPurposeMismatch, at: reference.position,
                    "\(place) is about \(harm.rawValue) but lists support contact '\(contact.id)', which is for \(serves) only",
                    fix: "list a contact for \(fitting) instead (someone to talk to, the police), or take '\(contact.id)' off this list")
            }
        }
    }

    /// In a pack with a content note, the learner of every country it has contacts for (its
    /// contacts and the international ones together), and one from any other country (the
    /// international ones alone), can reach someone to talk to, the police or an emergency
    /// number, and a place to report or remove an image.
    mutating func checkContactCoverage() {
        guard pack.contentNote != nil else { return }
        let byCountry = Dictionary(grouping: pack.contacts, by: \.country)
        let international = byCountry[nil] ?? []
        // In file order, each country once.
        var seen: Set<String> = []
        let countries = pack.contacts.compactMap(\.country).filter { seen.insert($0).inserted }
        let needs: [(what: String, services: Set<SupportContact.Service>)] = [
            ("someone to talk to (talk)", [.talk]),
            ("the police or an emergency number (report-crime or emergency)", [.reportCrime, .emergency]),
            ("a place to report or remove an image (report-image-link or remove-image)", [.reportImageLink, .removeImage]),
        ]
        for country in countries + [nil] {
            let reachable = country == nil ? international : (byCountry[country] ?? []) + international
            guard let first = reachable.first ?? pack.contacts.first else { continue }
            let services = Set(reachable.flatMap(\.services))
            let missing = needs.filter { services.isDisjoint(with: $0.services) }.map(\.what)
            guard !missing.isEmpty else { continue }
            let whose = country.map { "a learner in \($0)" } ?? "a learner from another country (the international contacts alone)"
            report(
                .contactCoverage, at: first.position,
                "among the support contacts, \(whose) cannot reach \(missing.joined(separator: "; "))",
                fix: "add a contact for it to that country or to the international ones, with for=\"…\"")
        }
    }
}
