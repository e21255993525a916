import FlyingFox
import FlyingSocks
import Foundation
import JukiServe

/// The HTTP server (FlyingFox): every request goes to `Front`, which decides; this file only speaks HTTP.
public final class Server: Listener {
    let http: HTTPServer
    public let events: Broadcaster

    /// `Server.init` as juki-report-serve hands it to `serve`.
    public static let make: MakeListener = { host, port, site, events in
        try Server(host: host, port: port, site: site, events: events)
    }

    /// A server for `site` on `host` (an IPv4 or IPv6 address) and `port` (0: any free port).
    public init(host: String, port: UInt16, site: any ServedSite, events: Broadcaster) throws {
        self.events = events
        let address: any SocketAddress = host.contains(":")
            ? try sockaddr_in6.inet6(ip6: host, port: port)
            : try sockaddr_in.inet(ip4: host, port: port)
        http = HTTPServer(address: address, timeout: 30, logger: .disabled,
                          handler: Handler(site: site, events: events))
    }

    /// Listens until `stop`; throws when the address cannot be listened on.
    public func run() async throws {
        try await http.run()
    }

    /// Waits until the server listens, and returns the port it listens on.
    public func waitUntilListening() async throws -> Int {
        try await http.waitUntilListening()
        switch await http.listeningAddress {
        case .ip4(_, let port)?, .ip6(_, let port)?: return Int(port)
        default: return 0
        }
    }

    /// Ends the reload streams and closes the server.
    public func stop() async {
        events.finishAll()
        await http.stop(timeout: 1)
    }
}

struct Handler: HTTPHandler {
    let site: any ServedSite
    let events: Broadcaster

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        switch Front.answer(method: request.method.rawValue, target: request.target.rawValue, site: site) {
        case .events:
            return HTTPResponse(statusCode: .ok,
                                headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                                body: HTTPBodySequence(from: EventBytes(stream: events.subscribe())))
        case .reply(let reply):
            var headers: HTTPHeaders = [.contentType: reply.contentType, .cacheControl: "no-store"]
            for (name, value) in reply.headers { headers[HTTPHeader(name)] = value }
            let head = request.method == .HEAD
            if head { headers[.contentLength] = String(reply.body.count) }
            return HTTPResponse(statusCode: HTTPStatusCode(reply.status, phrase: Self.phrase(reply.status)),
                                headers: headers, body: head ? Data() : Data(reply.body))
        }
    }

    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        default: return "Internal Server Error"
        }
    }
}

/// The reload stream's events as bytes, for FlyingFox's chunked body.
struct EventBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let stream: AsyncStream<String>

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<String>.Iterator
        var pending: [UInt8] = []

        mutating func next() async -> UInt8? {
            guard let bytes = await nextBuffer(suggested: 1) else { return nil }
            return bytes.first
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            if pending.isEmpty {
                guard let event = await base.next() else { return nil }
                pending = Array(event.utf8)
            }
            let out = Array(pending.prefix(Swift.max(count, 1)))
            pending.removeFirst(out.count)
            return out
        }
    }
}
