import ArgumentParser
import Foundation

/// An LRS's address as `push` takes it: the xAPI endpoint, its statements resource.
enum LRSAddress {
    /// The statements resource of an endpoint (`…/xAPI/` → `…/xAPI/statements`); https
    /// unless the host is this machine.
    static func statements(_ endpoint: String) throws -> URL {
        guard let url = URL(string: endpoint), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            let host = url.host, !host.isEmpty, url.query == nil, url.user == nil
        else {
            throw ValidationError(
                "--endpoint takes the LRS's xAPI endpoint, such as https://lrs.example.org/xAPI/ "
                    + "(no query, no user name in it: the credentials go in OBERIH_LRS_USERNAME and OBERIH_LRS_PASSWORD)")
        }
        guard scheme == "https" || isLoopback(host) else {
            throw ValidationError(
                "\(endpoint) is not https: learners' results go only over an encrypted connection, except to an "
                    + "LRS on this machine (127.0.0.1, ::1 or localhost)")
        }
        var text = trimmed(url.absoluteString)
        if !text.hasSuffix("/statements") { text += "/statements" }
        return URL(string: text)!
    }

    static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if host == "localhost" || host == "::1" { return true }
        // 127.0.0.0/8, written as four numbers: a name such as 127.example.org is not.
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// Adds `host` to `no_proxy` and `NO_PROXY` for this process, so that libcurl sends to
    /// it directly whatever proxy the environment names.
    static func bypassProxies(for host: String) {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        for name in ["no_proxy", "NO_PROXY"] {
            let current = ProcessInfo.processInfo.environment[name] ?? ""
            let hosts = current.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard !hosts.contains(bare) else { continue }
            setenv(name, (hosts + [bare]).filter { !$0.isEmpty }.joined(separator: ","), 1)
        }
    }

    static func requireHomePage(_ homePage: String) throws {
        guard let url = URL(string: homePage), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
            throw ValidationError(
                "--home-page takes the web address of your organisation's system, such as https://lms.example.org")
        }
    }

    /// Without trailing slashes.
    static func trimmed(_ address: String) -> String {
        var text = address
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}

/// The LRS account `push` logs in with: from the environment, or a file only its owner
/// can read (never an argument, which every user of the machine sees in `ps`).
struct LRSCredentials {
    var username: String
    var password: String

    static func read(file: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> LRSCredentials
    {
        if let file { return try fromFile(file) }
        if let username = environment["OBERIH_LRS_USERNAME"], !username.isEmpty,
            let password = environment["OBERIH_LRS_PASSWORD"]
        {
            return LRSCredentials(username: username, password: password)
        }
        throw CommandFailure(
            "push needs the LRS's credentials: set OBERIH_LRS_USERNAME and OBERIH_LRS_PASSWORD, or give "
                + "--credentials FILE (one line, username:password; chmod 600 FILE)")
    }

    private static func fromFile(_ path: String) throws -> LRSCredentials {
        let next = "give a file holding one line, username:password (chmod 600), or set OBERIH_LRS_USERNAME and OBERIH_LRS_PASSWORD"
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw CommandFailure("there is no credentials file \(path); \(next)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("cannot read the credentials file \(path) (not a file, or not yours to read); \(next)")
        }
        let mode = (attributes[.posixPermissions] as? Int) ?? 0
        if mode & 0o077 != 0 {
            throw CommandFailure(
                "the credentials file \(path) can be read by other users (mode \(String(mode, radix: 8))); "
                    + "`chmod 600 \(shellWord(path))` and push again")
        }
        let line = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        guard let colon = line.firstIndex(of: ":"), colon != line.startIndex else {
            throw CommandFailure("the credentials file \(path) must hold one line: username:password")
        }
        return LRSCredentials(username: String(line[..<colon]), password: String(line[line.index(after: colon)...]))
    }
}
