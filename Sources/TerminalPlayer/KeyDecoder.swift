/// A key of the line editor, as decoded from what a terminal sends.
enum EditingKey: Equatable {
    /// Printable text, typed or pasted (UTF-8 decoded, broken bytes repaired as U+FFFD).
    case text(String)
    case enter
    /// Ctrl-D: the end of input on an empty line, else Delete.
    case endOfInput
    case backspace, delete
    case left, right, home, end
    case up, down
    /// Ctrl-U, Ctrl-K, Ctrl-W.
    case clearToStart, clearToEnd, deleteWordBefore
}

/// Turns the bytes a terminal sends into `EditingKey`s. Escape sequences are recognised
/// whole; one that is not a key here (a function key, Ctrl-arrow, a mouse report) is
/// dropped, never taken as text. A sequence or a UTF-8 character cut between two reads
/// is completed by the next one.
struct KeyDecoder {
    private enum State {
        case ground
        /// After ESC.
        case escape
        /// After ESC [: parameter bytes until a final byte.
        case controlSequence
        /// After ESC O (what arrows and Home/End send in the terminal's application mode).
        case singleShift
    }

    private var state = State.ground
    private var textBytes: [UInt8] = []
    private var parameters: [UInt8] = []
    /// A control sequence with intermediate bytes or too many parameters: no key of ours.
    private var isForeign = false

    /// Decodes `byte`, adding to `keys` the keys it completes (text typed before a control
    /// key comes first).
    mutating func decode(_ byte: UInt8, into keys: inout [EditingKey]) {
        switch state {
        case .ground:
            ground(byte, into: &keys)
        case .escape:
            switch byte {
            case 0x5B: begin(.controlSequence)
            case 0x4F: state = .singleShift
            case 0x1B: break
            case 0x20...0x7E: state = .ground  // Alt and a key: nothing here.
            default:
                // A control key or a UTF-8 character after a lone ESC: that key, as typed.
                state = .ground
                ground(byte, into: &keys)
            }
        case .controlSequence:
            switch byte {
            case 0x30...0x3F:
                if parameters.count < 8 { parameters.append(byte) } else { isForeign = true }
            case 0x20...0x2F:
                isForeign = true
            case 0x40...0x7E:
                state = .ground
                if !isForeign, let key = Self.controlSequenceKey(parameters, final: byte) { keys.append(key) }
            default:
                state = .ground
                ground(byte, into: &keys)
            }
        case .singleShift:
            state = .ground
            switch byte {
            case 0x40...0x7E:
                if let key = Self.arrowOrHomeEnd(byte) { keys.append(key) }
            default:
                ground(byte, into: &keys)
            }
        }
    }

    /// The text decoded so far; a UTF-8 character still incomplete waits for the next
    /// bytes unless `isComplete`.
    mutating func flushText(into keys: inout [EditingKey], isComplete: Bool = true) {
        guard !textBytes.isEmpty else { return }
        let waiting = isComplete ? 0 : Self.incompleteSuffixLength(textBytes)
        let ready = textBytes[..<(textBytes.count - waiting)]
        if !ready.isEmpty { keys.append(.text(String(decoding: ready, as: UTF8.self))) }
        textBytes.removeFirst(ready.count)
    }

    private mutating func ground(_ byte: UInt8, into keys: inout [EditingKey]) {
        if byte >= 0x20 && byte != 0x7F {
            textBytes.append(byte)
            return
        }
        flushText(into: &keys)
        switch byte {
        case 0x1B: state = .escape
        case 0x0D, 0x0A: keys.append(.enter)
        case 0x7F, 0x08: keys.append(.backspace)
        case 0x04: keys.append(.endOfInput)
        case 0x01: keys.append(.home)
        case 0x05: keys.append(.end)
        case 0x02: keys.append(.left)
        case 0x06: keys.append(.right)
        case 0x10: keys.append(.up)
        case 0x0E: keys.append(.down)
        case 0x15: keys.append(.clearToStart)
        case 0x0B: keys.append(.clearToEnd)
        case 0x17: keys.append(.deleteWordBefore)
        default: break  // Tab and other control keys do nothing.
        }
    }

    private mutating func begin(_ next: State) {
        state = next
        parameters.removeAll(keepingCapacity: true)
        isForeign = false
    }

    /// ESC [ A…D, H, F (with no parameter or 1), and ESC [ n ~ for Home (1, 7), Delete (3)
    /// and End (4, 8).
    private static func controlSequenceKey(_ parameters: [UInt8], final: UInt8) -> EditingKey? {
        let number = String(decoding: parameters, as: UTF8.self)
        if final == 0x7E {
            switch number {
            case "1", "7": return .home
            case "3": return .delete
            case "4", "8": return .end
            default: return nil
            }
        }
        guard number.isEmpty || number == "1" else { return nil }
        return arrowOrHomeEnd(final)
    }

    private static func arrowOrHomeEnd(_ final: UInt8) -> EditingKey? {
        switch final {
        case 0x41: return .up
        case 0x42: return .down
        case 0x43: return .right
        case 0x44: return .left
        case 0x48: return .home
        case 0x46: return .end
        default: return nil
        }
    }

    /// How many bytes at the end of `bytes` begin a UTF-8 character not yet complete.
    static func incompleteSuffixLength(_ bytes: [UInt8]) -> Int {
        var lead = bytes.count - 1
        while lead >= 0 && bytes.count - lead < 4 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard lead >= 0 else { return 0 }
        let byte = bytes[lead]
        let needed: Int
        switch byte {
        case 0xC2...0xDF: needed = 2
        case 0xE0...0xEF: needed = 3
        case 0xF0...0xF4: needed = 4
        default: return 0
        }
        let have = bytes.count - lead
        return have < needed ? have : 0
    }
}
