import Glibc
import JukiCLI
import JukiHTTP

// `juki-report serve` execs this program with its arguments; it is juki-report's serve with the HTTP server
// linked in (JukiServe/Listener.swift says why the two are apart).
signal(SIGXFSZ, SIG_IGN)
JukiReport.serve(with: Server.make)
