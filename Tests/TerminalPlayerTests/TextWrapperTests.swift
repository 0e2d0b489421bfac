import Testing

@testable import TerminalPlayer

/// Wrapping, padding and truncating text by display columns.
@Suite struct TextWrapperTests {
    static let ukrainian = """
        Ґрунтовна підготовка допомагає почуватися впевнено.   Якщо повідомлення здається \
        дивним, зупинись і подумай: хто пише, навіщо і що станеться, якщо ти відповіси?
        Розкажи дорослому, якому довіряєш, — це не соромно. Твоє м’яке «ні» — теж відповідь, \
        і її варто поважати.\tМи з’ясуємо, як розпізнати підступні повідомлення, що обіцяють \
        подарунки, і як захистити свої паролі та особисті дані в Інтернеті. Єдине правило: \
        не поспішай, перевір і запитай!
        """

    /// Every run of white space as one space, trimmed: what the wrapped lines should hold.
    static func folded(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func firstWord(of line: String) -> Substring {
        line.split(separator: " ").first ?? ""
    }

    @Test(arguments: [40, 80])
    func longUkrainianParagraph(width: Int) {
        let lines = TextWrapper.wrap(Self.ukrainian, width: width)
        #expect(lines.count > 1)
        for line in lines {
            #expect(DisplayWidth.columns(of: line) <= width, "\(line)")
            #expect(line.last != " " && line.first != " ", "\(line)")
        }
        #expect(lines.joined(separator: " ") == Self.folded(Self.ukrainian))
        // Filled greedily: the next line's first word would not have fitted on this one.
        for (line, next) in zip(lines, lines.dropFirst()) {
            let firstWordWidth = DisplayWidth.columns(of: Self.firstWord(of: next))
            #expect(DisplayWidth.columns(of: line) + 1 + firstWordWidth > width, "\(line) | \(next)")
        }
    }

    @Test func breaksAtSpacesFillingEachLine() {
        #expect(
            TextWrapper.wrap("Привіт, як справи? Я вчуся.", width: 12)
                == ["Привіт, як", "справи? Я", "вчуся."])
        #expect(TextWrapper.wrap("Привіт, як справи? Я вчуся.", width: 80) == ["Привіт, як справи? Я вчуся."])
        // A word exactly as wide as the line fits.
        #expect(TextWrapper.wrap("ґава їжак", width: 4) == ["ґава", "їжак"])
    }

    @Test func foldsWhiteSpaceAndNeverLeavesTrailingSpaces() {
        let lines = TextWrapper.wrap("  один \t два\r\n   три   \n", width: 9)
        #expect(lines == ["один два", "три"])
        for width in 1...12 {
            for line in TextWrapper.wrap("  слово \u{A0}  і\u{A0} ще   одне  ", width: width) {
                #expect(line.last.map { !$0.isWhitespace } ?? true, "width \(width): \(line.debugDescription)")
            }
        }
    }

    @Test func noBreakSpacesKeepWordsTogether() {
        #expect(TextWrapper.wrap("ціна 10\u{A0}000 гривень", width: 9) == ["ціна", "10\u{A0}000", "гривень"])
    }

    /// The packs join digit groups with U+00A0 (`&#160;`): "1 500" is never split, where a
    /// plain space would leave "1" at the end of a line and "500" on the next.
    @Test func groupedNumbersStayTogether() {
        #expect(TextWrapper.wrap("более 1 500 человек", width: 10) == ["более 1", "500", "человек"])
        #expect(TextWrapper.wrap("более 1\u{A0}500 человек", width: 10) == ["более", "1\u{A0}500", "человек"])
        #expect(TextWrapper.wrap("более 1\u{202F}500 человек", width: 10) == ["более", "1\u{202F}500", "человек"])
        // From 7 columns, as wide as "116 111": narrower, a word is broken anyway.
        for width in 7...30 {
            let lines = TextWrapper.wrap("понад 1\u{A0}500 підлітків і 116\u{A0}111", width: width)
            #expect(lines.contains { $0.contains("1\u{A0}500") }, "width \(width): \(lines)")
            #expect(lines.contains { $0.contains("116\u{A0}111") }, "width \(width): \(lines)")
        }
    }

