import Foundation
import LessonPack
import ProgressStore

/// The packs attempts were played on, by SHA-256: the file kept in the store, else a file
/// at hand with the same SHA-256 (a store from before files were kept). Each is decoded
/// once; the files at hand are looked for only when a file is not kept. A kept file is
/// read as it was played, even if rules added since would now find problems in it.
public final class PackVersions {
    public let store: ProgressStore
    private let findAtHand: () -> [PackFile]
    private lazy var atHand: [String: PackFile] = Dictionary(
        findAtHand().map { ($0.sha256, $0) }, uniquingKeysWith: { first, _ in first })
    private var decoded: [String: Pack?] = [:]
    /// SHA-256s whose file `pack(sha256:)` found at hand, not kept.
    private var foundOnlyAtHand: Set<String> = []

    public convenience init(store: ProgressStore, atHand: [PackFile] = []) {
        self.init(store: store, findingAtHand: { atHand })
    }

    /// `findingAtHand` is called at most once, the first time a file is not kept.
    public init(store: ProgressStore, findingAtHand: @escaping () -> [PackFile]) {
        self.store = store
        findAtHand = findingAtHand
    }

    /// The pack with this SHA-256, or nil when it is neither kept nor at hand.
    public func pack(sha256: String) throws(StoreError) -> Pack? {
        if let known = decoded[sha256] { return known }
        let kept = try store.packFile(sha256: sha256)
        if kept == nil, atHand[sha256] != nil { foundOnlyAtHand.insert(sha256) }
        let pack = (kept ?? atHand[sha256]).flatMap { file in
            PackValidator().validate(bytes: file.bytes, file: "\(file.packId) \(file.packVersion) (kept)").pack
        }
        decoded[sha256] = pack
        return pack
    }

    /// Keeps in the store the files at hand of every played version not kept yet (a store
    /// from before files were kept); gives those kept and those still missing.
    public func keepMissing(at time: Date = Date()) throws(StoreError)
        -> (kept: [PlayedPackVersion], missing: [PlayedPackVersion])
    {
        var outcome: (kept: [PlayedPackVersion], missing: [PlayedPackVersion]) = ([], [])
        // The usual case, on every play: everything kept, known from the index alone.
        guard try !store.unkeptPackSHA256s().isEmpty else { return outcome }
        for played in try store.playedPackVersions() where !played.isKept {
            if let file = atHand[played.pack.sha256] {
                try store.keep(file, at: time)
                foundOnlyAtHand.remove(file.sha256)
                outcome.kept.append(played)
            } else {
                outcome.missing.append(played)
            }
        }
        return outcome
    }

    /// Whether the file is only at hand, not kept: `oberih doctor --update` keeps it.
    public func isOnlyAtHand(sha256: String) throws(StoreError) -> Bool {
        _ = try pack(sha256: sha256)
        return foundOnlyAtHand.contains(sha256)
    }
}
