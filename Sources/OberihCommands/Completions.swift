import ArgumentParser
import Foundation
import LessonPack
import ProgressStore

/// Values the shell completion scripts offer (`--generate-completion-script`). Each is
/// quick and silent: what cannot be read offers nothing, and the store is only ever
/// read, never created or migrated.
enum Completions {
    static let languages = CompletionKind.custom { _, _, prefix in languageValues(prefix) }
    /// A pack argument takes an id or a file: the curriculum's ids, then `.xml` files and
    /// folders of the path typed so far.
    static let packIds = CompletionKind.custom { words, _, prefix in
        matching(packIds(folders: curriculumFolders(words)), prefix) + xmlPaths(prefix)
    }
    static let cohorts = CompletionKind.custom { words, _, prefix in
        matching(cohortNames(store: storePath(words)), prefix)
    }

    /// The player's languages; after a comma (`en,u`), the tag completes in place.
    static func languageValues(_ prefix: String) -> [String] {
        let known = ["en", "uk", "ru"]
        guard let comma = prefix.lastIndex(of: ",") else { return matching(known, prefix) }
        let given = prefix[..<comma]
        let chosen = Set(given.split(separator: ",").map(String.init))
        return matching(known.filter { !chosen.contains($0) }, String(prefix[prefix.index(after: comma)...]))
            .map { given + "," + $0 }
    }

    /// The `.xml` files and the folders (ending in `/`) whose path starts with `prefix`,
    /// hidden ones only when the name typed starts with a dot; sorted.
    static func xmlPaths(_ prefix: String) -> [String] {
        let slash = prefix.lastIndex(of: "/")
        let folder = slash.map { String(prefix[...$0]) } ?? ""
        let name = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return listed.filter { $0.hasPrefix(name) && (name.hasPrefix(".") || !$0.hasPrefix(".")) }.compactMap { entry in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + entry, isDirectory: &isFolder) else { return nil }
            if isFolder.boolValue { return folder + entry + "/" }
            return entry.hasSuffix(".xml") ? folder + entry : nil
        }.sorted()
    }

    static func matching(_ values: [String], _ prefix: String) -> [String] {
        values.filter { $0.hasPrefix(prefix) }
    }

    /// The values of `--name` on the command line so far.
    static func values(of name: String, in words: [String]) -> [String] {
        var found: [String] = []
        for (index, word) in words.enumerated() {
            if word == name, index + 1 < words.count { found.append(words[index + 1]) }
            if word.hasPrefix(name + "=") { found.append(String(word.dropFirst(name.count + 1))) }
        }
        return found.filter { !$0.isEmpty }
    }

    static func curriculumFolders(_ words: [String]) -> [String] {
        CurriculumLocation.folders(
            explicit: values(of: "--curriculum", in: words), environment: ProcessInfo.processInfo.environment,
            executable: CurriculumLocation.executable
        ).map(\.path)
    }

    static func storePath(_ words: [String]) -> String {
        StoreLocation.resolve(explicit: values(of: "--store", in: words).last, environment: ProcessInfo.processInfo.environment)
    }

    /// The ids of the packs in `folders`, read from the `<pack id="…">` at the start of
    /// each file (not validated: completion must be instant), each once, sorted.
    static func packIds(folders: [String]) -> [String] {
        let existing = folders.filter { FileManager.default.fileExists(atPath: $0) }
        var ids = Set<String>()
        for file in PackFiles.expand(existing).files {
            if let id = declaredPackId(file) { ids.insert(id) }
        }
        return ids.sorted()
    }

    /// The `id` attribute of the root `<pack` element, within the file's first 8 KiB.
    static func declaredPackId(_ file: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: file) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 8192), let text = String(data: data, encoding: .utf8) else { return nil }
        var rest = Substring(text)
        // Skip comments, which may mention <pack.
        while let start = rest.range(of: "<") {
            rest = rest[start.upperBound...]
            if rest.hasPrefix("!--") {
                guard let end = rest.range(of: "-->") else { return nil }
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("pack"), rest.dropFirst(4).first?.isWhitespace == true {
                let tag = rest.prefix { $0 != ">" }
                guard let attribute = tag.range(of: " id=\"") ?? tag.range(of: "\nid=\"") else { return nil }
                let value = tag[attribute.upperBound...].prefix { $0 != "\"" }
                return (try? NewPackCommand.packId(String(value))) ?? nil
            }
        }
        return nil
    }

    /// The cohorts of the store at `path`, read as it is (`.inspection`: nothing created,
    /// migrated or written); none when there is no store or it cannot be read.
    static func cohortNames(store path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
            let store = try? ProgressStore(path: path, access: .inspection),
            let cohorts = try? store.cohorts()
        else { return [] }
        return cohorts.map(\.cohort.name)
    }
}
