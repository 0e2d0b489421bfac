import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where an export goes: bytes gathered in a buffer and written out every 64 KiB, so the
/// output is written as it is produced and memory stays flat.
public final class ExportSink {
    /// A write that failed: where to, and the system's error number (`ENOSPC`, `EPIPE`, …),
    /// so that a command line can say what to do about it.
    public struct Failure: Error, CustomStringConvertible {
        public var destination: String
        public var errorNumber: Int32

        public init(destination: String, errorNumber: Int32) {
            self.destination = destination
            self.errorNumber = errorNumber
        }

        public var description: String {
            "cannot write to \(destination): \(String(cString: strerror(errorNumber)))"
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

    /// Appends `text` and writes out the buffer if it is full.
    public func write(_ text: String) throws {
        append(text)
        try flushIfFull()
    }

    /// Appends `text` as it is; call `flushIfFull` now and then.
    public func append(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
    }

    /// Appends bytes as they are (UTF-8 already).
    public func append(bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    public func append(_ text: StaticString) {
        text.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    /// A JSON string literal (or null), escaped as `JSONText.string` does, without a copy.
    func appendJSONString(_ text: String?) {
        guard var text else { return append("null") }
        let clean = text.withUTF8 { bytes in
            !bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
        }
        guard clean else { return append(JSONText.string(text)) }
        buffer.append(0x22)
        text.withUTF8 { buffer.append(contentsOf: $0) }
        buffer.append(0x22)
    }

    func appendInteger(_ value: Int) {
        guard value != 0 else { return buffer.append(UInt8(ascii: "0")) }
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
            UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { scratch in
            while magnitude > 0 {
                scratch[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { buffer.append(scratch[index]) }
        }
    }

    /// Like `JSONText.number`: whole numbers without a fraction.
    func appendNumber(_ value: Double) {
        if value == value.rounded(), abs(value) < 1e15 { return appendInteger(Int(value)) }
        append(JSONText.number(value))
    }

    func appendBool(_ value: Bool) {
        append(value ? "true" : "false")
    }

    public func flushIfFull() throws {
        if buffer.count >= Self.flushSize { try flush() }
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
                throw Failure(destination: destination, errorNumber: errno)
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
