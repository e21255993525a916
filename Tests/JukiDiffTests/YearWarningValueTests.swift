import JukiDiff
import JukiModel
import JukiRecords
import JukiTestSupport
import XCTest

/// The warnings against last year as values (`EditionDiff.yearWarnings`): what moved, in the model's places.
final class YearWarningValueTests: XCTestCase {
    func read(_ dir: String) throws -> Edition {
        try EditionReader.read(directory: Paths.inRoot(dir)).mapError { CaseError("\(dir):\n\($0.rendered)") }.get()
    }

    func testACountMovesPastAFactorOfTwoOrFromOrToZero() {
        let cases: [(Int, Int, Bool)] = [
            (751, 768, false), (751, 1502, false), (751, 1503, true), (10, 5, false), (10, 4, true),
            (0, 1, true), (1, 0, true), (0, 0, false), (5, 5, false),
            (999_999_999_999, 0, true), (1, 999_999_999_999, true), (999_999_999_999, 999_999_999_998, false),
        ]
        for (old, new, moved) in cases {
            XCTAssertEqual(YearWarning.moved(old, new), moved, "\(old) → \(new)")
        }
    }

    func testR5FollowingThePlanWarnsOnlyOfTheUnitItDropped() throws {
        let r4 = try read("input/R4"), r5 = try read("Tests/Editions/R5-follows-plan")
        XCTAssertEqual(EditionDiff.yearWarnings(previous: r4, current: r5),
                       [YearWarning(.unitMissing("観光課"), at: .certification, previous: .certifiedUnit(8))])
    }

    func testAPlannedTrainingNotHeldIsWhatDiffPlanCallsPlannedAndNotDone() throws {
        let r4 = try read("input/R4")
        var r5 = try read("Tests/Editions/R5-follows-plan")
        let planned = r4.plan.trainings[1]
        r5.results.trainings.removeLast()
        XCTAssertEqual(EditionDiff.yearWarnings(previous: r4, current: r5).first,
                       YearWarning(.plannedTrainingNotHeld(number: 2, period: planned.period), at: .trainings(.results)))
    }
}
