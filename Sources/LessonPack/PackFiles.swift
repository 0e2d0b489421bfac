import Foundation

/// Finds the pack files named by command-line paths: files as given, folders searched
/// recursively for `*.xml` (hidden entries skipped), each folder's files sorted by path.
public enum PackFiles {
    public struct Expansion: Sendable {
        public var files: [String]
        /// Paths that do not exist or cannot be listed, with the reason.
        public var missing: [(path: String, reason: String)]
    }

    public static func expand(_ paths: [String]) -> Expansion {
        var files: [String] = []
        var missing: [(String, String)] = []
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
                if name.lowercased().hasSuffix(".xml") {
                    let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                    var isFolder: ObjCBool = false
                    if manager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                        found.append(full)
                    }
                }
            }
            if found.isEmpty {
                missing.append((path, "no .xml pack files in this folder"))
            }
            files += found.sorted()
        }
        return Expansion(files: files, missing: missing)
    }
}
