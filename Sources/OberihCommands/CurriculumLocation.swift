import Foundation

/// One folder of the curriculum search, and why it is searched; in JSON, {path, origin}.
struct CurriculumFolder: Equatable, Sendable, Encodable {
    enum Origin: String, Sendable, Encodable {
        case option, environment, workingDirectory
        /// `oberih pack install` copies packs here.
        case userData
        /// `scripts/install.sh` puts the curriculum beside the binary, under its prefix.
        case besideBinary
        case systemData

        /// Why the folder is searched, for a person.
        var described: String {
            switch self {
            case .option: "--curriculum"
            case .environment: "OBERIH_CURRICULUM"
            case .workingDirectory: "in the working folder"
            case .userData: "installed with `oberih pack install`"
            case .besideBinary: "installed with oberih"
            case .systemData: "installed for everyone"
            }
        }
    }

    var path: String
    var origin: Origin

    /// The path for a message: `./Curriculum`, `~/.local/share/oberih/packs`.
    var shown: String {
        origin == .workingDirectory ? "./" + path : Self.abbreviated(path)
    }

    /// A path under the home folder written from `~`.
    static func abbreviated(_ path: String) -> String {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return path.hasPrefix(home + "/") ? "~" + path.dropFirst(home.count) : path
    }
}

/// Where packs are found, in order: each `--curriculum DIR`, the folders of
/// `OBERIH_CURRICULUM` (separated by `:`), `./Curriculum`, `$XDG_DATA_HOME/oberih/packs`
/// (`~/.local/share/oberih/packs`), `<binary>/../share/oberih/curriculum`, and
/// `oberih/curriculum` in each folder of `$XDG_DATA_DIRS`. A pack id found in an earlier
/// folder hides the same id in a later one.
enum CurriculumLocation {
    static let workingFolder = "Curriculum"

    static func folders(explicit: [String], environment: [String: String], executable: String?) -> [CurriculumFolder] {
        var folders = explicit.map { CurriculumFolder(path: $0, origin: .option) }
        folders += (environment["OBERIH_CURRICULUM"] ?? "").split(separator: ":").map {
            CurriculumFolder(path: String($0), origin: .environment)
        }
        folders.append(CurriculumFolder(path: workingFolder, origin: .workingDirectory))
        folders.append(CurriculumFolder(path: userFolder(environment: environment), origin: .userData))
        if let executable {
            let prefix = ((executable as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
            folders.append(CurriculumFolder(path: prefix + "/share/oberih/curriculum", origin: .besideBinary))
        }
        let dataDirs = environment["XDG_DATA_DIRS"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/local/share:/usr/share"
        folders += dataDirs.split(separator: ":").map {
            CurriculumFolder(path: String($0) + "/oberih/curriculum", origin: .systemData)
        }
        // The same folder reached twice (the default prefix is ~/.local) is searched once.
        var seen = Set<String>()
        return folders.filter { seen.insert(URL(fileURLWithPath: $0.path).standardizedFileURL.path).inserted }
    }

    /// `$XDG_DATA_HOME/oberih/packs`: where `oberih pack install` puts packs, apart from
    /// the curriculum installed with Oberih (with the default prefix, under the same
    /// `~/.local/share/oberih`), so installing a pack never replaces a shipped file.
    static func userFolder(environment: [String: String]) -> String {
        dataHome(environment: environment) + "/oberih/packs"
    }

    /// `$XDG_DATA_HOME`, else `~/.local/share`: the user's data, the store's home too.
    static func dataHome(environment: [String: String]) -> String {
        environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
    }

    /// The running binary, links resolved: an installed one finds its prefix's curriculum.
    static var executable: String? {
        Bundle.main.executableURL?.resolvingSymlinksInPath().path
    }
}
