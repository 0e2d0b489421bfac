import ArgumentParser
import Foundation

/// `--curriculum DIR`, for every command that reads packs: folders searched before the
/// others of `CurriculumLocation`.
struct CurriculumOptions: ParsableArguments {
    @Option(
        name: .customLong("curriculum"),
        help: ArgumentHelp(
            "A folder of lesson packs, searched first (repeatable); then $OBERIH_CURRICULUM, ./Curriculum and "
                + "the installed curriculum.",
            valueName: "dir"))
    var folders: [String] = []

    init() {}

    func validate() throws {
        if folders.contains(where: \.isEmpty) {
            throw ValidationError("--curriculum takes a folder of lesson packs, such as ./Curriculum")
        }
        for folder in folders {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
                throw ValidationError("--curriculum \(folder): there is no such folder; give a folder of lesson packs")
            }
            guard isFolder.boolValue else {
                throw ValidationError(
                    "--curriculum \(folder) is a file; --curriculum takes a folder of packs (give a pack file as PACK, "
                        + "or with --pack)")
            }
        }
    }

    /// ` --curriculum DIR` for each folder given, for a printed command that goes on
    /// with the same packs; empty when none was given.
    var repeated: String {
        folders.map { " --curriculum " + shellWord($0) }.joined()
    }

    /// The search, made when a command runs.
    func curriculum() -> Curriculum {
        Curriculum(
            folders: CurriculumLocation.folders(
                explicit: folders, environment: ProcessInfo.processInfo.environment,
                executable: CurriculumLocation.executable))
    }
}
