import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A page checked in a real browser: Chromium run headless on a file, for a screenshot, a
/// PDF, the page's layout at a width, or the DOM it built. Every run has its own profile
/// folder, a time limit, and a proxy on 127.0.0.1 that counts what reaches it, so a
/// request leaving the file is seen (`Run.proxyRequests`).
///
/// Found as `$CHROMIUM`, else `/usr/bin/chromium`, `chromium`, `chromium-browser` on the
/// `PATH`. Where it is not found a test is skipped (`shouldRun`), except when `$CI` is
/// set: then the test runs and `required()` fails it, saying what to install.
///
/// A test of another page (the HTML report) does the same as `BrowserTests`:
/// `let chromium = try HeadlessChromium.required()`, write the page to a temporary folder,
/// then `chromium.requests(loading:)` (its `pageRequests` empty), `chromium.layout(of:width:)`,
/// `chromium.printToPDF(_:to:)` and `PDFText` on the result.
public struct HeadlessChromium: Sendable {
    /// The executable run.
    public var path: String
    /// How long one run may take before it is killed.
    public var timeLimit: TimeInterval = 60

    /// What one run left: its exit status, its stderr (Chromium's log) and stdout, and the
    /// first line of every connection that reached the proxy (`CONNECT host:443 …`,
    /// `GET http://… `): empty when nothing left the file.
    public struct Run: Sendable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
        public var proxyRequests: [String]

