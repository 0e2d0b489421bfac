import PackXML

/// The XSD of the lesson-pack format, compiled once per process.
public enum PackSchema {
    /// The XSD text, Curriculum/schema/pack-1.xsd as it was when the binary was built
    /// (SwiftPM embeds it in the code).
    public static var source: String { String(decoding: PackageResources.pack_1_xsd, as: UTF8.self) }

    /// The compiled schema. The XSD ships inside the binary; if it fails to compile the
    /// program itself is broken, which a test catches before any release.
    static let compiled: CompiledSchema = {
        do {
            return try CompiledSchema(xsd: PackageResources.pack_1_xsd, name: "pack-1.xsd")
        } catch {
            fatalError("the built-in pack schema is broken: \(error)")
        }
    }()
}
