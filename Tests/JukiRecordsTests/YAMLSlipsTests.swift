import Foundation
import JukiTestSupport
import XCTest
import Yams

/// YAMLSlips.swift recognises libyaml's errors by their English wording. Yams is pinned to 6.2.x
/// (Package.swift), and this holds each wording the file matches to the Yams in use: every string it matches
/// has an input here that makes Yams say it, so an update that rewords one fails here, not in a clerk's message.
final class YAMLSlipsTests: XCTestCase {
    /// Input, the problem Yams reports, and a part of its context where YAMLSlips asks for one ("": only that
    /// there is one).
    let inputs: [(yaml: String, problem: String, context: String?)] = [
        ("a: \"abc\n", "found unexpected end of stream", "quoted scalar"),
        ("a: 1\nb\nc: 2\n", "could not find expected ':'", ""),
        ("a: [1, 2\nb: 3\n", "did not find expected ',' or ']'", ""),
        ("a: {x: 1\nb: 2\n", "did not find expected ',' or '}'", ""),
        ("a: b: c\n", "mapping values are not allowed in this context", nil),
        ("a: - b\n", "block sequence entries are not allowed in this context", nil),
        ("a: @b\n", "found character that cannot start any token", nil),
        ("a: 1\n---\nb: 2\n", "but found another document", nil),
        ("a:\n  b: 1\n c: 2\n", "did not find expected key", nil),
        ("a:\n  - x\n  y: 1\n", "did not find expected '-' indicator", ""),
    ]

    func testYamsStillSaysEveryWordingTheSlipsMatch() {
        for (yaml, problem, context) in inputs {
            do {
                _ = try Yams.compose(yaml: yaml, .basic)
                XCTFail("accepted: \(yaml)")
            } catch let error as YamlError {
                switch error {
                case .scanner(let c, let p, _, _), .parser(let c, let p, _, _), .composer(let c, let p, _, _):
                    XCTAssertEqual(p, problem, yaml)
                    // "" asks only for a context (its mark is where YAMLSlips points).
                    if let context {
                        XCTAssertNotNil(c, "\(yaml): no context")
                        if !context.isEmpty { XCTAssertTrue(c?.text.contains(context) == true, "\(yaml): context \(String(describing: c?.text))") }
                    }
                default:
                    XCTFail("\(yaml): \(error)")
                }
            } catch {
                XCTFail("\(yaml): \(error)")
            }
        }
    }

    /// Every wording YAMLSlips.swift matches (its `case "…"` strings) has an input above.
    func testEveryMatchedWordingHasAnInput() throws {
        let source = try String(contentsOfFile: Paths.inRoot("Sources/JukiRecords/YAMLSlips.swift"), encoding: .utf8)
        let caseLines = source.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("case \"") }
        var matched = Set<String>()
        for line in caseLines {
            // case "a", "b" where …: the quoted pieces before `where` or the colon.
            let head = line.components(separatedBy: " where ").first ?? String(line)
            let quoted = head.split(separator: "\"", omittingEmptySubsequences: false)
            for (i, piece) in quoted.enumerated() where i % 2 == 1 { matched.insert(String(piece)) }
        }
        XCTAssertFalse(matched.isEmpty)
        XCTAssertEqual(matched.subtracting(inputs.map(\.problem)), [], "wordings without an input")
    }
}
