import Foundation
import Testing

@testable import PackXML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A fresh temporary folder holding a "secret" file that no pack may ever read.
///
/// The secret holds a marker unique to this folder, so finding the marker anywhere in a
/// load's output proves the file was read.
final class SecretFolder {
    let url: URL
    let marker: String
    /// A plain text file whose whole content is the marker.
    let secretFile: URL

    init() throws {
        let unique = UUID().uuidString
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("oberih-hostile-\(unique)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        marker = "SECRET-MARKER-\(unique)"
        secretFile = url.appendingPathComponent("secret.txt")
        try Data(marker.utf8).write(to: secretFile)
    }

    /// `file://` URL of the secret file.
    var secretFileURL: String { secretFile.absoluteString }

    /// Writes `contents` into the folder under `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        try write(name, Array(contents.utf8))
    }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Every string a caller could ever read from a load: messages, names, namespaces,
/// attribute values and text, anywhere in the tree.
func everyString(in document: LoadedXMLDocument) -> [String] {
    var strings = document.problems.map(\.message)
    var stack = document.root.map { [$0] } ?? []
    while let element = stack.popLast() {
        strings.append(element.name)
        if let namespace = element.namespace { strings.append(namespace) }
        for attribute in element.attributes {
            strings.append(attribute.name)
            strings.append(attribute.value)
            if let namespace = attribute.namespace { strings.append(namespace) }
        }
        stack += element.children
        strings.append(element.text)
    }
    return strings
}

/// Records an issue for every place the marker shows up in the load's output.
func expectNoSecret(
    _ marker: String, in document: LoadedXMLDocument, sourceLocation: SourceLocation = #_sourceLocation
) {
    let leaks = everyString(in: document).filter { $0.contains(marker) }
    #expect(leaks.isEmpty, "the secret file's content leaked: \(leaks)", sourceLocation: sourceLocation)
}

/// Loads UTF-8 text from memory with the default limits and no schema.
func loadText(_ text: String, schema: CompiledSchema? = nil) -> LoadedXMLDocument {
    HardenedXMLLoader.load(bytes: Array(text.utf8), schema: schema)
}

/// A readable description of a load for failure messages.
func describe(_ document: LoadedXMLDocument) -> String {
    let root = document.root.map { "root <\($0.name)>" } ?? "no root"
    let problems = document.problems.map { problem in
        let at = problem.position.map { "\($0.line):\($0.column)" } ?? "-"
        return "\(problem.kind.rawValue)@\(at): \(problem.message.prefix(200))"
    }
    return "\(root); problems: \(problems)"
}

/// The depth of the deepest element below (and including) `element`, without recursion.
func depth(of element: ParsedElement) -> Int {
    var deepest = 0
    var stack: [(ParsedElement, Int)] = [(element, 1)]
    while let (current, level) = stack.popLast() {
        deepest = max(deepest, level)
        for child in current.children { stack.append((child, level + 1)) }
    }
    return deepest
}

/// A TCP listener on 127.0.0.1 that never accepts: it only tells whether anything tried
/// to connect, i.e. whether the parser went to the network.
final class ConnectionTrap {
    private let descriptor: Int32
    let port: UInt16

    init() throws {
        #if canImport(Glibc)
            let socketType = Int32(SOCK_STREAM.rawValue)
        #else
            let socketType = SOCK_STREAM
        #endif
        let descriptor = socket(AF_INET, socketType, 0)
        guard descriptor >= 0 else { throw TrapError.socket }
        var address = sockaddr_in()
        #if canImport(Darwin)
            address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0, listen(descriptor, 8) == 0 else {
            close(descriptor)
            throw TrapError.socket
        }
        var actual = sockaddr_in()
        var actualLength = length
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                getsockname(descriptor, $0, &actualLength)
            }
        }
        self.descriptor = descriptor
        port = UInt16(bigEndian: actual.sin_port)
    }

    /// True when a connection is waiting: something tried to fetch from the trap.
    var wasContacted: Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) > 0 && entry.revents & Int16(POLLIN) != 0
    }

    /// Connects to the trap, as a control that `wasContacted` notices a connection.
    func knock() throws {
        #if canImport(Glibc)
            let socketType = Int32(SOCK_STREAM.rawValue)
        #else
            let socketType = SOCK_STREAM
        #endif
        let client = socket(AF_INET, socketType, 0)
        guard client >= 0 else { throw TrapError.socket }
        defer { close(client) }
        var address = sockaddr_in()
        #if canImport(Darwin)
            address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw TrapError.socket }
    }

    deinit { close(descriptor) }

    enum TrapError: Error { case socket }
}
