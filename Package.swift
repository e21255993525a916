// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "juki-report",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "juki-report", targets: ["juki-report"]),
        // `juki-report serve` runs this program (beside juki-report): only it links the HTTP library.
        .executable(name: "juki-report-serve", targets: ["juki-report-serve"]),
        // For the libFuzzer harnesses in Tests/Fuzz (their own package): the readers under test.
        .library(name: "JukiFuzzing", targets: ["JukiRecords", "JukiXML"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Pinned to 6.2.x: YAMLSlips matches libyaml's English errors (YAMLSlipsTests holds each to this Yams).
        .package(url: "https://github.com/jpsim/Yams", .upToNextMinor(from: "6.2.2")),
        // serve's HTTP server: no dependencies of its own (a clean build ~34 s here; Hummingbird 2 ~320 s:
        // docs/DEVELOPMENT.md, サーバー).
        .package(url: "https://github.com/swhitty/FlyingFox", .upToNextMinor(from: "0.27.1")),
    ],
    targets: [
        // The edition as values: results of FY N, audit findings, plan for N+1; era dates; no I/O.
        .target(name: "JukiModel"),
        // Positioned diagnostics for every reader and the CLI: SourceLocation, SourceFile, Diagnostic (one error
        // family, messages by stage), DiagnosticRenderer (line, caret, display width); InputFile, the one file loader.
        .target(name: "JukiDiagnostics", dependencies: ["JukiModel"]),
        // Records on disk (YAML + CSV) to the model.
        .target(name: "JukiRecords", dependencies: [
            "JukiModel", "JukiDiagnostics",
            .product(name: "Yams", package: "Yams"),
        ]),
        // A published text (report.txt as it was published) read back into the model, every value with its
        // position; the text and character rules are the records' (JukiModel, JukiRecords), not copies.
        .target(name: "JukiImport", dependencies: ["JukiModel", "JukiDiagnostics", "JukiRecords"]),
        // Edition-to-edition comparison (and plan against results) as values: what changed, in the model's terms.
        .target(name: "JukiDiff", dependencies: ["JukiModel"]),
        // The writers: view model (display-ready strings), template rendering, and the diff's outputs
        // (text, JSON, HTML, unified).
        .target(name: "JukiRender", dependencies: [
            "JukiModel", "JukiDiagnostics", "JukiDiff",
        ]),
        // libxml2, through pkg-config (Debian: libxml2-dev).
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        // The archive XML: written and read with libxml2, validated against templates/xml's schema.
        .target(name: "JukiXML", dependencies: ["JukiModel", "JukiDiagnostics", "CLibXML2"]),
        // serve's HTTP side, knowing nothing of editions: GET and HEAD of what a `ServedSite` holds, the reload
        // stream (Server-Sent Events) and the script that listens to it, the polling watcher.
        // No HTTP library here: juki-report links JukiServe, and FlyingFox brings in Foundation's networking and
        // libcurl, whose loading cost every command 24 M instructions at start-up (JukiServe/Listener.swift).
        .target(name: "JukiServe"),
        // The HTTP server itself (FlyingFox), for juki-report-serve only.
        .target(name: "JukiHTTP", dependencies: ["JukiServe", .product(name: "FlyingFox", package: "FlyingFox")]),
        // The commands; the one place that maps errors to exit codes.
        .target(name: "JukiCLI", dependencies: [
            "JukiModel", "JukiDiagnostics", "JukiRecords", "JukiRender", "JukiXML", "JukiDiff", "JukiImport", "JukiServe",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "juki-report", dependencies: ["JukiCLI"]),
        .executableTarget(name: "juki-report-serve", dependencies: ["JukiCLI", "JukiHTTP"]),

        // Shared by the test targets: the package root, golden files, bad-input cases.
        .target(name: "JukiTestSupport", path: "Tests/Support"),

        .testTarget(name: "JukiModelTests", dependencies: ["JukiModel"]),
        .testTarget(name: "JukiRecordsTests", dependencies: [
            "JukiRecords", "JukiDiagnostics", "JukiModel", "JukiTestSupport", .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(name: "JukiRenderTests", dependencies: [
            "JukiRender", "JukiDiff", "JukiRecords", "JukiDiagnostics", "JukiModel", "JukiTestSupport",
        ]),
        .testTarget(name: "JukiXMLTests", dependencies: ["JukiXML", "JukiDiagnostics", "JukiRecords", "JukiRender", "JukiModel", "JukiTestSupport"]),
        .testTarget(name: "JukiImportTests", dependencies: [
            "JukiImport", "JukiRecords", "JukiRender", "JukiDiagnostics", "JukiModel", "JukiTestSupport",
        ]),
        .testTarget(name: "JukiDiffTests", dependencies: ["JukiDiff", "JukiRecords", "JukiModel", "JukiTestSupport"]),
        // Depends on the executable so that `swift test` builds the binary these tests run (never a stale one).
        .testTarget(name: "JukiCLITests", dependencies: ["JukiTestSupport", "juki-report", "juki-report-serve"]),
    ]
)
