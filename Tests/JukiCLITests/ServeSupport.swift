import Foundation
import JukiTestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A `juki-report serve` run for a test: started on a free loopback port (--port 0, the port read from its
/// first line), stopped with SIGTERM.
final class ServeProcess {
    let process = Process()
    private let err = Pipe()
    private(set) var port = 0
    private var said = Data()

    init(in work: String, arguments: [String] = []) throws {
        process.executableURL = URL(fileURLWithPath: CLIRun.binary)
        process.arguments = ["serve", "--port", "0", "--templates", work + "/templates"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: work)
        process.environment = Workspace.quietCrashes
        process.standardError = err
        try process.run()
        // The first line names the URL; nothing else is waited for.
        let handle = err.fileHandleForReading
        while !said.contains(UInt8(ascii: "\n")) {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            said.append(chunk)
        }
        let line = String(decoding: said, as: UTF8.self)
        guard let range = line.range(of: #"127\.0\.0\.1:[0-9]+"#, options: .regularExpression),
              let p = Int(line[range].split(separator: ":")[1]) else {
            process.terminate()
            throw XCTSkip("serve did not start: \(line)")
        }
        port = p
    }

    /// Never left running, whatever a test did.
    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// Stops the server with `signal`; its exit status and everything it said on standard error.
    func stop(_ signal: Int32 = SIGTERM) -> (status: Int32, stderr: String) {
        kill(process.processIdentifier, signal)
        // A server that does not stop fails the test, and is killed: never left behind, never waited for long.
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            XCTFail("serve did not stop on signal \(signal)")
            kill(process.processIdentifier, SIGKILL)
        }
        let rest = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: said + rest, as: UTF8.self))
    }

    func get(_ target: String, method: String = "GET") throws -> HTTPReply {
        try HTTPReply.fetch(port: port, method: method, target: target)
    }
}

/// One HTTP/1.1 exchange over a plain socket: the request line is sent as written (`/..%2f..` stays so;
/// no client library normalises it), the reply read to the end (Connection: close).
struct HTTPReply {
    var status = 0
    var headers: [String: String] = [:]
    var body: [UInt8] = []

    var text: String { String(decoding: body, as: UTF8.self) }

    static func connect(port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let ok = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard ok == 0 else { close(fd); throw POSIXError(.ECONNREFUSED) }
        return fd
    }

    static func send(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    static func fetch(port: Int, method: String, target: String) throws -> HTTPReply {
        let fd = try connect(port: port)
        defer { close(fd) }
        send(fd, "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            data += buffer[0..<n]
        }
        return parse(data)
    }

    static func parse(_ data: [UInt8]) -> HTTPReply {
        var reply = HTTPReply()
        let separator = Array("\r\n\r\n".utf8)
        guard let end = (0..<max(0, data.count - 3)).first(where: { Array(data[$0..<($0 + 4)]) == separator }) else { return reply }
        let head = String(decoding: data[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        reply.status = Int(head.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            reply.headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        reply.body = Array(data[(end + 4)...])
        return reply
    }
}

/// An open `/_events` stream (chunked: each event is one chunk, so its text is whole between the framing).
final class EventStream {
    let fd: Int32
    private var pending = ""

    init(port: Int) throws {
        fd = try HTTPReply.connect(port: port)
        HTTPReply.send(fd, "GET /_events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    }

    deinit { close(fd) }

    /// Reads until `text` has come (true), or the stream ends or stays silent for 20 s (false); what was
    /// read up to the end of `text` is consumed.
    func wait(for text: String) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !pending.contains(text) {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { return false }
            pending += String(decoding: buffer[0..<n], as: UTF8.self)
        }
        if let range = pending.range(of: text) {
            lastLine = String(pending[..<range.lowerBound])
            pending = String(pending[range.upperBound...])
        }
        return true
    }

    /// The data of the next reload event (the editions rebuilt), or nil.
    func nextReload() -> String? {
        guard wait(for: "event: reload\ndata: "), wait(for: "\n") else { return nil }
        return lastLine
    }

    private var lastLine: String? = nil
}
