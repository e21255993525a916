import Foundation
@testable import JukiRender
import JukiTestSupport
import XCTest

/// Walks views as `Mirror` sees them and holds each view's field list (`TemplateValue.templateFields`,
/// ViewSchema.swift, SiteViewSchema.swift, DiffViewSchema.swift) to it: every stored property is listed, under
/// its own name, in declaration order, and nothing else is.
struct TemplateSchemaWalk {
    /// The view types reached, by name without generic arguments (AnnexTableView).
    private(set) var reached = Set<String>()

    mutating func compare(_ value: Any, path: String, file: StaticString = #filePath, line: UInt = #line) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional || mirror.displayStyle == .collection || mirror.displayStyle == .tuple {
            for (i, element) in mirror.children.enumerated() {
                compare(element.value, path: "\(path)[\(element.label ?? String(i))]", file: file, line: line)
            }
            return
        }
        guard mirror.displayStyle == .struct else { return }
        guard let view = value as? any TemplateValue else {
            return XCTFail("\(path): \(type(of: value)) is not a TemplateValue", file: file, line: line)
        }
        reached.insert(Self.name(of: value))
        let labels = mirror.children.compactMap(\.label)
        XCTAssertEqual(Self.fieldNames(of: view), labels, "\(path): the field list and the stored properties", file: file, line: line)
        for child in mirror.children { compare(child.value, path: "\(path).\(child.label ?? "?")", file: file, line: line) }
    }

    static func fieldNames<V: TemplateValue>(of _: V) -> [String] { V.templateFields.map(\.0) }

    static func name(of value: Any) -> String {
        let full = String(describing: type(of: value))
        return full.firstIndex(of: "<").map { String(full[..<$0]) } ?? full
    }

    /// The types a source file lists fields for: each `extension T: TemplateValue`.
    static func declaredViews(in relativePath: String) throws -> Set<String> {
        let text = try String(contentsOfFile: Paths.inRoot(relativePath), encoding: .utf8)
        var names = Set<String>()
        for line in text.split(separator: "\n") where line.hasPrefix("extension ") && line.contains(": TemplateValue") {
            names.insert(String(line.dropFirst("extension ".count).prefix(while: { $0 != ":" && $0 != " " })))
        }
        return names
    }
}
