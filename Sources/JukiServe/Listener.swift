/// The HTTP server as `serve` drives it: listens until stopped, answering every request through `Front`.
/// Made by JukiHTTP (FlyingFox), which only the juki-report-serve program links: FlyingFox brings in
/// Foundation's networking and libcurl with it, whose loading cost every command of juki-report 24 M
/// instructions at start-up (14.8 M → 38.6 M for a program that only imports them, callgrind), so juki-report
/// leaves serving to that program (`Serve.run`).
public protocol Listener: Sendable {
    /// Listens until `stop`; throws when the address cannot be listened on.
    func run() async throws
    /// Waits until the server listens, and returns the port it listens on.
    func waitUntilListening() async throws -> Int
    /// Ends the reload streams and closes the server.
    func stop() async
}

/// Makes the server for `site` on `host` (an IPv4 or IPv6 address) and `port` (0: any free port).
public typealias MakeListener = @Sendable (_ host: String, _ port: UInt16, _ site: any ServedSite,
                                           _ events: Broadcaster) throws -> any Listener
