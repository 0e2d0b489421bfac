/// The JSON of events and answers, as the store keeps them: named keys and a `type` (or
/// `kind`) tag, so a stored log stays readable by people and by later versions.
///
///     {"type":"answered","step":"q1","answer":{"kind":"choices","options":["a","c"]}}
extension SessionEvent: Codable {
    private enum Key: String, CodingKey {
        case type, start, step, answer, counts
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let type = try container.decode(String.self, forKey: .type)
        func step() throws -> String { try container.decode(String.self, forKey: .step) }
        switch type {
        case "started": self = .started(try container.decode(SessionStart.self, forKey: .start))
        case "answered": self = .answered(stepId: try step(), answer: try container.decode(Answer.self, forKey: .answer))
        case "hintShown": self = .hintShown(stepId: try step())
        case "skipped": self = .skipped(stepId: try step())
        case "continued": self = .continued(stepId: try step())
        case "tallied": self = .tallied(stepId: try step(), counts: try container.decode([String: Int].self, forKey: .counts))
        case "markedDone": self = .markedDone(stepId: try step())
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "unknown event type '\(type)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        switch self {
        case .started(let start):
            try container.encode("started", forKey: .type)
            try container.encode(start, forKey: .start)
        case .answered(let stepId, let answer):
            try container.encode("answered", forKey: .type)
            try container.encode(stepId, forKey: .step)
            try container.encode(answer, forKey: .answer)
        case .hintShown(let stepId):
            try container.encode("hintShown", forKey: .type)
            try container.encode(stepId, forKey: .step)
        case .skipped(let stepId):
            try container.encode("skipped", forKey: .type)
            try container.encode(stepId, forKey: .step)
        case .continued(let stepId):
            try container.encode("continued", forKey: .type)
            try container.encode(stepId, forKey: .step)
        case .tallied(let stepId, let counts):
            try container.encode("tallied", forKey: .type)
            try container.encode(stepId, forKey: .step)
            try container.encode(counts, forKey: .counts)
        case .markedDone(let stepId):
            try container.encode("markedDone", forKey: .type)
            try container.encode(stepId, forKey: .step)
        }
    }
}

extension Answer: Codable {
    private enum Key: String, CodingKey {
        case kind, option, options, value, order, matches, text, choice
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let kind = try container.decode(String.self, forKey: .kind)
        switch kind {
        case "choice": self = .choice(try container.decode(String.self, forKey: .option))
        case "choices": self = .choices(try container.decode([String].self, forKey: .options))
        case "trueFalse": self = .trueFalse(try container.decode(Bool.self, forKey: .value))
        case "order": self = .order(try container.decode([String].self, forKey: .order))
        case "matches": self = .matches(try container.decode([String: String].self, forKey: .matches))
        case "text": self = .text(try container.decode(String.self, forKey: .text))
        case "likert": self = .likert(try container.decode(Int.self, forKey: .value))
        case "scenarioChoice": self = .scenarioChoice(try container.decode(Int.self, forKey: .choice))
        case "vote": self = .vote(try container.decode(String.self, forKey: .option))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "unknown answer kind '\(kind)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        switch self {
        case .choice(let option):
            try container.encode("choice", forKey: .kind)
            try container.encode(option, forKey: .option)
        case .choices(let options):
            try container.encode("choices", forKey: .kind)
            try container.encode(options, forKey: .options)
        case .trueFalse(let value):
            try container.encode("trueFalse", forKey: .kind)
            try container.encode(value, forKey: .value)
        case .order(let order):
            try container.encode("order", forKey: .kind)
            try container.encode(order, forKey: .order)
        case .matches(let matches):
            try container.encode("matches", forKey: .kind)
            try container.encode(matches, forKey: .matches)
        case .text(let text):
            try container.encode("text", forKey: .kind)
            try container.encode(text, forKey: .text)
        case .likert(let value):
            try container.encode("likert", forKey: .kind)
            try container.encode(value, forKey: .value)
        case .scenarioChoice(let index):
            try container.encode("scenarioChoice", forKey: .kind)
            try container.encode(index, forKey: .choice)
        case .vote(let option):
            try container.encode("vote", forKey: .kind)
            try container.encode(option, forKey: .option)
        }
    }
}
