import PackXML

/// The XSD of the lesson-pack format, compiled once per process.
public enum PackSchema {
    /// The XSD text, as in Curriculum/schema/pack-1.xsd.
    public static var source: String { PackSchemaSource.xsd + "\n" }

    /// The compiled schema. The XSD ships inside the binary; if it fails to compile the
    /// program itself is broken, which a test catches before any release.
    static let compiled: CompiledSchema = {
        do {
            return try CompiledSchema(xsd: Array(source.utf8), name: "pack-1.xsd")
        } catch {
            fatalError("the built-in pack schema is broken: \(error)")
        }
    }()
}
