import Foundation

/// The open `/_events` streams (Server-Sent Events), each told when the site changed.
public final class Broadcaster: @unchecked Sendable {
    private let lock = NSLock()
    private var streams: [UUID: AsyncStream<String>.Continuation] = [:]

    public init() {}

    /// A new subscriber's stream of events, each already in the wire format (`event: reload\ndata: …\n\n`).
    /// It starts with a comment, so that the browser sees the stream open at once.
    public func subscribe() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(8))
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        continuation.yield(": juki-report serve\n\n")
        lock.lock()
        streams[id] = continuation
        lock.unlock()
        return stream
    }

    /// Tells every open page to reload; `editions` are the editions rebuilt (for the event's data).
    public func reload(editions: [String]) {
        let data = editions.isEmpty ? "*" : editions.joined(separator: " ")
        lock.lock()
        let all = Array(streams.values)
        lock.unlock()
        for c in all { c.yield("event: reload\ndata: \(data)\n\n") }
    }

    /// Ends every stream (the server is stopping).
    public func finishAll() {
        lock.lock()
        let all = Array(streams.values)
        streams.removeAll()
        lock.unlock()
        for c in all { c.finish() }
    }

    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return streams.count
    }

    private func remove(_ id: UUID) {
        lock.lock()
        streams[id] = nil
        lock.unlock()
    }
}
