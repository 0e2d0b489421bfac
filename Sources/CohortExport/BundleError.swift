/// Why a bundle cannot be imported. Each description names the file, says that nothing
/// was imported, and gives the next step.
public enum BundleError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, detail: String)
    /// The first line is not a bundle's header: another file.
    case notABundle(path: String)
    /// Written in a format version newer than this Oberih reads.
    case newerFormat(path: String, version: Int)
    /// The last line (the checksum) is missing: the copy stopped early.
    case truncated(path: String)
    /// The bytes do not match the checksum.
    case damaged(path: String)
    /// A line that is not what the format says, though the checksum matches.
    case malformed(path: String, line: Int, detail: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let detail):
            return "cannot read the bundle \(path) (\(detail)); check the path and its permissions"
        case .notABundle(let path):
            return "\(path) is not an Oberih bundle (its first line is not a bundle's header); nothing was imported. "
                + "Give a file written by `oberih export --format bundle`"
        case .newerFormat(let path, let version):
            return "\(path) is a bundle of format version \(version), written by a newer Oberih (this one reads "
                + "version \(BundleFormat.formatVersion)); nothing was imported. Update Oberih on this machine to import it"
        case .truncated(let path):
            return "\(path) ends before its last line: the copy is incomplete; nothing was imported. "
                + "Copy it again from the device"
        case .damaged(let path):
            return "\(path) does not match its checksum: the file is damaged or was changed; nothing was imported. "
                + "Copy it again from the device"
        case .malformed(let path, let line, let detail):
            return "line \(line) of \(path) cannot be read (\(detail)); nothing was imported. Export the bundle again "
                + "on the device with `oberih export --format bundle`"
        }
    }
}
