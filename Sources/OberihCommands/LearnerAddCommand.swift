import ArgumentParser
import Foundation
import ProgressStore

/// `oberih learner add --cohort C (--age N | --age-band LOW-HIGH) [--count K] ...`.
struct LearnerAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add learners to a cohort, each under a new code.",
        discussion: """
            The new codes go to stdout, one per line, ready to print and hand out; a \
            summary goes to stderr. With --json, {formatVersion, cohort, learners: [{code, \
            age, ageBand, language, country, createdAt}]} goes to stdout instead of the \
            codes. All the learners are added in one transaction, or none.

            Oberih is written for ages 10 to 18: give exactly one of --age and --age-band, \
            within that range. No name is asked for or kept.

            Exit status: 0 added, 2 usage error, no such cohort, or a store that cannot be \
            opened.
            """
    )

    @Option(help: "The cohort to add the learners to.", completion: Completions.cohorts)
    var cohort: String

    @Option(parsing: .unconditional, help: "The learners' age in years (10 to 18).")
    var age: Int?

    @Option(
        help: ArgumentHelp(
            "The learners' age band, such as 13-15, when their exact age is not recorded.", valueName: "low-high"))
    var ageBand: String?

    @Option(parsing: .unconditional, help: "How many learners to add (1 to 1000).")
    var count = 1

    @Option(
        help: "The learners' language (a language tag such as en, uk or pt-BR).", completion: Completions.languages)
    var language = "en"

    @Option(help: ArgumentHelp("The learners' country, as an ISO 3166 alpha-2 code such as GB or UA.", valueName: "cc"))
    var country: String?

    @OptionGroup var options: StoreOptions

    func validate() throws {
        switch (age, ageBand) {
        case (nil, nil):
            throw ValidationError(
                "give the learners' age with --age N or --age-band LOW-HIGH (Oberih is for \(SupportedAges.words))")
        case (.some, .some):
            throw ValidationError("give either --age or --age-band, not both")
        case (let age?, nil):
            guard SupportedAges.range.contains(age: age) else {
                throw ValidationError(SupportedAges.outOfRange("--age \(age)"))
            }
        case (nil, let band?):
            _ = try Self.ageBand(band)
        }
        guard (1...1000).contains(count) else {
            throw ValidationError("--count must be a positive number: 1 to 1000 learners at a time (not \(count))")
        }
        _ = try Self.language(language)
        if let country { _ = try Self.country(country) }
    }

    func run() throws {
        let cohortName = cohort.trimmingCharacters(in: .whitespaces)
        let band = try ageBand.map(Self.ageBand)
        let language = try Self.language(language)
        let country = try country.map(Self.country)
        let learners = try options.withStore { store in
            var generator = SystemRandomNumberGenerator()
            return try store.addLearners(
                ages: Array(repeating: age, count: count), cohortName: cohortName, ageBand: band, language: language,
                country: country, at: Date(), generator: &generator)
        }
        if options.json {
            try StoreOutput.printJSON(StoreJSON.LearnerList(cohort: cohortName, learners: learners.map { .init($0) }))
        } else {
            try StoreOutput.print(learners.map { $0.code + "\n" }.joined())
        }
        let details = [
            age.map { "age \($0)" } ?? band.map { "ages \($0)" }, "language \(language)",
            country.map { "country \($0)" },
        ]
        StoreOutput.message(
            "added \(StoreOutput.counted(learners.count, "learner")) to cohort '\(StoredText.shownSafely(cohortName))' ("
                + details.compactMap { $0 }.joined(separator: ", ") + ") in \(options.path)")
    }

    /// "13-15" (spaces allowed around the dash), within 10 to 18, low below high.
    static func ageBand(_ text: String) throws -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
        guard parts.count == 2, let low = parts[0], let high = parts[1] else {
            throw ValidationError("--age-band takes two ages joined by a dash, such as 13-15")
        }
        guard SupportedAges.range.contains(age: low), SupportedAges.range.contains(age: high) else {
            throw ValidationError(SupportedAges.outOfRange("--age-band \(text)"))
        }
        guard low < high else {
            throw ValidationError(
                low == high
                    ? "--age-band \(text) is a single age; give --age \(low) instead"
                    : "--age-band gives the lower age first, such as \(high)-\(low)")
        }
        return "\(low)-\(high)"
    }

    /// A language tag: a primary language of 2 or 3 letters and optional subtags, such as
    /// en, uk or pt-BR, in BCP 47's conventional case.
    static func language(_ text: String) throws -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let isLetters = { (part: Substring) in part.allSatisfy { $0.isASCII && $0.isLetter } }
        guard let primary = parts.first, (2...3).contains(primary.count), isLetters(primary),
            parts.dropFirst().allSatisfy({
                (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            })
        else {
            throw ValidationError("--language takes a language tag such as en, uk or pt-BR; '\(text)' is not one")
        }
        // BCP 47's conventional case: en, pt-BR, sr-Latn.
        let subtags = parts.dropFirst().map { part in
            switch part.count {
            case 2: part.uppercased()
            case 4: part.prefix(1).uppercased() + part.dropFirst().lowercased()
            default: part.lowercased()
            }
        }
        return ([primary.lowercased()] + subtags).joined(separator: "-")
    }

    /// An ISO 3166 alpha-2 code, upper-cased.
    static func country(_ text: String) throws -> String {
        let code = text.uppercased()
        let known = Set(Locale.Region.isoRegions.map(\.identifier))
        guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }), known.isEmpty || known.contains(code)
        else {
            let hint = code == "UK" ? " (the United Kingdom is GB)" : ""
            throw ValidationError(
                "--country takes an ISO 3166 alpha-2 code such as GB, UA or DE; '\(text)' is not one" + hint)
        }
        return code
    }
}
