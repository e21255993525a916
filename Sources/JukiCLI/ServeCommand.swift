import ArgumentParser
import Dispatch
import Foundation
import JukiDiagnostics
import JukiRecords
import JukiServe
#if canImport(Glibc)
import Glibc
#endif

/// `juki-report serve`: every edition built in memory and served read-only, reloaded as its files change.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "すべての版をメモリの上で作り、ブラウザで見られるようにします（プレビュー）。output には何も書きません。",
        discussion: """
            / 一覧と各版の状態、/<版>/ ページ（build と同じ内容）、/<版>/report.txt、/<版>/report.xml、
            /<版>/check 検査の結果、/<版>/diff 前の版との違い、/<版>/plan 前の版の計画と結果。
            --input と templates のファイルを保存すると、開いているページが自動で読み直されます。Ctrl-C で終わります。
            """)

    @OptionGroup var folders: Folders

    @Option(name: .long, help: "ウェブページの枠の設定（既定: <input>/site.yaml）。")
    var site: String?

    @Option(name: .long, help: "待ち受けるポート（0 で空いているポート）。")
    var port = 8080

    @Option(name: .long, help: "待ち受けるアドレス（既定: 127.0.0.1、この機械だけ）。ほかの機械から見せるときは認証のある逆プロキシの後ろで。")
    var host: String?

    func validate() throws {
        try PathOptions.refuseEmpty([("--site", site, "<input>/site.yaml"), ("--host", host, "127.0.0.1")])
        if !(0...65_535).contains(port) { try Outcome.usage(.servePortOutOfRange) }
    }

    /// The HTTP server's maker: set by juki-report-serve (`JukiReport.serve(with:)`); nil in juki-report, which
    /// hands the command to that program (`ServeProgram`), so that juki-report itself never loads the HTTP
    /// library (JukiServe's `Listener` says why).
    nonisolated(unsafe) static var listener: MakeListener?

    func run() throws {
        guard let listener = Self.listener else { try ServeProgram.exec(Array(CommandLine.arguments.dropFirst())) }
        let address = host.map { $0 == "localhost" ? "127.0.0.1" : $0 } ?? "127.0.0.1"
        let preview = Preview(input: folders.input, templates: folders.templates,
                              site: site ?? folders.input + "/" + SiteConfigReader.fileName)
        preview.buildAll()
        let events = Broadcaster()
        let server: any Listener
        do {
            server = try listener(address, UInt16(port), preview, events)
        } catch {
            try Outcome.fail(Diagnostics(.serveCannotListen(host: address, port: port, reason: "\(error)")))
        }
        let session = ServeSession(server: server, preview: preview, events: events,
                                   watched: [folders.input, folders.templates])
        let code = session.run(announce: { port in
            let url = address.contains(":") ? "http://[\(address)]:\(port)/" : "http://\(address):\(port)/"
            Outcome.say("プレビュー: \(url) （Ctrl-C で終わります）")
            if host != nil {
                Outcome.say("注意: --host \(address) で待ち受けています。この機械に届くだれもがプレビューを見られます。"
                            + "部署の外に見せるときは、認証のある逆プロキシ（README）の後ろに置いてください。")
            }
        })
        if let failure = code { try Outcome.fail(Diagnostics(.serveCannotListen(host: address, port: port, reason: failure))) }
    }
}

/// One run of the server: the HTTP task, the watcher's loop, and the signals that end both.
final class ServeSession: @unchecked Sendable {
    let server: any Listener
    let preview: Preview
    let events: Broadcaster
    let watcher: Watcher
    static let pollInterval: UInt64 = 250_000_000

    init(server: any Listener, preview: Preview, events: Broadcaster, watched: [String]) {
        self.server = server
        self.preview = preview
        self.events = events
        watcher = Watcher(roots: watched)
    }

    /// Serves until SIGINT or SIGTERM; nil then, or why the server could not listen.
    func run(announce: @escaping @Sendable (Int) -> Void) -> String? {
        let done = DispatchSemaphore(value: 0)
        let outcome = Box()
        // The signals are taken before the server starts: a SIGTERM that comes while it starts still stops it
        // (the watcher's task stops a server that was asked to stop before it listened).
        var sources: [DispatchSourceSignal] = []
        for signo in [SIGINT, SIGTERM] {
            signal(signo, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signo, queue: .global())
            source.setEventHandler { [server] in
                outcome.stopping = true
                Task { await server.stop() }
            }
            source.resume()
            sources.append(source)
        }
        let serving = Task {
            do {
                try await server.run()
            } catch {
                // Stopping closes the listening socket, which ends run() with an error: not a failure.
                if !outcome.stopping { outcome.failure = "\(error)" }
            }
            done.signal()
        }
        let watching = Task { [self] in
            guard let port = try? await server.waitUntilListening() else { return }
            if outcome.stopping { return await server.stop() }
            announce(port)
            while !Task.isCancelled && !outcome.stopping {
                try? await Task.sleep(nanoseconds: Self.pollInterval)
                let changed = watcher.changes()
                guard !changed.isEmpty else { continue }
                let rebuilt = preview.update(changed: changed)
                events.reload(editions: rebuilt)
            }
        }
        done.wait()
        watching.cancel()
        serving.cancel()
        withExtendedLifetime(sources) {}
        if outcome.failure == nil { Outcome.say("プレビューを終えました。") }
        return outcome.failure
    }

    private final class Box: @unchecked Sendable {
        private let lock = NSLock()
        private var _failure: String?
        private var _stopping = false
        var failure: String? {
            get { lock.withLock { _failure } }
            set { lock.withLock { _failure = newValue } }
        }
        var stopping: Bool {
            get { lock.withLock { _stopping } }
            set { lock.withLock { _stopping = newValue } }
        }
    }
}

/// juki-report-serve, the program beside juki-report that serves: `juki-report serve …` becomes it, with the same
/// arguments in the same process (exec), so its messages, signals and exit code are serve's own.
enum ServeProgram {
    static let name = "juki-report-serve"

    static func exec(_ arguments: [String]) throws -> Never {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let path = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent(name).path
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        execv(path, argv)
        let reason = String(cString: strerror(errno))
        for arg in argv { free(arg) }
        try Outcome.fail(Diagnostics(.serveProgramMissing(path: path, reason: reason)))
    }
}

extension JukiReport {
    /// juki-report-serve's start: `serve` with the HTTP server `make` gives; its first word may be left out
    /// (`juki-report-serve --port 0` is `juki-report serve --port 0`).
    public static func serve(with make: @escaping MakeListener,
                             arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        Serve.listener = make
        let name = Serve._commandName
        start(arguments.first == name ? arguments : [name] + arguments)
    }
}
