import Foundation
import JukiRecords
import JukiTestSupport
import XCTest

/// What a folder of records can hold instead of a file: each named, none hangs or crashes.
final class FileProblemTests: XCTestCase {
    var root = ""
    var dir = ""

    override func setUpWithError() throws {
        root = try Paths.temporaryFolder()
        dir = root + "/input/R4"
        try Paths.copyFolder(Paths.inRoot("input/R4"), to: dir)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: root) }

    func message(after change: (String) throws -> Void, file: String) throws -> String {
        try FileManager.default.removeItem(atPath: dir + "/" + file)
        try change(dir + "/" + file)
        guard case .failure(let d) = EditionReader.read(directory: dir) else { return "accepted" }
        return d.rendered.replacingOccurrences(of: root + "/", with: "")
    }

    func testAFolderWhereAFileBelongs() throws {
        XCTAssertEqual(try message(after: { try FileManager.default.createDirectory(atPath: $0, withIntermediateDirectories: false) },
                                   file: "certified-staff.csv"),
                       "エラー: 「input/R4/certified-staff.csv」はフォルダです。ここにはファイルを置いてください。\n")
    }

    func testAPipeIsRefusedWithoutWaitingOnIt() throws {
        XCTAssertEqual(try message(after: { XCTAssertEqual(mkfifo($0, 0o644), 0) }, file: "report.yaml"),
                       "エラー: 「input/R4/report.yaml」は普通のファイルではありません（パイプや装置など）。記録のファイルを置いてください。\n")
    }

    func testASymbolicLinkLoop() throws {
        XCTAssertEqual(try message(after: { path in
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: path + ".b")
            try FileManager.default.createSymbolicLink(atPath: path + ".b", withDestinationPath: path)
        }, file: "certified-staff.csv"),
            "エラー: 「input/R4/certified-staff.csv」のシンボリックリンクが循環しています。リンクを消して、ファイルそのものを置いてください。\n")
    }

    func testABrokenLink() throws {
        XCTAssertEqual(try message(after: { try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: "/nonexistent/x.csv") },
                                   file: "certified-staff.csv"),
                       "エラー: 「input/R4/certified-staff.csv」はシンボリックリンクですが、指す先のファイルがありません。\n")
    }

    func testAnEmptyFile() throws {
        XCTAssertEqual(try message(after: { FileManager.default.createFile(atPath: $0, contents: Data()) }, file: "report.yaml"),
                       "エラー: ファイル「input/R4/report.yaml」が空です。\n")
    }

    /// A 100 MB file is refused by its size, before a byte of it is read (a sparse file: instant to make).
    /// The time limit is a watchdog against reading it whole, not a measurement (that is the benchmark's).
    func testAHundredMegabyteFileIsRefusedUnread() throws {
        let started = Date()
        let m = try message(after: { path in
            FileManager.default.createFile(atPath: path, contents: Data())
            XCTAssertEqual(truncate(path, 100 * 1024 * 1024), 0)
        }, file: "report.yaml")
        XCTAssertEqual(m, "エラー: ファイル「input/R4/report.yaml」が大きすぎます（104,857,600バイト、上限4,194,304バイト）。正しいファイルか確かめてください。\n")
        XCTAssertLessThan(Date().timeIntervalSince(started), 30, "the file seems to have been read")
    }
}
