import Foundation
import ProgressStore

/// Writes a cohort's bundle through a sink as it is read from the store: one line per
/// record, so memory stays flat however large the cohort; the last line holds the
/// SHA-256 of every byte before it.
public enum BundleExport {
    @discardableResult
    public static func write(
        store: ProgressStore, cohort: Cohort, oberihVersion: String, exportedAt: Date, to sink: ExportSink
    ) throws -> BundleContents {
        let encoder = BundleFormat.encoder()
        var hasher = SHA256.Hasher()
        var contents = BundleContents()
        var records = 0
        var kept: Set<String> = []
        func line(_ value: some Encodable) throws {
            var bytes = try encoder.encode(value)
            bytes.append(0x0A)
            hasher.update(bytes)
            sink.append(bytes: bytes)
            try sink.flushIfFull()
        }
        try store.forEachBundleRecord(ofCohort: cohort.id) { record in
            switch record {
            case .cohort(let cohort):
                try line(
                    BundleHeader(
                        kind: BundleFormat.kind, formatVersion: BundleFormat.formatVersion, oberihVersion: oberihVersion,
                        exportedAt: exportedAt.formatted(.iso8601), cohort: cohort))
                return
            case .packFile(let file):
                contents.packFiles += 1
                kept.insert(file.sha256)
            case .learner:
                contents.learners += 1
            case .attempt(let attempt):
                contents.attempts += 1
                contents.events += attempt.events.count
                if !kept.contains(attempt.packSHA256) { contents.attemptsWithoutPackFile += 1 }
            }
            records += 1
            try line(BundleLine(record))
        }
        try line(BundleLine(end: BundleEnd(records: records, sha256: hasher.finalizeHex())))
        return contents
    }
}
