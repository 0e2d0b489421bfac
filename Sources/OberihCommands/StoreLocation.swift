import Foundation

/// Where the store lives: `--store PATH`, else `OBERIH_STORE`, else
/// `$XDG_DATA_HOME/oberih/progress.sqlite` (`~/.local/share/oberih/progress.sqlite`).
enum StoreLocation {
    static let fileName = "progress.sqlite"

    static func resolve(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["OBERIH_STORE"], !fromEnvironment.isEmpty { return fromEnvironment }
        return CurriculumLocation.dataHome(environment: environment) + "/oberih/" + fileName
    }
}