    @Test func blankLinesSeparateParagraphs() {
        let text = "Перший абзац.\n\nДругий   абзац\nз переносом.\n \t\n\n\nТретій."
        #expect(
            TextWrapper.wrap(text, width: 80)
                == ["Перший абзац.", "", "Другий абзац з переносом.", "", "Третій."])
        #expect(TextWrapper.wrap("Один.\r\n\r\nДва.", width: 80) == ["Один.", "", "Два."])
        #expect(TextWrapper.wrap("Один.\u{2029}Два.", width: 80) == ["Один.", "", "Два."])
        #expect(
            TextWrapper.wrap("один два три\n\nчотири", width: 8)
                == ["один два", "три", "", "чотири"])
    }

    @Test func blankTextGivesNoLinesAndEdgeBlankLinesAreDropped() {
        #expect(TextWrapper.wrap("", width: 40) == [])
        #expect(TextWrapper.wrap(" \n\n \t ", width: 40) == [])
        #expect(TextWrapper.wrap("\n\n\nТак.\n\n\n", width: 40) == ["Так."])
    }

    @Test func longWordIsHardBrokenAtGraphemeBoundaries() {
        let word = String(repeating: "ж", count: 100)
        #expect(TextWrapper.wrap(word, width: 20) == Array(repeating: String(repeating: "ж", count: 20), count: 5))
        // It starts on a line of its own, and the next word may follow its last piece.
        #expect(
            TextWrapper.wrap("так " + word + " ні", width: 20)
                == ["так"] + Array(repeating: String(repeating: "ж", count: 20), count: 5) + ["ні"])
        #expect(TextWrapper.wrap(String(repeating: "x", count: 25) + " y", width: 20) == [String(repeating: "x", count: 20), "xxxxx y"])

        // Decomposed accents stay with their letters: 20 clusters, 40 scalars a line.
        let accented = String(repeating: "e\u{301}", count: 100)
        let lines = TextWrapper.wrap(accented, width: 20)
        #expect(lines.count == 5)
        for line in lines {
            #expect(line.count == 20)
            #expect(line.unicodeScalars.count == 40)
            #expect(line.unicodeScalars.first == "e")
        }
    }

    @Test func wideClustersAreNeverSplitNorOverflowTheLine() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
        let text = "Ї😀 中文字 \(family)🇺🇦❤\u{FE0F} e\u{301}e\u{301} " + String(repeating: "😀ї", count: 30)
            + " і ще " + String(repeating: "\(family)ґ", count: 12)
        let clusters = Set(text)
        for width in 2...60 {
            let lines = TextWrapper.wrap(text, width: width)
            for line in lines {
                #expect(DisplayWidth.columns(of: line) <= width, "width \(width): \(line)")
                #expect(Set(line).isSubset(of: clusters), "width \(width): \(line)")
            }
            #expect(lines.joined().filter { !$0.isWhitespace } == text.filter { !$0.isWhitespace })
        }
    }

    @Test func emojiAtTheBoundaryGoesToTheNextLine() {
        // 39 columns, then a 2-column emoji: it would make 41, so it starts the next line.
        let word = String(repeating: "a", count: 39) + "😀" + "b"
        #expect(TextWrapper.wrap(word, width: 40) == [String(repeating: "a", count: 39), "😀b"])
        let sentence = String(repeating: "я", count: 38) + " 😀"
        #expect(TextWrapper.wrap(sentence, width: 40) == [String(repeating: "я", count: 38), "😀"])
        let emoji = String(repeating: "😀", count: 30)
        let lines = TextWrapper.wrap("x" + emoji, width: 40)
        #expect(lines.map { DisplayWidth.columns(of: $0) } == [39, 22])
        #expect(TextWrapper.wrap(emoji, width: 41).map { DisplayWidth.columns(of: $0) } == [40, 20])
    }

    @Test func indentCountsTowardsTheWidth() {
        #expect(
            TextWrapper.wrap("один два три чотири п’ять", width: 12, indent: "  ")
                == ["  один два", "  три чотири", "  п’ять"])
        // Paragraph breaks are empty, not indented.
        #expect(TextWrapper.wrap("а\n\nб", width: 10, indent: "> ") == ["> а", "", "> б"])
        // A wide indent counts by display columns too.
        #expect(TextWrapper.wrap("ab cd", width: 6, indent: "😀 ") == ["😀 ab", "😀 cd"])
        let lines = TextWrapper.wrap(Self.ukrainian, width: 40, indent: "    ")
        #expect(lines.allSatisfy { $0.hasPrefix("    ") && DisplayWidth.columns(of: $0) <= 40 })
        #expect(Self.folded(lines.joined(separator: " ")) == Self.folded(Self.ukrainian))
    }

    @Test func indentAsWideAsTheLineIsDropped() {
        #expect(TextWrapper.wrap("abc", width: 2, indent: "    ") == ["ab", "c"])
        #expect(TextWrapper.wrap("abc", width: 4, indent: "    ") == ["abc"])
    }

    @Test func widthBelowOneCountsAsOne() {
        #expect(TextWrapper.wrap("ab c", width: 0) == ["a", "b", "c"])
        #expect(TextWrapper.wrap("ab", width: -5) == ["a", "b"])
        // A cluster wider than the whole line still gets a line of its own, unbroken.
        #expect(TextWrapper.wrap("😀a", width: 1) == ["😀", "a"])
    }

    @Test func padAddsSpacesUpToDisplayWidth() {
        #expect(TextWrapper.pad("Ї", to: 3) == "Ї  ")
        #expect(TextWrapper.pad("Привіт", to: 8) == "Привіт  ")
        #expect(TextWrapper.pad("😀", to: 4) == "😀  ")
        #expect(TextWrapper.pad("🇺🇦ґ", to: 5) == "🇺🇦ґ  ")
        #expect(TextWrapper.pad("e\u{301}", to: 2) == "e\u{301} ")
        #expect(DisplayWidth.columns(of: TextWrapper.pad("中😀ї", to: 10)) == 10)
        #expect(TextWrapper.pad("довгий", to: 3) == "довгий")
        #expect(TextWrapper.pad("", to: 2) == "  ")
        #expect(TextWrapper.pad("abc", to: -1) == "abc")
    }

    @Test func truncateEndsWithEllipsisWhenCut() {
        #expect(TextWrapper.truncate("Привіт, світе", to: 8) == "Привіт,…")
        #expect(TextWrapper.truncate("Привіт світе", to: 8) == "Привіт…")  // no space before …
        #expect(TextWrapper.truncate("Привіт", to: 6) == "Привіт")
        #expect(TextWrapper.truncate("Привіт", to: 10) == "Привіт")
        #expect(TextWrapper.truncate("😀😀😀", to: 4) == "😀…")
        #expect(TextWrapper.truncate("😀😀😀", to: 5) == "😀😀…")
        #expect(TextWrapper.truncate("😀😀😀", to: 6) == "😀😀😀")
        #expect(TextWrapper.truncate("🇺🇦🇺🇦", to: 3) == "🇺🇦…")
        #expect(TextWrapper.truncate("ї😀є", to: 3) == "ї…")
        #expect(TextWrapper.truncate("e\u{301}e\u{301}e\u{301}", to: 2) == "e\u{301}…")
        #expect(TextWrapper.truncate("ab", to: 1) == "…")
        #expect(TextWrapper.truncate("ab", to: 0) == "")
        for width in 1...12 {
            let cut = TextWrapper.truncate("Ґ😀 中文 м’ята 🇺🇦", to: width)
            #expect(DisplayWidth.columns(of: cut) <= width, "\(width): \(cut)")
        }
    }
}

