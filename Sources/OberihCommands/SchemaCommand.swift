import ArgumentParser
import Foundation
import LessonPack

/// `oberih schema`: writes the pack format's XSD (the one built into this binary), so that
/// an XML editor can check and complete a pack as it is written.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write the lesson-pack XSD for an XML editor.",
        discussion: """
            With --output DIR, writes \(PackSchema.fileName) (the schema built into this \
            oberih, the one `oberih validate` checks with) into DIR, creating DIR if \
            needed, and prints the file's path and the xsi:schemaLocation attribute to put \
            on a pack's <pack> element so that an editor finds it. A different file \
            already at that path is not replaced unless --force is given; the same file \
            is left as it is. Without --output, the XSD is written to stdout. \
            docs/validation.md says how to point VS Code, IntelliJ and other editors at it.

            Exit status: 0 written (or already there), 2 usage error, a different file \
            in the way without --force, or a file that cannot be written.
            """
    )

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("The folder to write \(PackSchema.fileName) into (created if needed).", valueName: "dir"))
    var output: String?

    @Flag(help: "Replace a different \(PackSchema.fileName) already in the folder.")
    var force = false

    func run() throws {
        let xsd = PackSchema.source
        guard let output else {
            try StandardOutput.write(xsd)
            return
        }
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: output, isDirectory: &isFolder), !isFolder.boolValue {
            throw CommandFailure(
                "\(output) is a file, not a folder; give --output the folder to write \(PackSchema.fileName) into")
        }
        do {
            try manager.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("cannot create the folder \(output): \(error.localizedDescription)")
        }
        let path = output.hasSuffix("/") ? output + PackSchema.fileName : output + "/" + PackSchema.fileName
        let existing = manager.contents(atPath: path)
        if let existing, existing == Data(xsd.utf8) {
            try StoreOutput.print("\(path) is already this oberih's schema; nothing was written\n")
        } else {
            if existing != nil, !force {
                throw CommandFailure(
                    "\(path) exists and is not the schema of this oberih (an older version, or another file); "
                        + "nothing was written. Give --force to replace it, or another --output folder")
            }
            try OutputFile.writing(to: path, access: .shared) { sink in
                try sink.write(xsd)
                try sink.flush()
            }
            try StoreOutput.print("wrote \(path)\n")
        }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.absoluteString
        try StoreOutput.print(
            """
            To let an editor check a pack against it, write on the pack's <pack> element:
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="\(PackSchema.namespace) \(absolute)"

            """)
    }
}
