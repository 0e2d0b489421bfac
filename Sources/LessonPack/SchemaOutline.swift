import PackXML

/// What the pack XSD allows on each element, read from the XSD itself: its attributes
/// (with their types) and its child elements in the order the schema wants them. Used to
/// word schema errors ("move <hint> before <feedback>", "did you mean 'kind'?").
///
/// Elements are known by local name; where one name is declared in several places (the
/// `text` of a lesson and of a scenario node) their attributes and children are merged.
struct SchemaOutline: Sendable {
    struct Shape: Sendable {
        /// Attribute name → the XSD type's name (`Country`, `xs:boolean`; "" when anonymous).
        var attributes: [String: String] = [:]
        /// Child element name → its place in the order (members of one choice share one).
        var childRanks: [String: Int] = [:]
        /// Child element names in schema order.
        var children: [String] = []
        /// Children that must be present (minOccurs not 0, not one of a choice).
        var requiredChildren: Set<String> = []
        /// Children that may come more than once (maxOccurs above 1, themselves or a
        /// sequence, choice or group they are in); the others may come once.
        var repeatableChildren: Set<String> = []
        /// Children that may be left out (minOccurs 0, themselves or a sequence, choice or
        /// group they are in); where a name is declared twice, left out in either.
        var optionalChildren: Set<String> = []
    }

    private(set) var shapes: [String: Shape] = [:]

    /// The outline of the built-in schema, made once.
    static let pack = SchemaOutline(xsd: PackageResources.pack_1_xsd)

    static let xsNamespace = "http://www.w3.org/2001/XMLSchema"

    init(xsd: [UInt8]) {
        guard let root = HardenedXMLLoader.load(bytes: xsd, schema: nil).root else { return }
        var named: [String: [String: ParsedElement]] = [:]
        for child in root.children where child.namespace == Self.xsNamespace {
            if let name = child.attribute("name")?.value { named[child.name, default: [:]][name] = child }
        }
        self.named = named
        var stack = [root]
        while let element = stack.popLast() {
            stack += element.children
            guard element.namespace == Self.xsNamespace, element.name == "element",
                let name = element.attribute("name")?.value
            else { continue }
            var shape = shapes[name] ?? Shape()
            if let type = element.attribute("type")?.value, let complex = named["complexType"]?[Self.local(type)] {
                add(complexType: complex, to: &shape, depth: 0)
            } else if let inline = element.child(named: "complexType") {
                add(complexType: inline, to: &shape, depth: 0)
            }
            shapes[name] = shape
        }
        self.named = [:]
    }

    private var named: [String: [String: ParsedElement]] = [:]

    private static func local(_ qualified: String) -> String {
        qualified.split(separator: ":").last.map(String.init) ?? qualified
    }

    private func add(complexType: ParsedElement, to shape: inout Shape, depth: Int) {
        guard depth < 20 else { return }
        for child in complexType.children where child.namespace == Self.xsNamespace {
            switch child.name {
            case "sequence", "choice", "all", "group":
                add(particle: child, to: &shape, depth: depth + 1, repeats: false, optional: false)
            case "attribute", "attributeGroup":
                add(attribute: child, to: &shape, depth: depth + 1)
            case "complexContent", "simpleContent":
                for derivation in child.children where ["extension", "restriction"].contains(derivation.name) {
                    if let base = derivation.attribute("base")?.value, let type = named["complexType"]?[Self.local(base)] {
                        add(complexType: type, to: &shape, depth: depth + 1)
                    }
                    add(complexType: derivation, to: &shape, depth: depth + 1)
                }
            default:
                break
            }
        }
    }

    private func add(attribute: ParsedElement, to shape: inout Shape, depth: Int) {
        guard depth < 20 else { return }
        if attribute.name == "attributeGroup" {
            if let reference = attribute.attribute("ref")?.value,
                let group = named["attributeGroup"]?[Self.local(reference)]
            {
                for member in group.children where member.name == "attribute" || member.name == "attributeGroup" {
                    add(attribute: member, to: &shape, depth: depth + 1)
                }
            }
            return
        }
        guard let name = attribute.attribute("name")?.value else { return }
        shape.attributes[name] = attribute.attribute("type")?.value ?? ""
    }

    /// Children in order: a sequence's members take successive places, a choice's share one.
    /// `repeats`, `optional`: a particle around this one may occur more than once, or not at all.
    private func add(particle: ParsedElement, to shape: inout Shape, depth: Int, repeats: Bool, optional: Bool) {
        guard depth < 20 else { return }
        let maxOccurs = particle.attribute("maxOccurs")?.value ?? "1"
        let repeats = repeats || (maxOccurs != "1" && maxOccurs != "0")
        let optional = optional || particle.attribute("minOccurs")?.value == "0"
        switch particle.name {
        case "element":
            guard let name = particle.attribute("name")?.value ?? particle.attribute("ref").map({ Self.local($0.value) })
            else { return }
            if shape.childRanks[name] == nil {
                shape.childRanks[name] = shape.children.count
                shape.children.append(name)
                if particle.attribute("minOccurs")?.value != "0", particle.parent?.name != "choice" {
                    shape.requiredChildren.insert(name)
                }
            }
            if repeats { shape.repeatableChildren.insert(name) }
            if optional { shape.optionalChildren.insert(name) }
        case "group":
            if let reference = particle.attribute("ref")?.value, let group = named["group"]?[Self.local(reference)] {
                for member in group.children where member.namespace == Self.xsNamespace {
                    add(particle: member, to: &shape, depth: depth + 1, repeats: repeats, optional: optional)
                }
            }
        case "choice":
            let rank = shape.children.count
            for member in particle.children where member.namespace == Self.xsNamespace {
                let before = shape.children.count
                add(particle: member, to: &shape, depth: depth + 1, repeats: repeats, optional: optional)
                for added in shape.children[before...] { shape.childRanks[added] = rank }
            }
        case "sequence", "all":
            for member in particle.children where member.namespace == Self.xsNamespace {
                add(particle: member, to: &shape, depth: depth + 1, repeats: repeats, optional: optional)
            }
        default:
            break
        }
    }
}
