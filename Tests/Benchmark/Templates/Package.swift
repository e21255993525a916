// swift-tools-version:6.0
// Issue 13, item 1: the template libraries this machine has (swift-mustache 2.1.1, Stencil 0.15.1, LeafKit
// 1.14.3), each parsing and rendering the report's text (templates/text/report and its partials, or a port of
// them: ports/) over input/R4's report view (r4-report.json). Its own package, not a dependency of juki-report;
// run.sh here counts instructions with callgrind.
import PackageDescription

let package = Package(
    name: "template-bench",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/stencilproject/Stencil", exact: "0.15.1"),
        .package(url: "https://github.com/vapor/leaf-kit", exact: "1.14.3"),
    ],
    targets: [
        .executableTarget(name: "TemplateBench", dependencies: [
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Stencil", package: "Stencil"),
            .product(name: "LeafKit", package: "leaf-kit"),
        ]),
    ]
)
