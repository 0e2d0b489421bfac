import Foundation
import ProgressStore

/// A bundle file, checked before anything is merged: its header read (an Oberih bundle,
/// of a format this Oberih reads) and every byte checked against the checksum on its
/// last line. `records()` then reads it again, record by record, for `ProgressStore.merge`.
public final class BundleFile {
    public let path: String
    public let header: BundleHeader
    /// The records between the header and the last line.
    public let recordCount: Int
    private let digest: String

    /// Reads the header and checks the whole file against its checksum, in one pass that
    /// holds one line at a time. Refuses another file, a newer format version, a file cut
    /// short and one whose bytes do not match.
    public init(path: String) throws(BundleError) {
        self.path = path
        let lines = try BundleLines(path: path)
        guard let first = try lines.next() else { throw .notABundle(path: path) }
        header = try Self.header(first, path: path)
        var hasher = SHA256.Hasher()
        hasher.update(first)
        hasher.update(CollectionOfOne(0x0A))
        var previous: [UInt8]?
        var count = 0
        while let line = try lines.next() {
            if let previous {
                hasher.update(previous)
                hasher.update(CollectionOfOne(0x0A))
                count += 1
            }
            previous = line
        }
        guard let last = previous, let end = try? JSONDecoder().decode(BundleLine.self, from: Data(last)).end,
            BundleLine.memberCount(of: last) == 1
        else { throw .truncated(path: path) }
        guard end.records == count, end.sha256 == hasher.finalizeHex() else { throw .damaged(path: path) }
        recordCount = count
        digest = end.sha256
    }

    private static func header(_ line: [UInt8], path: String) throws(BundleError) -> BundleHeader {
        struct Kind: Decodable {
            var kind: String
            var formatVersion: Int
        }
        guard let kind = try? JSONDecoder().decode(Kind.self, from: Data(line)), kind.kind == BundleFormat.kind else {
            throw .notABundle(path: path)
        }
        guard kind.formatVersion <= BundleFormat.formatVersion else {
            throw .newerFormat(path: path, version: kind.formatVersion)
        }
        guard kind.formatVersion >= 1 else {
            throw .malformed(path: path, line: 1, detail: "format version \(kind.formatVersion) does not exist")
        }
        do {
            return try JSONDecoder().decode(BundleHeader.self, from: Data(line))
        } catch {
            throw .malformed(path: path, line: 1, detail: BundleFile.reason(error))
        }
    }

    /// The records in order, the cohort first, one per call; nil after the last. The
    /// file is read again and checked again: one changed since `init` is refused.
    public func records() throws(BundleError) -> () throws -> BundleRecord? {
        let lines = try BundleLines(path: path)
        var hasher = SHA256.Hasher()
        var read = 0
        var cohortGiven = false
        let decoder = JSONDecoder()
        let path = self.path
        let expected = digest
        let recordCount = self.recordCount
        return { () throws(BundleError) -> BundleRecord? in
            guard let line = try lines.next() else { throw .truncated(path: path) }
            if !cohortGiven {
                cohortGiven = true
                hasher.update(line)
                hasher.update(CollectionOfOne(0x0A))
                let header = try Self.header(line, path: path)
                return .cohort(header.cohort)
            }
            guard read < recordCount else {
                guard hasher.finalizeHex() == expected, try lines.next() == nil else { throw .damaged(path: path) }
                return nil
            }
            hasher.update(line)
            hasher.update(CollectionOfOne(0x0A))
            read += 1
            let decoded: BundleLine
            do {
                decoded = try decoder.decode(BundleLine.self, from: Data(line))
            } catch {
                throw .malformed(path: path, line: lines.number, detail: Self.reason(error))
            }
            guard decoded.memberCount == 1, let record = decoded.record else {
                throw .malformed(path: path, line: lines.number, detail: "it is not one record of a kind this Oberih knows")
            }
            return record
        }
    }

    /// A decoding error in a few words: what is wrong, and where in the line.
    static func reason(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not JSON" }
        func at(_ path: [any CodingKey]) -> String {
            path.isEmpty ? "" : " at " + path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not JSON" : context.debugDescription + at(context.codingPath)
        case .keyNotFound(let key, let context):
            return "\(key.stringValue) is missing" + at(context.codingPath)
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "a value of the wrong type" + at(context.codingPath)
        @unknown default:
            return "not what the format says"
        }
    }
}

extension BundleLine {
    /// How many members the line's object has (the end line has exactly one).
    static func memberCount(of line: [UInt8]) -> Int {
        (try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])?.count ?? 0
    }
}
