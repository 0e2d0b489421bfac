import LessonPack
import ProgressStore

/// A pack for playing: valid, with the bytes of its file as they were checked (kept in
/// the store with each attempt, once per SHA-256).
struct LoadedPack {
    var pack: Pack
    /// Where it was read from.
    var path: String
    var file: PackFile

    var sha256: String { file.sha256 }
}
