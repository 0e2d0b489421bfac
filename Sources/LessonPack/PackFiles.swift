import Foundation

/// Finds the pack files named by command-line paths: files as given, folders searched
/// recursively for `*.xml` (hidden entries and backup copies skipped), each folder's files
/// sorted by path.
public enum PackFiles {
    public struct Expansion: Sendable {
        public var files: [String]
        /// Paths that do not exist or cannot be listed, with the reason.
        public var missing: [(path: String, reason: String)]
        /// Files of the folders searched that look like backup or editor copies of a pack
        /// (`isBackup`), not read; sorted by path.
        public var skippedBackups: [String] = []
    }

    /// Whether a file name found in a folder is a backup or editor copy, never read as a
    /// pack there (a file given by its own path is read whatever its name):
    /// `pack.xml~`, `pack.xml.bak`, `pack.xml.orig`, `pack.xml.old`, `#pack.xml#`, and the
    /// `.xml` names `pack.bak.xml`, `pack.backup.xml`, `pack.orig.xml`, `pack.old.xml`,
    /// `pack~.xml`. (Hidden names, such as Vim's `.pack.xml.swp` and Emacs's
    /// `.#pack.xml`, are skipped anyway.)
    public static func isBackup(_ name: String) -> Bool {
        let lower = name.lowercased()
        guard lower.contains(".xml") else { return false }
        if lower.hasPrefix("#") && lower.hasSuffix("#") { return true }
        if lower.hasSuffix(".xml~") { return true }
        for extra in [".bak", ".backup", ".orig", ".old"] where lower.hasSuffix(".xml" + extra) { return true }
        guard lower.hasSuffix(".xml") else { return false }
        let stem = lower.dropLast(4)
        return stem.hasSuffix("~") || [".bak", ".backup", ".orig", ".old"].contains { stem.hasSuffix($0) }
    }

    public static func expand(_ paths: [String]) -> Expansion {
        var files: [String] = []
        var missing: [(String, String)] = []
        var skipped: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append((path, "no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let enumerator = manager.enumerator(atPath: path) else {
                missing.append((path, "the folder cannot be listed"))
                continue
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    enumerator.skipDescendants()
                    continue
                }
                let backup = isBackup(name)
                if backup || name.lowercased().hasSuffix(".xml") {
                    let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                    var isFolder: ObjCBool = false
                    if manager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                        if backup { skipped.append(full) } else { found.append(full) }
                    }
                }
            }
            if found.isEmpty {
                missing.append((path, "no .xml pack files in this folder"))
            }
            files += found.sorted()
        }
        return Expansion(files: files, missing: missing, skippedBackups: skipped.sorted())
    }
}