        /// `proxyRequests` without the browser's own calls home (`browserServiceHosts`),
        /// which Chromium 156 makes on every start whatever its flags: what the page asked for.
        public var pageRequests: [String] {
            proxyRequests.filter { line in
                let target = line.split(separator: " ").dropFirst().first.map(String.init) ?? ""
                let host = URL(string: target)?.host ?? String(target.split(separator: ":").first ?? "")
                return !HeadlessChromium.browserServiceHosts.contains(host.lowercased())
            }
        }
    }

    /// The hosts Chromium itself calls at start (component updates, the account check,
    /// network time), however it is started: exact names, so that a page's request to
    /// another host of the same company (fonts.googleapis.com) still counts.
    public static let browserServiceHosts: Set<String> = [
        "update.googleapis.com", "accounts.google.com", "clients2.google.com", "clients2.googleusercontent.com",
        "redirector.gvt1.com", "edgedl.me.gvt1.com", "safebrowsingohttpgateway.googleapis.com",
        "optimizationguide-pa.googleapis.com", "content-autofill.googleapis.com",
    ]

    /// The page's layout, measured in the page by a script added to a copy of it.
    public struct Layout: Sendable, Decodable, Equatable {
        /// `document.documentElement.scrollWidth`: wider than `innerWidth` when the page
        /// scrolls sideways.
        public var scrollWidth: Int
        public var innerWidth: Int
        /// Elements whose right edge is beyond the viewport, as `tag.class`, and text
        /// beyond it, as `text in tag.class` (at most 20).
        public var overflowing: [String]
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public init(path: String) {
        self.path = path
    }

    /// `$CI` is set (and not empty): a missing browser fails the test instead of skipping it.
    public static var isCI: Bool {
        !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty
    }

    /// Chromium's path, or nil.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let given = environment["CHROMIUM"], !given.isEmpty {
            return FileManager.default.isExecutableFile(atPath: given) ? given : nil
        }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") { return "/usr/bin/chromium" }
        return executableOnPath("chromium", environment: environment)
            ?? executableOnPath("chromium-browser", environment: environment)
    }

    /// `name`'s path in `$PATH`, or nil.
    public static func executableOnPath(
        _ name: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = folder + "/" + name
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// For `.enabled(if:)`: Chromium is here, or this is CI (where `required()` fails).
    public static var shouldRun: Bool { isCI || find() != nil }

    /// The browser, or a failure naming the package to install (on CI, where a missing
    /// browser must not pass as a skip).
    public static func required() throws -> HeadlessChromium {
        guard let path = find() else {
            throw Failure(
                description: "Chromium was not found (CHROMIUM, /usr/bin/chromium, chromium, chromium-browser): "
                    + "install it (`apt-get install chromium`, as .ci/run does) or set CHROMIUM to its path")
        }
        return HeadlessChromium(path: path)
    }

    /// A screenshot of `file` at `width` × `height` CSS pixels, written to `png`.
    @discardableResult
    public func screenshot(of file: URL, width: Int, height: Int, to png: URL) throws -> Run {
        let run = try self.run(["--screenshot=\(png.path)", "--window-size=\(width),\(height)", "--hide-scrollbars"], file)
        guard FileManager.default.fileExists(atPath: png.path) else {
            throw Failure(description: "chromium wrote no screenshot \(png.path): \(run.standardError.suffix(2000))")
        }
        return run
    }

    /// `file` printed as the browser prints it (its `@page` size), with no header or footer.
    @discardableResult
    public func printToPDF(_ file: URL, to pdf: URL) throws -> Run {
        let run = try self.run(["--print-to-pdf=\(pdf.path)", "--no-pdf-header-footer"], file)
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            throw Failure(description: "chromium wrote no PDF \(pdf.path): \(run.standardError.suffix(2000))")
        }
        return run
    }

    /// The DOM the page built, serialised, after its load; at `width` × `height`.
    public func dumpDOM(of file: URL, width: Int = 360, height: Int = 800) throws -> Run {
        try run(["--dump-dom", "--window-size=\(width),\(height)", "--virtual-time-budget=2000"], file)
    }

    /// Loads `file` with its content security policy taken out (so that only the markup
    /// decides what is fetched) and returns the run: `proxyRequests` lists what left the
    /// file, and `standardOutput` is the DOM built.
    public func requests(loading file: URL) throws -> Run {
        let html = try String(contentsOf: file, encoding: .utf8)
        let copy = try Self.temporaryCopy(of: file, html: Self.withoutContentSecurityPolicy(html))
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        return try dumpDOM(of: copy)
    }

    /// The layout of `file` at `width` (CSS pixels). Headless Chromium's window is at
    /// least 500 pixels wide whatever `--window-size` says, so the page is measured in an
    /// `<iframe srcdoc>` of exactly that width, by a script of the wrapping page; the
    /// frame is sandboxed, so the page runs no script of its own (nor an `alert` that
    /// would stop the browser); what the script finds is read from the DOM.
    public func layout(of file: URL, width: Int, height: Int = 800) throws -> Layout {
        let html = try String(contentsOf: file, encoding: .utf8)
        var attribute = ""
        for character in html.unicodeScalars {
            switch character {
            case "&": attribute += "&amp;"
            case "\"": attribute += "&quot;"
            default: attribute.unicodeScalars.append(character)
            }
        }
        let wrapper = """
            <!DOCTYPE html><html><head><meta charset="utf-8">\
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
            img-src data:; script-src 'unsafe-inline'">\
            <style>body{margin:0}iframe{border:0;display:block}</style></head><body>\
            <iframe id="page" sandbox="allow-same-origin" width="\(width)" height="\(height)" style="width:\(width)px;height:\(height)px" \
            srcdoc="\(attribute)"></iframe><script>\(Self.measuringScript)</script></body></html>
            """
        let copy = try Self.temporaryCopy(of: file, html: wrapper)
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        let run = try dumpDOM(of: copy, width: max(width + 40, 600), height: height + 100)
        guard let start = run.standardOutput.range(of: "<pre id=\"oberih-layout\">"),
            let end = run.standardOutput.range(of: "</pre>", range: start.upperBound..<run.standardOutput.endIndex)
        else {
            throw Failure(
                description: "the measuring script left nothing in the DOM (status \(run.status)): "
                    + "\(run.standardError.suffix(2000))")
        }
        let json = Self.unescapedText(String(run.standardOutput[start.upperBound..<end.lowerBound]))
        return try JSONDecoder().decode(Layout.self, from: Data(json.utf8))
    }

    /// Every `src=`, `href=`, `srcset=`, `action=`, `poster=`, `data=` or `url(` of `html`
    /// whose target is neither a fragment (`#…`) nor `data:`: what would be fetched.
    public static func externalReferences(in html: String) -> [String] {
        let pattern = #"(?i)(\b(?:src|href|srcset|action|poster|data|xlink:href)\s*=\s*["']?\s*([^"'\s>]*)|url\(\s*["']?\s*([^"')\s]*))"#
        let expression = try! NSRegularExpression(pattern: pattern)
        let whole = NSRange(html.startIndex..., in: html)
        return expression.matches(in: html, range: whole).compactMap { match in
            let targetRange = match.range(at: 2).location != NSNotFound ? match.range(at: 2) : match.range(at: 3)
            let target = Range(targetRange, in: html).map { String(html[$0]) } ?? ""
            let lowered = target.lowercased()
            if lowered.hasPrefix("#") || lowered.hasPrefix("data:") { return nil }
            return Range(match.range, in: html).map { String(html[$0]) }
        }
    }

    /// Runs Chromium on `file` with `arguments`, through the counting proxy, killed after
    /// `timeLimit`.
    public func run(_ arguments: [String], _ file: URL) throws -> Run {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oberih-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let proxy = try CountingProxy()
        defer { proxy.stop() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                "--proxy-server=http://127.0.0.1:\(proxy.port)", "--proxy-bypass-list=<-loopback>",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--metrics-recording-only", "--no-pings",
                "--disable-client-side-phishing-detection", "--disable-domain-reliability",
                "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter,"
                    + "AutofillServerCommunication,CertificateTransparencyComponentUpdater",
                "--enable-logging=stderr", "--v=0",
            ] + arguments + [file.absoluteString]
        let outputFile = folder.appendingPathComponent("stdout")
        let errorFile = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputFile)
        let error = try FileHandle(forWritingTo: errorFile)
        defer {
            try? output.close()
            try? error.close()
        }
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path  // nothing written to the user's own folders
        process.environment = environment
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeLimit) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 5) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                _ = finished.wait(timeout: .now() + 5)
            }
            throw Failure(description: "chromium took more than \(Int(timeLimit)) s on \(file.path) and was killed")
        }
        return Run(
            status: process.terminationStatus,
            standardOutput: (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "",
            standardError: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "",
            proxyRequests: proxy.requests)
    }

    /// `html` written as `page.html` in a new temporary folder (the caller removes it).
    static func temporaryCopy(of file: URL, html: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oberih-page-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent(file.lastPathComponent.isEmpty ? "page.html" : file.lastPathComponent)
        try html.write(to: copy, atomically: true, encoding: .utf8)
        return copy
    }

    /// `html` without its `<meta http-equiv="Content-Security-Policy" …>`.
    public static func withoutContentSecurityPolicy(_ html: String) -> String {
        html.replacingOccurrences(
            of: #"<meta http-equiv="Content-Security-Policy"[^>]*>"#, with: "", options: .regularExpression)
    }

    /// A text node's characters as Chromium serialises them.
    static func unescapedText(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Run by the wrapping page once the frame has loaded: the frame's widths and what
    /// sticks out on its right, in a `<pre>` of the wrapping page.
    static let measuringScript = """
        const frame = document.getElementById('page');
        frame.addEventListener('load', () => {
          const page = frame.contentDocument;
          const width = frame.contentWindow.innerWidth;
          const overflowing = [];
          const name = (element) => element.tagName.toLowerCase() + (element.className ? '.' + element.className : '');
          // A right edge as far as it is seen: a box that scrolls or clips sideways (a
          // table's scroll box) hides what is beyond its own right edge.
          const shown = (right, from) => {
            for (let box = from; box && box !== page.body; box = box.parentElement) {
              if (frame.contentWindow.getComputedStyle(box).overflowX !== 'visible') {
                right = Math.min(right, box.getBoundingClientRect().right);
              }
            }
            return right;
          };
          for (const element of page.querySelectorAll('body *')) {
            const box = element.getBoundingClientRect();
            if (shown(box.right, element.parentElement) > width + 0.5 && overflowing.length < 20) overflowing.push(name(element));
          }
          // Text that runs out of its element's box (a long word that does not wrap).
          const walker = page.createTreeWalker(page.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const range = page.createRange();
            range.selectNodeContents(node);
            const box = range.getBoundingClientRect();
            if (shown(box.right, node.parentElement) > width + 0.5 && overflowing.length < 20) overflowing.push('text in ' + name(node.parentElement));
          }
          const result = document.createElement('pre');
          result.id = 'oberih-layout';
          result.textContent = JSON.stringify({
            scrollWidth: page.documentElement.scrollWidth, innerWidth: width, overflowing: overflowing });
          document.body.appendChild(result);
        });
        """
}

/// The text of a PDF and its page count, by poppler's `pdftotext` and `pdfinfo`.
public enum PDFText {
    /// For `.enabled(if:)`, with `HeadlessChromium.shouldRun`.
    public static var shouldRun: Bool { HeadlessChromium.isCI || tools() != nil }

    static func tools() -> (text: String, info: String)? {
        guard let text = HeadlessChromium.executableOnPath("pdftotext"),
            let info = HeadlessChromium.executableOnPath("pdfinfo")
        else { return nil }
        return (text, info)
    }

    static func required() throws -> (text: String, info: String) {
        guard let tools = tools() else {
            throw HeadlessChromium.Failure(
                description: "pdftotext and pdfinfo were not found: install poppler-utils (as .ci/run does)")
        }
        return tools
    }

    /// The number of pages (`pdfinfo`).
    public static func pageCount(of pdf: URL) throws -> Int {
        let info = try output(of: try required().info, [pdf.path])
        guard let line = info.split(separator: "\n").first(where: { $0.hasPrefix("Pages:") }),
            let count = Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces))
        else { throw HeadlessChromium.Failure(description: "pdfinfo gave no page count: \(info)") }
        return count
    }

    /// The page's text (`pdftotext -layout`), pages separated by form feeds.
    public static func text(of pdf: URL) throws -> String {
        try output(of: try required().text, ["-layout", "-enc", "UTF-8", pdf.path, "-"])
    }

    static func output(of executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw HeadlessChromium.Failure(description: "\(executable) \(arguments) exited \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A TCP listener on 127.0.0.1 (a free port) that keeps the first line of every
/// connection and closes it: where a browser told to use it as its proxy sends any
/// request.
final class CountingProxy: @unchecked Sendable {
    let port: UInt16
    private let socket: Int32
    private let lock = NSLock()
    private var lines: [String] = []
    private var stopped = false
    private let done = DispatchSemaphore(value: 0)

    init() throws {
        #if canImport(Glibc)
            let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw HeadlessChromium.Failure(description: "cannot open a socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(descriptor, socketAddress, length) == 0 && listen(descriptor, 16) == 0
                    && getsockname(descriptor, socketAddress, &length) == 0
            }
        }
        guard bound else {
            close(descriptor)
            throw HeadlessChromium.Failure(description: "cannot listen on 127.0.0.1")
        }
        socket = descriptor
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in self.serve() }
    }

    /// The first line of each connection so far.
    var requests: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lines
    }

    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
        done.wait()
        close(socket)
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func serve() {
        defer { done.signal() }
        while !isStopped {
            var waiting = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&waiting, 1, 100) > 0 else { continue }
            let connection = accept(socket, nil, nil)
            guard connection >= 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 2048)
            var read = 0
            // The request line, or whatever arrives in a second.
            var reading = pollfd(fd: connection, events: Int16(POLLIN), revents: 0)
            if poll(&reading, 1, 1000) > 0 { read = max(0, recv(connection, &buffer, buffer.count, 0)) }
            let text = String(decoding: buffer[..<read], as: UTF8.self)
            let line = text.split(separator: "\r\n", maxSplits: 1).first.map(String.init) ?? "(a connection sent nothing)"
            lock.lock()
            lines.append(line)
            lock.unlock()
            close(connection)
        }
    }
}
