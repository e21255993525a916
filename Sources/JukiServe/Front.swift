/// What the server answers, decided without the HTTP library: the method (GET and HEAD only), the path
/// (only what the site holds: a lookup of the whole path, never a file name joined to a folder), and
/// `/_events` (the reload stream, answered by the library's adapter).
public struct Reply: Sendable, Equatable {
    public var status: Int
    public var contentType: String
    public var body: [UInt8]
    /// Headers besides Content-Type and Content-Length (Allow for 405, Location for 301).
    public var headers: [String: String]

    public init(status: Int, contentType: String, body: [UInt8], headers: [String: String] = [:]) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.headers = headers
    }
}

/// The site being served: every page and file by path (`/`, `/R4/`, `/R4/report.txt`, `/R4/check`), or nil.
public protocol ServedSite: Sendable {
    func reply(for path: String) -> Reply?
    /// The page for a path that is none of the site's (404).
    func notFound(_ path: String) -> Reply
}

public enum Front {
    public enum Answer: Sendable {
        case reply(Reply)
        /// Open a stream of Server-Sent Events.
        case events
    }

    public static let allowed = "GET, HEAD"

    /// The answer to `method` on `target` (the request line's path, query and all, as sent).
    public static func answer(method: String, target: String, site: some ServedSite) -> Answer {
        guard method == "GET" || method == "HEAD" else {
            return .reply(Reply(status: 405, contentType: "text/plain; charset=utf-8",
                                body: Array("405 Method Not Allowed\n".utf8), headers: ["Allow": allowed]))
        }
        // The query is ignored (a browser's cache-busting ?v=); the path is looked up as sent, percent
        // escapes and all: no name of the site needs one, so /..%2f.. and /%52%34/ are simply not found.
        let path = String(target.prefix { $0 != "?" && $0 != "#" })
        if path == LiveReload.eventsPath { return method == "GET" ? .events : .reply(eventsHead) }
        if let reply = site.reply(for: path) { return .reply(reply) }
        return .reply(site.notFound(path))
    }

    static let eventsHead = Reply(status: 200, contentType: "text/event-stream", body: [])
}
