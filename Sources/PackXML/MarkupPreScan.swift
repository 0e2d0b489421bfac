import Foundation

/// One pass over the raw bytes, before libxml2 sees them, that refuses markup built to
/// make parsing slow: libxml2 2.9 spends time that grows with the square of, for example,
/// the attributes of one element or the namespace declarations in scope.
///
/// The scan only counts and measures; it judges nothing else. Where the bytes stop
/// looking like markup it stops and leaves the file to libxml2, which reports what is
/// malformed. Its cost is linear in the file: every byte is looked at a bounded number
/// of times.
struct MarkupPreScan {
    /// A limit the file goes over, and where.
    struct Finding {
        var kind: XMLProblem.Kind
        var offset: Int
        var message: String
        var suggestion: String
    }

    let limits: MarkupLimits
    /// At most this many findings are kept; the scan ends at the next one.
    let maximumFindings: Int

    init(limits: MarkupLimits, maximumFindings: Int = 20) {
        self.limits = limits
        self.maximumFindings = maximumFindings
    }

    /// Where each start tag and each attribute name stands, in document order, so that
    /// the loader need not search the bytes again for them.
    struct Marks {
        /// Offset of each start tag's `<`.
        var tagOffsets: [Int32] = []
        /// For each start tag, the index in `attributeOffsets` of its first attribute.
        var firstAttributes: [Int32] = []
        /// Offset of the first byte of each attribute's name; namespace declarations
        /// (`xmlns`, `xmlns:p`) are left out, as libxml2 does not report them as attributes.
        var attributeOffsets: [Int32] = []
        /// True when the scan reached the end of the bytes; otherwise the marks stop where
        /// the bytes stopped looking like markup and must not be trusted past that.
        var isComplete = false

        /// The attribute offsets of the `tag`-th start tag.
        func attributeRange(ofTag tag: Int) -> Range<Int> {
            let start = Int(firstAttributes[tag])
            let end = tag + 1 < firstAttributes.count ? Int(firstAttributes[tag + 1]) : attributeOffsets.count
            return start..<end
        }
    }

    /// The limits `bytes` goes over, in file order, and whether more were not kept.
    func findings(in bytes: [UInt8]) -> (findings: [Finding], more: Bool) {
        let scan = scan(bytes)
        return (scan.findings, scan.more)
    }

    /// The findings, and the marks of every start tag and attribute (one pass, O(n)).
    func scan(_ bytes: [UInt8]) -> (findings: [Finding], more: Bool, marks: Marks) {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(bytes: buffer, limits: limits, maximumFindings: maximumFindings)
            scanner.scan()
            return (scanner.findings, scanner.hasMore, scanner.marks)
        }
    }
}

/// The limits of `MarkupPreScan`, far above anything a lesson pack needs (docs/validation.md).
public struct MarkupLimits: Sendable, Equatable {
    /// Attributes on one element, namespace declarations included. A pack's richest
    /// element has about 10.
    public var attributesPerElement = 64
    /// Namespace declarations in scope at any element. A pack needs two or three.
    public var namespacesInScope = 32
    /// Bytes of an element or attribute name, prefix included. A pack's longest is 20.
    public var nameBytes = 256
    /// Bytes of one attribute value. A pack's longest (a list of ids) is a few hundred.
    public var attributeValueBytes = 64 * 1024
    /// Bytes of one text (between two tags, or one CDATA section).
    public var textBytes = 1024 * 1024

    public init() {}
}

