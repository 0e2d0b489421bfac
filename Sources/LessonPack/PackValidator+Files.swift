extension PackValidator {
    /// Validates several files, then checks that no two packs share an id.
    public func validate(filesAtPaths paths: [String]) -> [PackValidation] {
        var results = paths.map { validate(fileAtPath: $0) }
        var firstFileWithId: [String: String] = [:]
        for index in results.indices {
            guard let pack = results[index].pack, !pack.id.isEmpty else { continue }
            if let first = firstFileWithId[pack.id] {
                results[index].diagnostics.append(
                    Diagnostic(
                        file: results[index].file, position: pack.attributePositions["id"] ?? pack.position,
                        code: .duplicatePackId,
                        message: "the pack id '\(pack.id)' is already used by \(first)",
                        suggestion: "give each pack its own id; progress and exports are kept by pack id"))
            } else {
                firstFileWithId[pack.id] = results[index].file
            }
        }
        return results
    }
}
