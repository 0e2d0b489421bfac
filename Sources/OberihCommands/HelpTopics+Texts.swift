import Foundation
import LessonPack
import TerminalPlayer

extension HelpTopic {
    /// Where the documents are: beside an installed binary, else the source's docs/.
    static var docs: String { InstalledDocs.folder }

    static var formatText: String {
        """
        A lesson pack is one UTF-8 XML file, root <pack xmlns="urn:oberih:pack:1">,
        checked by the XSD pack-1.xsd and by `oberih validate`. It holds the pack's
        title, summary, authors, licence, ages (10-18), languages, risk and topic; an
        optional content note and ground rules; objectives, constructs, sources and
        support contacts; then lessons and assessments (pre-test, post-test, survey)
        made of steps:
        \(stepKindLines)
        Every text a learner reads has one <t lang="..."> per language.

        Start one with `oberih new pack ID --age 13-16 --lang en,uk`; check it with
        `oberih validate FILE` (`oberih help codes` explains each code).

        More: \(docs)/pack-format.md (every element), authoring.md (a guide),
        validation.md (the rules), assessment.md (writing test items).

        """
    }

    /// The step kinds, comma-separated, wrapped under 80 columns with an indent of two.
    static var stepKindLines: String {
        var lines: [String] = []
        var line = " "
        let kinds = StepKind.allCases.map(\.rawValue)
        for (index, kind) in kinds.enumerated() {
            let word = " " + kind + (index == kinds.count - 1 ? "." : ",")
            if line.count + word.count > 78 {
                lines.append(line)
                line = " "
            }
            line += word
        }
        return (lines + [line]).joined(separator: "\n")
    }

    static var codesText: String {
        let width = DiagnosticCode.allCases.map(\.rawValue.count).max() ?? 0
        let lines = DiagnosticCode.allCases.map { code in
            let severity = code.defaultSeverity == .error ? "E" : "W"
            return "  \(code.rawValue.padding(toLength: width, withPad: " ", startingAt: 0))  \(severity)  \(code.summary)"
        }
        return "Diagnostic codes of `oberih validate` (E error, W warning; --strict fails on both):\n"
            + lines.joined(separator: "\n") + "\n\nEach is explained with its thresholds in \(docs)/validation.md.\n"
    }

    static var keysText: String {
        func lines(_ keys: [PlayerKeys.Key]) -> String {
            keys.map { key in
                let typed = key.key + (key.word.map { " or \($0)" } ?? "")
                return "  " + typed.padding(toLength: 11, withPad: " ", startingAt: 0) + key.meaning
            }.joined(separator: "\n")
        }
        let layout = PlayerKeys.layoutKeys.map { "\($0.typed) is \($0.means)" }.joined(separator: ", ")
        return """
            At a step of `oberih play` or `oberih facilitate`, type an answer (a number or
            letter, several for multiple choice, an order, pairs such as a2 b1, or a word)
            and Enter, or one of these:
            \(lines(PlayerKeys.atAStep))
              Enter      go on from a text, discussion or role play

            A facilitator (`oberih facilitate`) has these too:
            \(lines(PlayerKeys.forAFacilitator))

            On a Ukrainian or Russian keyboard layout the keys in the same place work:
            \(layout). On a Ukrainian layout the s key types і, which is read
            as i (sources), not as skip: switch to the Latin layout to skip.
            More: \(docs)/player.md.

            """
    }

    static let exitText = """
        0    success: done, or every pack is valid
        1    the work found problems: a pack has errors (or warnings, with --strict)
        2    usage error (a mistyped command, option or value), input that cannot be
             read, an unknown cohort or pack, an output that cannot be written
        3    `oberih push` stopped with statements still queued (the LRS unreachable,
             busy or failing): run it again later
        130  interrupted (Ctrl-C); the terminal is restored and answers given are kept

        """

    static func filesText(environment: [String: String]) -> String {
        let store = StoreLocation.resolve(explicit: nil, environment: environment)
        let folders = CurriculumLocation.folders(
            explicit: [], environment: environment, executable: CurriculumLocation.executable)
        return """
            The progress store (cohorts, pseudonymous learners, attempts): --store PATH,
            else $OBERIH_STORE, else $XDG_DATA_HOME/oberih/progress.sqlite
            (~/.local/share/oberih/progress.sqlite). Here: \(store)

            Lesson packs are searched, in order, in each --curriculum DIR,
            $OBERIH_CURRICULUM (folders separated by :), ./Curriculum,
            $XDG_DATA_HOME/oberih/packs (`oberih pack install`), the curriculum installed
            with oberih, and oberih/curriculum in each folder of $XDG_DATA_DIRS. Here:
            \(folders.map { "  " + $0.shown }.joined(separator: "\n"))

            Also read: NO_COLOR (no colour), TERM=dumb (no colour), COLUMNS (the width),
            LANG and LC_ALL (the player's language when the learner has none),
            OBERIH_LRS_USERNAME and OBERIH_LRS_PASSWORD (`oberih push`'s LRS account),
            https_proxy, http_proxy and no_proxy (how `oberih push` reaches the LRS).
            The documents (the pack format, validation, the player, reports, exports, sync):
            \(docs == "docs" ? "docs/ of the Oberih source (an install puts them in PREFIX/share/doc/oberih)" : docs).

            """
    }
}
