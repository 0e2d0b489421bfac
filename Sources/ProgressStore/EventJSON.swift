import LessonEngine

/// The JSON of the commonest events and answers, written by hand: byte for byte what
/// `JSONEncoder` (sorted keys) writes for them, without its cost (an eighth of `oberih
/// simulate`). Only plain text is written so: a string with a byte outside printable
/// ASCII, a quote, a backslash or a slash, a start with an age override, and every
/// `tallied` event or `matches` answer, is left to `JSONEncoder` (nil here).
/// `StoredTextCodingTests` compares both.
enum EventJSON {
    /// The event's JSON, or nil when `JSONEncoder` must write it.
    static func text(of event: SessionEvent) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(96)
        switch event {
        case .answered(let stepId, let answer):
            bytes += #"{"answer":"#.utf8
            guard write(answer, into: &bytes) else { return nil }
            bytes += #","step":"#.utf8
            guard write(stepId, into: &bytes) else { return nil }
            bytes += #","type":"answered"}"#.utf8
        case .hintShown(let stepId): return stepEvent("hintShown", stepId)
        case .skipped(let stepId): return stepEvent("skipped", stepId)
        case .continued(let stepId): return stepEvent("continued", stepId)
        case .markedDone(let stepId): return stepEvent("markedDone", stepId)
        case .started(let start):
            bytes += #"{"start":"#.utf8
            guard write(start, into: &bytes) else { return nil }
            bytes += #","type":"started"}"#.utf8
        case .tallied: return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The answer's JSON, or nil when `JSONEncoder` must write it.
    static func text(of answer: Answer) -> String? {
        var bytes: [UInt8] = []
        guard write(answer, into: &bytes) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func stepEvent(_ type: StaticString, _ stepId: String) -> String? {
        var bytes: [UInt8] = Array(#"{"step":"#.utf8)
        guard write(stepId, into: &bytes) else { return nil }
        bytes += #","type":""#.utf8
        type.withUTF8Buffer { bytes += $0 }
        bytes += #""}"#.utf8
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A session's start, keys in order, nil ones left out; one with an age override is
    /// left to `JSONEncoder`.
    private static func write(_ start: SessionStart, into bytes: inout [UInt8]) -> Bool {
        guard start.ageOverride == nil else { return false }
        bytes.append(UInt8(ascii: "{"))
        if let feedback = start.feedback {
            bytes += #""feedback":"#.utf8
            guard write(feedback.rawValue, into: &bytes) else { return false }
            bytes.append(UInt8(ascii: ","))
        }
        if let fitsAudience = start.fitsAudience {
            bytes += #""fitsAudience":"#.utf8
            bytes += (fitsAudience ? "true," : "false,").utf8
        }
        bytes += #""language":"#.utf8
        guard write(start.language, into: &bytes) else { return false }
        bytes += #","learner":{"age":"#.utf8
        bytes += String(start.learner.age).utf8
        if let country = start.learner.country {
            bytes += #","country":"#.utf8
            guard write(country, into: &bytes) else { return false }
        }
        bytes += #","language":"#.utf8
        guard write(start.learner.language, into: &bytes) else { return false }
        bytes += #"},"lessonId":"#.utf8
        guard write(start.lessonId, into: &bytes) else { return false }
        bytes += #","mode":"#.utf8
        guard write(start.mode.rawValue, into: &bytes) else { return false }
        bytes += #","packId":"#.utf8
        guard write(start.packId, into: &bytes) else { return false }
        bytes += #","packVersion":"#.utf8
        guard write(start.packVersion, into: &bytes) else { return false }
        bytes += #","seed":"#.utf8
        bytes += String(start.seed).utf8
        bytes.append(UInt8(ascii: "}"))
        return true
    }

    private static func write(_ answer: Answer, into bytes: inout [UInt8]) -> Bool {
        switch answer {
        case .choice(let option): return keyed("choice", "option", option, into: &bytes)
        case .vote(let option): return keyed("vote", "option", option, into: &bytes)
        case .text(let text): return keyed("text", "text", text, into: &bytes)
        case .choices(let options): return keyed("choices", "options", options, into: &bytes)
        case .order(let order): return keyed("order", "order", order, into: &bytes)
        case .trueFalse(let value):
            bytes += #"{"kind":"trueFalse","value":"#.utf8
            bytes += (value ? "true" : "false").utf8
        case .likert(let value):
            bytes += #"{"kind":"likert","value":"#.utf8
            bytes += String(value).utf8
        case .scenarioChoice(let index):
            bytes += #"{"choice":"#.utf8
            bytes += String(index).utf8
            bytes += #","kind":"scenarioChoice""#.utf8
        case .matches: return false
        }
        bytes.append(UInt8(ascii: "}"))
        return true
    }

    /// `{"kind":"KIND","KEY":"value"}`.
    private static func keyed(_ kind: StaticString, _ key: StaticString, _ value: String, into bytes: inout [UInt8])
        -> Bool
    {
        opening(kind, key, into: &bytes)
        guard write(value, into: &bytes) else { return false }
        bytes.append(UInt8(ascii: "}"))
        return true
    }

    /// `{"kind":"KIND","KEY":["a","b"]}`.
    private static func keyed(_ kind: StaticString, _ key: StaticString, _ values: [String], into bytes: inout [UInt8])
        -> Bool
    {
        opening(kind, key, into: &bytes)
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            guard write(value, into: &bytes) else { return false }
        }
        bytes += "]}".utf8
        return true
    }

    private static func opening(_ kind: StaticString, _ key: StaticString, into bytes: inout [UInt8]) {
        bytes += #"{"kind":""#.utf8
        kind.withUTF8Buffer { bytes += $0 }
        bytes += #"",""#.utf8
        key.withUTF8Buffer { bytes += $0 }
        bytes += #"":"#.utf8
    }

    /// A quoted string of printable ASCII other than `"`, `\` and `/`; false for any other.
    private static func write(_ text: String, into bytes: inout [UInt8]) -> Bool {
        let plain = text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C && $0 != 0x2F }
        guard plain else { return false }
        bytes.append(UInt8(ascii: "\""))
        bytes += text.utf8
        bytes.append(UInt8(ascii: "\""))
        return true
    }
}
