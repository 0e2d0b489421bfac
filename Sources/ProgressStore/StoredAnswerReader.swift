import LessonEngine

/// Reads the answers and scenario paths the store wrote (`{"kind":"choice","option":"a"}`,
/// `["n1","n2"]`) without `JSONDecoder`, which was a fifth of the CSV and xAPI exports and
/// of the report. Only the flat shapes the store writes, with strings free of escapes, are
/// read here; anything else is nil, and left to `JSONDecoder` by the caller, so what is
/// read is never different. O(n) in the text's length.
public enum StoredAnswerReader {
    /// The answer, or nil when the text is not one of the plain shapes.
    public static func answer(_ text: String) -> Answer? {
        var copy = text
        return copy.withUTF8 { bytes -> Answer? in
            var reader = Reader(bytes: bytes)
            guard let fields = reader.object(), reader.isAtEnd, case .string(let kind)? = fields["kind"] else {
                return nil
            }
            func string(_ key: String) -> String? {
                if case .string(let value)? = fields[key] { return value }
                return nil
            }
            func strings(_ key: String) -> [String]? {
                if case .strings(let value)? = fields[key] { return value }
                return nil
            }
            func integer(_ key: String) -> Int? {
                if case .integer(let value)? = fields[key] { return value }
                return nil
            }
            guard fields.count == 2 else { return nil }
            switch kind {
            case "choice": return string("option").map(Answer.choice)
            case "vote": return string("option").map(Answer.vote)
            case "text": return string("text").map(Answer.text)
            case "choices": return strings("options").map(Answer.choices)
            case "order": return strings("order").map(Answer.order)
            case "likert": return integer("value").map(Answer.likert)
            case "scenarioChoice": return integer("choice").map(Answer.scenarioChoice)
            case "trueFalse":
                if case .bool(let value)? = fields["value"] { return .trueFalse(value) }
                return nil
            default: return nil
            }
        }
    }

    /// A JSON array of plain strings, or nil.
    public static func strings(_ text: String) -> [String]? {
        var copy = text
        return copy.withUTF8 { bytes -> [String]? in
            var reader = Reader(bytes: bytes)
            guard let values = reader.strings(), reader.isAtEnd else { return nil }
            return values
        }
    }

    private enum Value {
        case string(String)
        case strings([String])
        case integer(Int)
        case bool(Bool)
    }

    /// A cursor over the bytes; every method returns nil at the first thing it does not expect.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        var isAtEnd: Bool { index == bytes.count }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func object() -> [String: Value]? {
            guard take(UInt8(ascii: "{")) else { return nil }
            var fields: [String: Value] = [:]
            if take(UInt8(ascii: "}")) { return fields }
            repeat {
                guard let key = string(), take(UInt8(ascii: ":")), let value = value(), fields[key] == nil else {
                    return nil
                }
                fields[key] = value
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "}")) ? fields : nil
        }

        mutating func value() -> Value? {
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "\""): return string().map(Value.string)
            case UInt8(ascii: "["): return strings().map(Value.strings)
            case UInt8(ascii: "t"): return word("true") ? .bool(true) : nil
            case UInt8(ascii: "f"): return word("false") ? .bool(false) : nil
            default: return integer().map(Value.integer)
            }
        }

        mutating func word(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
            index += count
            return true
        }

        /// A string with no escapes and no control characters.
        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                    index += 1
                    return text
                }
                guard byte >= 0x20, byte != UInt8(ascii: "\\") else { return nil }
                index += 1
            }
            return nil
        }

        mutating func strings() -> [String]? {
            guard take(UInt8(ascii: "[")) else { return nil }
            var values: [String] = []
            if take(UInt8(ascii: "]")) { return values }
            repeat {
                guard let value = string() else { return nil }
                values.append(value)
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "]")) ? values : nil
        }

        /// An integer of at most 15 digits, as JSON writes it (no leading zeros).
        mutating func integer() -> Int? {
            let negative = take(UInt8(ascii: "-"))
            let start = index
            var value = 0
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                index += 1
            }
            let digits = index - start
            guard digits > 0, digits <= 15, digits == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
            return negative ? -value : value
        }
    }
}
