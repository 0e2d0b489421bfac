import CLibXML2
import Foundation

/// An element or attribute name as libxml2 holds it (`prefix:name`), without copying.
struct QualifiedName {
    var prefix: UnsafeBufferPointer<UInt8>?
    var name: UnsafeBufferPointer<UInt8>

    init(prefix: UnsafePointer<xmlChar>?, name: UnsafePointer<xmlChar>?) {
        self.prefix = prefix.map { UnsafeBufferPointer(start: $0, count: Int(xmlStrlen($0))) }
        self.name = name.map { UnsafeBufferPointer(start: $0, count: Int(xmlStrlen($0))) }
            ?? UnsafeBufferPointer(start: nil, count: 0)
    }

    /// Number of bytes of `prefix:name`.
    var count: Int { (prefix.map { $0.count + 1 } ?? 0) + name.count }

    var string: String {
        let local = String(decoding: name, as: UTF8.self)
        return prefix.map { String(decoding: $0, as: UTF8.self) + ":" + local } ?? local
    }
}

/// Finds the column of elements and attributes in the raw bytes of a file.
///
/// libxml2 keeps a line number per element but no column, and none for attributes.
/// Start tags appear in the file in document order, so a cursor that only moves forward
/// finds each one in O(n) over the whole conversion.
struct SourceLocator {
    private let bytes: [UInt8]
    /// Byte offset where each line starts; index 0 is line 1.
    private let lineStarts: [Int]
    private var cursor = 0
    /// The last position computed, so that positions on one long line are counted on
    /// from there instead of from the line's start each time.
    private var lastLine = -1
    private var lastOffset = 0
    private var lastColumn = 1

    init(bytes: [UInt8]) {
        self.bytes = bytes
        // Columns on line 1 start after a UTF-8 byte-order mark, as libxml2's do.
        var starts = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count,
                let hit = memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset)
            {
                offset = UnsafeRawPointer(hit) - base + 1
                starts.append(offset)
            }
        }
        self.lineStarts = starts
    }

    /// Makes the search for the next start tag begin at `offset`, as if the tag just
    /// before it had been found by `locateStartTag`.
    mutating func moveCursor(to offset: Int) {
        cursor = offset
    }

    /// The offset of the start tag `<qualifiedName` that libxml2 placed on `line`.
    mutating func locateStartTag(qualifiedName: QualifiedName, line: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let lineStart = lineStarts[line - 1]
        let lineEnd = line < lineStarts.count ? lineStarts[line] : bytes.count
        // A tag that starts on an earlier line than libxml2 reports (a multi-line start
        // tag reports its last line in some libxml2 versions) is still found from the cursor.
        let from = cursor <= lineEnd ? cursor : lineStart
        if let offset = find(tag: qualifiedName, from: from, before: lineEnd) {
            cursor = offset + 1
            return offset
        }
        if let offset = find(tag: qualifiedName, from: lineStart, before: lineEnd) {
            cursor = offset + 1
            return offset
        }
        return nil
    }

    /// The offset of `name=` inside the start tag beginning at `tagOffset`.
    /// Searching from `searchStart` (just past the previous attribute's name, which is
    /// outside any quotes) keeps a tag with many attributes linear.
    func locateAttribute(qualifiedName: QualifiedName, from searchStart: Int) -> Int? {
        var index = searchStart
        var quote: UInt8? = nil
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return nil
            } else if isSpace(byte), matches(qualifiedName, at: index + 1),
                isAttributeEnd(at: index + 1 + qualifiedName.count)
            {
                return index + 1
            }
            index += 1
        }
        return nil
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset. `likelyLine`,
    /// when right, saves the binary search.
    mutating func position(ofOffset offset: Int, likelyLine: Int = 0) -> SourcePosition {
        var low = 0
        var high = lineStarts.count - 1
        if likelyLine >= 1, likelyLine <= lineStarts.count, lineStarts[likelyLine - 1] <= offset,
            likelyLine == lineStarts.count || offset < lineStarts[likelyLine]
        {
            low = likelyLine - 1
            high = low
        }
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        if low == lastLine, lastOffset <= offset {
            column = lastColumn
            index = lastOffset
        }
        defer { (lastLine, lastOffset, lastColumn) = (low, offset, column) }
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourcePosition(line: low + 1, column: column)
    }

    /// The next start tag `<tag` from `start`, skipping comments, CDATA sections and
    /// processing instructions, whose text may mention a tag.
    private func find(tag: QualifiedName, from start: Int, before end: Int) -> Int? {
        var index = start
        while index < end {
            guard let next = nextOpeningBracket(from: index, before: end) else { return nil }
            index = next
            if let skipped = endOfMarkup(at: index) {
                index = skipped
            } else if matches(tag, at: index + 1) {
                let after = index + 1 + tag.count
                if after >= bytes.count || isTagNameEnd(bytes[after]) { return index }
                index += 1
            } else {
                index += 1
            }
        }
        return nil
    }

    /// The offset of the next `<` in `start..<end`, found with `memchr`.
    private func nextOpeningBracket(from start: Int, before end: Int) -> Int? {
        guard start < end else { return nil }
        return bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress,
                let hit = memchr(base + start, Int32(UInt8(ascii: "<")), end - start)
            else { return nil }
            return UnsafeRawPointer(hit) - base
        }
    }

    private static let markup: [(open: [UInt8], close: [UInt8])] = [
        (Array("<!--".utf8), Array("-->".utf8)),
        (Array("<![CDATA[".utf8), Array("]]>".utf8)),
        (Array("<?".utf8), Array("?>".utf8)),
    ]

    /// The offset just past the comment, CDATA section or processing instruction that
    /// starts at `offset`, or `nil` if none starts there.
    private func endOfMarkup(at offset: Int) -> Int? {
        for (open, close) in Self.markup where matches(open, at: offset) {
            var index = offset + open.count
            while index < bytes.count, !matches(close, at: index) { index += 1 }
            return min(index + close.count, bytes.count)
        }
        return nil
    }

    private func matches(_ name: QualifiedName, at offset: Int) -> Bool {
        guard let prefix = name.prefix else { return matches(name.name, at: offset) }
        return matches(prefix, at: offset) && offset + prefix.count < bytes.count
            && bytes[offset + prefix.count] == UInt8(ascii: ":")
            && matches(name.name, at: offset + prefix.count + 1)
    }

    private func matches<Name: Collection<UInt8>>(_ name: Name, at offset: Int) -> Bool {
        guard offset + name.count <= bytes.count else { return false }
        for (index, byte) in name.enumerated() where bytes[offset + index] != byte {
            return false
        }
        return true
    }

    private func isAttributeEnd(at offset: Int) -> Bool {
        var index = offset
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        return index < bytes.count && bytes[index] == UInt8(ascii: "=")
    }

    private func isTagNameEnd(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
