import Foundation
import JukiDiff
import JukiModel
import JukiRecords
import JukiRender
import JukiTestSupport
import XCTest

/// Each folder of Tests/DiffFixtures is one kind of change. `case.txt` holds the old edition (its `@@ base`,
/// input/R4 by default), the edits that make the new one (the Tests/BadInputs format), and, after
/// `== expected`, the expected text output; `expected.json`, `expected.html` and `expected.diff` (the unified
/// diff of the two report.txt) lie beside it. `JUKI_RECORD=1 swift test` rewrites them all.
final class DiffFixtureTests: XCTestCase {
    static let folder = Paths.inRoot("Tests/DiffFixtures")

    func testEveryFixtureInEveryFormat() throws {
        let templates = try Templates.load(directory: Paths.templates)
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder).sorted()
            .filter { FileManager.default.fileExists(atPath: "\(Self.folder)/\($0)/case.txt") }
        XCTAssertGreaterThanOrEqual(names.count, 8)
        for name in names {
            let dir = "\(Self.folder)/\(name)"
            let c = try InputCase.load(dir + "/case.txt")
            let root = try Paths.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: root) }
            let old = try read(Paths.inRoot(c.base)), new = try read(try c.materialize(in: root))
            let diff = EditionDiff.compare(old, new, oldName: "old", newName: "new")
            assertCase(DiffText.render(diff), file: dir + "/case.txt")
            Golden.assertEqual(DiffJSON.render(diff), file: dir + "/expected.json")
            Golden.assertEqual(try DiffHTML.render(diff, templates: templates), file: dir + "/expected.html")
            let unified = try UnifiedDiff.render(old, new, templates: templates, oldLabel: "old/report.txt", newLabel: "new/report.txt")
            Golden.assertEqual(unified, file: dir + "/expected.diff")
            XCTAssertEqual(diff.isEmpty, unified.isEmpty, name)
        }
    }

    /// The expected text is the part of case.txt after `== expected`.
    func assertCase(_ actual: String, file path: String, line: UInt = #line) {
        guard let text = try? Paths.read(path), let split = text.range(of: "\n== expected\n") else {
            return XCTFail("no '== expected' line in \(path)", line: line)
        }
        if Golden.recording {
            Golden.record(String(text[..<split.upperBound]) + actual, to: path, line: line)
        } else if actual != String(text[split.upperBound...]) {
            XCTFail("\(path):\n\(Golden.firstDifference(String(text[split.upperBound...]), actual))", line: line)
        }
    }

}

func read(_ dir: String) throws -> Edition {
    try EditionReader.read(directory: dir).mapError { CaseError("\(dir) was refused:\n\($0.rendered)") }.get()
}

/// FY2022 → the FY2023 test edition that follows its plan, in every format, and the plan against the results.
final class ConsecutiveEditionsTests: XCTestCase {
    static let folder = Paths.inRoot("Tests/DiffFixtures/R4-to-R5-follows-plan")

    func testR4ToR5InEveryFormat() throws {
        let templates = try Templates.load(directory: Paths.templates)
        let old = try read(Paths.inRoot("input/R4"))
        let new = try read(Paths.inRoot("Tests/Editions/R5-follows-plan"))
        let diff = EditionDiff.compare(old, new, oldName: "R4", newName: "R5-follows-plan")
        Golden.assertEqual(DiffText.render(diff), file: Self.folder + "/expected.txt")
        Golden.assertEqual(DiffJSON.render(diff), file: Self.folder + "/expected.json")
        Golden.assertEqual(try DiffHTML.render(diff, templates: templates), file: Self.folder + "/expected.html")
        let unified = try UnifiedDiff.render(old, new, templates: templates, oldLabel: "R4/report.txt",
                                             newLabel: "R5-follows-plan/report.txt")
        Golden.assertEqual(unified, file: Self.folder + "/expected.diff")

        let plan = EditionDiff.comparePlan(old, new, oldName: "R4", newName: "R5-follows-plan")
        Golden.assertEqual(DiffText.render(plan), file: Self.folder + "/plan-expected.txt")
        Golden.assertEqual(DiffJSON.render(plan), file: Self.folder + "/plan-expected.json")
        Golden.assertEqual(try DiffHTML.render(plan, templates: templates), file: Self.folder + "/plan-expected.html")
    }
}
