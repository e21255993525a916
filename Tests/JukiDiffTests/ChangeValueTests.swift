import JukiDiff
import JukiModel
import JukiRecords
import JukiTestSupport
import XCTest

/// A change holds the model's values (counts as numbers, dates as dates, parts as the model's own values),
/// never display text: the writers decide how they read.
final class ChangeValueTests: XCTestCase {
    func read(_ dir: String) throws -> Edition {
        try EditionReader.read(directory: Paths.inRoot(dir)).mapError { CaseError("\(dir):\n\($0.rendered)") }.get()
    }

    func changes(_ diff: EditionDiff, _ section: String) -> [Change] {
        diff.sections.first { $0.id == section }?.changes ?? []
    }

    func testValuesAreTheModels() throws {
        let old = try read("input/R4"), new = try read("Tests/Editions/R5-follows-plan")
        let diff = EditionDiff.compare(old, new, oldName: "R4", newName: "R5")
        XCTAssertEqual(changes(diff, "title").first?.kind, .date(old: .fiscalYear(FiscalYear(startYear: 2022)),
                                                                  new: .fiscalYear(FiscalYear(startYear: 2023))))
        let certification = changes(diff, "identityUse").filter { $0.place == ["(4) 照合情報認証"] }.map(\.kind)
        XCTAssertTrue(certification.contains(.removed(.certifiedUnit(CertifiedUnit(unit: "観光課", count: 1)))), "\(certification)")
        let drill = try XCTUnwrap(new.results.activities.first { $0.name == "緊急時対応訓練" })
        XCTAssertTrue(changes(diff, "activities").contains(Change(["緊急時対応訓練"], .added(.activity(drill)))))
        let finding = try XCTUnwrap(new.findings.system.first)
        XCTAssertTrue(changes(diff, "findings").contains(Change(["システム面"], .added(.finding(finding)))))
    }

    /// 対象 given as a list on one side and described on the other: both values, as they are.
    func testTargetsOfAnotherShapeAreReplaced() throws {
        let old = try read("input/R4")
        var new = old
        let k = try XCTUnwrap(old.results.activities.firstIndex { if case .units = $0.targets { true } else { false } })
        new.results.activities[k].targets = .described("全所属", unitCount: 1200)
        let diff = EditionDiff.compare(old, new, oldName: "a", newName: "b")
        XCTAssertEqual(changes(diff, "activities"),
                       [Change([old.results.activities[k].name, "対象"],
                               .replaced(old: .targets(try XCTUnwrap(old.results.activities[k].targets)),
                                         new: .targets(.described("全所属", unitCount: 1200))))])
    }

    /// No change is reported twice: every (section, place, kind) is distinct.
    func testEveryChangeOnce() throws {
        let old = try read("input/R4"), new = try read("Tests/Editions/R5-follows-plan")
        let diff = EditionDiff.compare(old, new, oldName: "R4", newName: "R5")
        XCTAssertGreaterThanOrEqual(diff.sections.count, 3, "a diff without sections would pass the loop below unchecked")
        var seen = Set<String>()
        for s in diff.sections {
            for c in s.changes {
                let key = "\(s.id) \(c.place) \(c.kind)"
                XCTAssertTrue(seen.insert(key).inserted, "twice: \(key)")
            }
        }
        XCTAssertTrue(diff.sections.allSatisfy { !$0.changes.isEmpty }, "every section changes in this pair")
    }
}
