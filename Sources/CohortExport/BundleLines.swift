import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file read line by line (split at `\n`) in 64 KiB chunks: memory holds one line and
/// one chunk, whatever the file's size.
final class BundleLines {
    let path: String
    private let descriptor: Int32
    private var chunk: [UInt8] = []
    private var position = 0
    private var atEnd = false
    /// Lines read so far, from 1.
    private(set) var number = 0
    /// Whether the last line read ended with `\n` (the file's last line may not).
    private(set) var lastLineWasEnded = true

    init(path: String) throws(BundleError) {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path: path, detail: String(cString: strerror(errno)).lowercased()) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw .unreadable(path: path, detail: "it is a folder")
        }
    }

    deinit {
        close(descriptor)
    }

    /// The next line without its `\n`; nil at the end of the file.
    func next() throws(BundleError) -> [UInt8]? {
        var line: [UInt8] = []
        while true {
            if position == chunk.count {
                if atEnd { break }
                try refill()
                continue
            }
            if let newline = chunk[position...].firstIndex(of: 0x0A) {
                line.append(contentsOf: chunk[position..<newline])
                position = newline + 1
                number += 1
                lastLineWasEnded = true
                return line
            }
            line.append(contentsOf: chunk[position...])
            position = chunk.count
            if line.count > BundleFormat.maximumLineLength {
                throw .malformed(path: path, line: number + 1, detail: "the line is longer than the format allows")
            }
        }
        guard !line.isEmpty else { return nil }
        number += 1
        lastLineWasEnded = false
        return line
    }

    private func refill() throws(BundleError) {
        chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else {
                throw .unreadable(path: path, detail: String(cString: strerror(errno)).lowercased())
            }
            chunk.removeLast(chunk.count - count)
            atEnd = count == 0
            position = 0
            return
        }
    }
}
