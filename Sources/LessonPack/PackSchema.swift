import PackXML

/// The XSD of the lesson-pack format, compiled once per process.
public enum PackSchema {
    /// The XSD text, Curriculum/schema/pack-1.xsd as it was when the binary was built
    /// (SwiftPM embeds it in the code).
    public static var source: String { String(decoding: PackageResources.pack_1_xsd, as: UTF8.self) }

    /// The namespace of every element of a pack.
    public static var namespace: String { PackDecoder.namespace }

    /// The file name the XSD is published under (`oberih schema`).
    public static let fileName = "pack-1.xsd"

    /// The compiled schema. The XSD ships inside the binary; if it fails to compile the
    /// program itself is broken, which a test catches before any release.
    static let compiled: CompiledSchema = {
        do {
            return try CompiledSchema(
                xsd: PackageResources.pack_1_xsd, name: fileName, independentSubtrees: independentSubtrees)
        } catch {
            fatalError("the built-in pack schema is broken: \(error)")
        }
    }()

    /// The XSD's named type of each step element.
    static let stepTypes: [StepKind: String] = [
        .text: "TextStep", .singleChoice: "ChoiceQuestion", .multipleChoice: "ChoiceQuestion",
        .trueFalse: "TrueFalse", .ordering: "Ordering", .matching: "Matching", .shortAnswer: "ShortAnswer",
        .likert: "Likert", .scenario: "Scenario", .vote: "Vote", .discussion: "Discussion", .rolePlay: "RolePlay",
    ]

    /// The parts of a pack the schema makes valid on their own: each lesson and assessment,
    /// each of their steps, each support contact. Once a pack breaks the schema, each is
    /// validated by itself too, so that a mistake in one does not hide those after it.
    static let independentSubtrees: [IndependentSubtree] = {
        let namespace = PackDecoder.namespace
        var subtrees = [
            IndependentSubtree(element: "lesson", parent: "pack", type: "Lesson", namespace: namespace),
            IndependentSubtree(element: "assessment", parent: "pack", type: "Assessment", namespace: namespace),
            IndependentSubtree(element: "contact", parent: "support", type: "Contact", namespace: namespace),
        ]
        for kind in StepKind.allCases {
            guard let type = stepTypes[kind] else { continue }
            for parent in ["lesson", "assessment"] {
                subtrees.append(
                    IndependentSubtree(element: kind.rawValue, parent: parent, type: type, namespace: namespace))
            }
        }
        return subtrees
    }()
}
