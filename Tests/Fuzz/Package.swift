// swift-tools-version:6.0
// libFuzzer harnesses for juki-report's readers. Not part of the main build: run Tests/Fuzz/run.sh.
import PackageDescription

let harness: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "juki-report-fuzz",
    dependencies: [.package(name: "juki-report", path: "../..")],
    targets: [
        .executableTarget(name: "fuzz-yaml", dependencies: [.product(name: "JukiFuzzing", package: "juki-report")],
                          swiftSettings: harness),
        .executableTarget(name: "fuzz-csv", dependencies: [.product(name: "JukiFuzzing", package: "juki-report")],
                          swiftSettings: harness),
        .executableTarget(name: "fuzz-decode", dependencies: [.product(name: "JukiFuzzing", package: "juki-report")],
                          swiftSettings: harness),
        .executableTarget(name: "fuzz-xml", dependencies: [.product(name: "JukiFuzzing", package: "juki-report")],
                          swiftSettings: harness),
    ]
)
