import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where an export goes: bytes gathered in a buffer and written out every 64 KiB, so the
/// output is written as it is produced and memory stays flat.
public final class ExportSink {
    public enum Failure: Error, CustomStringConvertible {
        case cannotWrite(destination: String, reason: String)

        public var description: String {
            switch self {
            case .cannotWrite(let destination, let reason): "cannot write to \(destination): \(reason)"
            }
        }
    }

    private let descriptor: Int32
    private let destination: String
    private var buffer: [UInt8] = []
    private static let flushSize = 64 * 1024

    /// Writes to an open file descriptor (1 for stdout); `destination` names it in errors.
    public init(descriptor: Int32, destination: String) {
        self.descriptor = descriptor
        self.destination = destination
        buffer.reserveCapacity(Self.flushSize * 2)
    }

    public func write(_ text: String) throws {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= Self.flushSize { try flush() }
    }

    public func write(byte: UInt8) {
        buffer.append(byte)
    }

    /// Writes everything gathered so far.
    public func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { bytes in
                #if canImport(Glibc)
                    Glibc.write(descriptor, bytes.baseAddress, bytes.count)
                #else
                    Darwin.write(descriptor, bytes.baseAddress, bytes.count)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure.cannotWrite(destination: destination, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