@Suite struct CommandWrappingTests {
    @Test func aCommandThatFitsStaysOneLine() {
        #expect(TextWrapper.command("oberih play x --code K7M-4QX", width: 80) == ["oberih\u{A0}play\u{A0}x\u{A0}--code\u{A0}K7M-4QX"])
    }

    @Test func aLongCommandBreaksBetweenWordsWithAContinuation() {
        let lines = TextWrapper.command("oberih play being-kind-online --code 94T-DF5 --lang en", width: 40)
            .map { $0.replacingOccurrences(of: "\u{A0}", with: " ") }
        #expect(lines == ["oberih play being-kind-online \\", "  --code 94T-DF5 --lang en"])
        #expect(lines.allSatisfy { DisplayWidth.columns(of: $0) <= 40 })
    }

    @Test func aQuotedWordIsNeverBrokenNorAnEscapedQuoteTakenAsItsEnd() {
        let command = #"oberih play pack --code 94T-DF5 --store '/tmp/class 7'\''s store.sqlite' --lang en"#
        let lines = TextWrapper.command(command, width: 40).map { $0.replacingOccurrences(of: "\u{A0}", with: " ") }
        #expect(
            lines == [
                "oberih play pack --code 94T-DF5 \\", #"  --store '/tmp/class 7'\''s store.sqlite' \"#,
                "  --lang en",
            ], "\(lines)")
        #expect(
            TextWrapper.shellWords(#"a 'b c' d\ e 'f'\''g h'"#) == ["a", "'b\u{A0}c'", "d\\\u{A0}e", #"'f'\''g\#u{A0}h'"#])
    }

    @Test func aMessageAroundTheCommandNeverSplitsTheCodeOrAWordOfTheCommand() {
        let message = "Your answers are saved. Your code is 94T-DF5; to go on: {command}"
        let command = "oberih play being-kind-online --code 94T-DF5 --lang en"
        let lines = TextWrapper.wrap(message, placing: command, width: 40).map {
            $0.replacingOccurrences(of: "\u{A0}", with: " ")
        }
        #expect(
            lines == [
                "Your answers are saved. Your code is", "94T-DF5; to go on:", "oberih play being-kind-online \\",
                "  --code 94T-DF5 --lang en",
            ], "\(lines)")
        // At 80 columns it fits, inline.
        #expect(
            TextWrapper.wrap(message, placing: command, width: 80).map { $0.replacingOccurrences(of: "\u{A0}", with: " ") }
                == ["Your answers are saved. Your code is 94T-DF5; to go on:", command])
    }
}
