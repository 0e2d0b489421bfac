import Foundation

/// Where the documents are for the help a person reads: PREFIX/share/doc/oberih beside
/// an installed binary (scripts/install.sh puts them there), else docs/ of the source.
enum InstalledDocs {
    static var folder: String {
        if let executable = CurriculumLocation.executable {
            let prefix = URL(fileURLWithPath: executable).deletingLastPathComponent().deletingLastPathComponent()
            let installed = prefix.appendingPathComponent("share/doc/oberih").path
            if FileManager.default.fileExists(atPath: installed + "/pack-format.md") {
                return CurriculumFolder.abbreviated(installed)
            }
        }
        return "docs"
    }
}
