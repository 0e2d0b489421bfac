import Foundation

/// A new, empty folder for one test (0700, as the store wants its folder), removed
/// afterwards with everything in it.
public enum TemporaryFolder {
    public static func with<T>(prefix: String = "oberih-tests", _ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }
}
