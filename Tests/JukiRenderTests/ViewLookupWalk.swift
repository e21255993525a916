import Foundation
@testable import JukiRender
import JukiTestSupport
import Mustache
import XCTest

/// Walks views as `Mirror` sees them and holds each view's `child(named:)` (ViewLookup.swift,
/// DiffViewLookup.swift) to it: every stored field answers under its own name with the value Mirror gives.
struct ViewLookupWalk {
    /// The view types reached, by name without generic arguments (AnnexTableView).
    private(set) var reached = Set<String>()

    mutating func compare(_ value: Any, path: String, file: StaticString = #filePath, line: UInt = #line) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            if let wrapped = mirror.children.first?.value { compare(wrapped, path: path, file: file, line: line) }
            return
        }
        if mirror.displayStyle == .collection || mirror.displayStyle == .tuple {
            for (i, element) in mirror.children.enumerated() {
                compare(element.value, path: "\(path)[\(element.label ?? String(i))]", file: file, line: line)
            }
            return
        }
        guard mirror.displayStyle == .struct else { return }
        guard let parent = value as? MustacheParent else {
            return XCTFail("\(path): \(type(of: value)) looks its fields up through Mirror", file: file, line: line)
        }
        reached.insert(Self.name(of: value))
        for child in mirror.children {
            guard let label = child.label else { continue }
            XCTAssertEqual(parent.child(named: label).map { String(describing: $0) }, Self.unwrap(child.value).map { String(describing: $0) },
                           "\(path).\(label)", file: file, line: line)
            compare(child.value, path: "\(path).\(label)", file: file, line: line)
        }
        XCTAssertNil(parent.child(named: "noSuchField"), path, file: file, line: line)
    }

    static func name(of value: Any) -> String {
        let full = String(describing: type(of: value))
        return full.firstIndex(of: "<").map { String(full[..<$0]) } ?? full
    }

    private static func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map { $0.value }
    }

    /// The types a source file makes answer by name: each `extension T: MustacheParent`.
    static func declaredViews(in relativePath: String) throws -> Set<String> {
        let text = try String(contentsOfFile: Paths.inRoot(relativePath), encoding: .utf8)
        var names = Set<String>()
        for line in text.split(separator: "\n") where line.hasPrefix("extension ") && line.contains(": MustacheParent") {
            names.insert(String(line.dropFirst("extension ".count).prefix(while: { $0 != ":" && $0 != " " })))
        }
        return names
    }
}