private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let limits: MarkupLimits
    let maximumFindings: Int
    var findings: [MarkupPreScan.Finding] = []
    var hasMore = false
    var index = 0
    /// Namespace declarations made by each open element, innermost last.
    var declarationsByOpenElement: [Int] = []
    var namespacesInScope = 0
    var marks = MarkupPreScan.Marks()

    init(bytes: UnsafeBufferPointer<UInt8>, limits: MarkupLimits, maximumFindings: Int) {
        self.bytes = bytes
        self.limits = limits
        self.maximumFindings = maximumFindings
    }

    var isFull: Bool { hasMore }

    mutating func scan() {
        while index < bytes.count, !isFull {
            let textStart = index
            let nextTag = find(UInt8(ascii: "<"), from: index) ?? bytes.count
            checkText(from: textStart, length: nextTag - textStart)
            index = nextTag
            guard index < bytes.count, !isFull else {
                marks.isComplete = !isFull
                return
            }
            guard markup() else { return }
        }
        marks.isComplete = !isFull && index >= bytes.count
    }

    /// The markup at `index` (which is `<`); false where the bytes stop looking like markup.
    mutating func markup() -> Bool {
        if starts(with: "<?") { return skip(past: "?>") }
        if starts(with: "<!--") { return skip(past: "-->") }
        if starts(with: "<![CDATA[") {
            let start = index + 9
            guard skip(past: "]]>") else { return false }
            checkText(from: start, length: index - 3 - start)
            return true
        }
        // A DOCTYPE is refused by the loader anyway; anything else after `<!` is malformed.
        if starts(with: "<!") { return false }
        if starts(with: "</") {
            guard let end = find(UInt8(ascii: ">"), from: index) else { return false }
            namespacesInScope -= declarationsByOpenElement.popLast() ?? 0
            index = end + 1
            return true
        }
        return startTag()
    }

    /// `<name attribute="value" …>` or `…/>`.
    mutating func startTag() -> Bool {
        marks.tagOffsets.append(Int32(truncatingIfNeeded: index))
        marks.firstAttributes.append(Int32(truncatingIfNeeded: marks.attributeOffsets.count))
        index += 1
        guard let nameLength = name() else { return false }
        checkName(at: index - nameLength, length: nameLength, what: "an element")
        var attributes = 0
        var declarations = 0
        while !isFull {
            skipWhitespace()
            guard index < bytes.count else { return false }
            switch bytes[index] {
            case UInt8(ascii: ">"):
                index += 1
                declarationsByOpenElement.append(declarations)
                return true
            case UInt8(ascii: "/"):
                namespacesInScope -= declarations
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else { return false }
                index += 2
                return true
            default:
                let nameStart = index
                guard let length = name() else { return false }
                checkName(at: nameStart, length: length, what: "an attribute")
                attributes += 1
                if attributes == limits.attributesPerElement + 1 {
                    record(
                        .tooManyAttributes, at: nameStart,
                        "this element has more than \(limits.attributesPerElement) attributes, the limit for a pack",
                        "an element of a pack needs about 10; remove the ones it does not need")
                }
                if isNamespaceDeclaration(at: nameStart, length: length) {
                    declarations += 1
                    namespacesInScope += 1
                    if namespacesInScope == limits.namespacesInScope + 1 {
                        record(
                            .tooManyNamespaces, at: nameStart,
                            "more than \(limits.namespacesInScope) namespace declarations are in scope here, the limit for a pack",
                            "a pack needs two or three (xmlns and xmlns:xsi); remove the others")
                    }
                } else {
                    marks.attributeOffsets.append(Int32(truncatingIfNeeded: nameStart))
                }
                guard value() else { return false }
            }
        }
        return false
    }

    /// `= "…"` or `= '…'` after an attribute's name, its length checked.
    mutating func value() -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return false }
        index += 1
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
        else { return false }
        let start = index + 1
        guard let end = find(bytes[index], from: start) else { return false }
        if end - start > limits.attributeValueBytes {
            record(
                .valueTooLong, at: start,
                "an attribute value is longer than \(Self.size(limits.attributeValueBytes)), the limit for a pack",
                "shorten it; no attribute of a pack needs to be long")
        }
        index = end + 1
        return true
    }

    /// Reads a name (anything up to white space, `=`, `/`, `>` or `<`); its length, or
    /// nil if there is none.
    mutating func name() -> Int? {
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "="), UInt8(ascii: "/"), UInt8(ascii: ">"),
                UInt8(ascii: "<"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                return index > start ? index - start : nil
            default: index += 1
            }
        }
        return nil
    }

    mutating func checkName(at start: Int, length: Int, what: String) {
        guard length > limits.nameBytes else { return }
        record(
            .nameTooLong, at: start,
            "\(what) name is longer than \(limits.nameBytes) bytes, the limit for a pack",
            "check the name against docs/pack-format.md; no name of a pack is longer than about 20")
    }

    mutating func checkText(from start: Int, length: Int) {
        guard length > limits.textBytes else { return }
        record(
            .textTooLong, at: start,
            "a text is longer than \(Self.size(limits.textBytes)), the limit for a pack",
            "split it into several texts or steps; a learner reads a few hundred words at a time")
    }

    mutating func record(_ kind: XMLProblem.Kind, at offset: Int, _ message: String, _ suggestion: String) {
        guard findings.count < maximumFindings else {
            hasMore = true
            return
        }
        findings.append(.init(kind: kind, offset: offset, message: message, suggestion: suggestion))
    }

    /// `xmlns` or `xmlns:…`.
    func isNamespaceDeclaration(at start: Int, length: Int) -> Bool {
        guard length >= 5, bytes[start] == UInt8(ascii: "x"), bytes[start + 1] == UInt8(ascii: "m"),
            bytes[start + 2] == UInt8(ascii: "l"), bytes[start + 3] == UInt8(ascii: "n"),
            bytes[start + 4] == UInt8(ascii: "s")
        else { return false }
        return length == 5 || bytes[start + 5] == UInt8(ascii: ":")
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return (0..<count).allSatisfy { bytes[index + $0] == text.utf8Start[$0] }
    }

    /// Moves `index` just past the next `end`; false if there is none.
    mutating func skip(past end: StaticString) -> Bool {
        let first = end.utf8Start[0]
        var from = index + 1
        while let hit = find(first, from: from) {
            index = hit
            if starts(with: end) {
                index = hit + end.utf8CodeUnitCount
                return true
            }
            from = hit + 1
        }
        return false
    }

    /// The offset of the next `byte` at or after `start`.
    func find(_ byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let hit = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1024 * 1024 ? "\(bytes / (1024 * 1024)) MiB" : "\(bytes / 1024) KiB"
    }
}
