import Foundation
import JukiRecords
import JukiTestSupport
import JukiXML
import XCTest

/// What can stand where report.xml belongs: named the same way as for the records files (one loader for
/// both), and nothing hangs on a pipe or reads a device without end.
final class XMLFileTests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws { folder = try Paths.temporaryFolder() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    func message(_ path: String) throws -> String {
        guard case .failure(let d) = XMLArchive.read(path: path, schema: try XMLTest.schema()) else { return "accepted" }
        return d.rendered.replacingOccurrences(of: folder + "/", with: "")
    }

    func testAPipeIsRefusedWithoutWaitingOnIt() throws {
        XCTAssertEqual(mkfifo(folder + "/report.xml", 0o644), 0)
        XCTAssertEqual(try message(folder + "/report.xml"),
                       "エラー: 「report.xml」は普通のファイルではありません（パイプや装置など）。記録のファイルを置いてください。\n")
    }

    func testALinkToDevZeroIsRefusedUnread() throws {
        try FileManager.default.createSymbolicLink(atPath: folder + "/report.xml", withDestinationPath: "/dev/zero")
        XCTAssertEqual(try message(folder + "/report.xml"),
                       "エラー: 「report.xml」は普通のファイルではありません（パイプや装置など）。記録のファイルを置いてください。\n")
    }

    func testAFolderABrokenLinkAndAnEmptyFile() throws {
        try FileManager.default.createDirectory(atPath: folder + "/dir.xml", withIntermediateDirectories: false)
        XCTAssertEqual(try message(folder + "/dir.xml"), "エラー: 「dir.xml」はフォルダです。ここにはファイルを置いてください。\n")
        try FileManager.default.createSymbolicLink(atPath: folder + "/broken.xml", withDestinationPath: "/nonexistent/x.xml")
        XCTAssertEqual(try message(folder + "/broken.xml"),
                       "エラー: 「broken.xml」はシンボリックリンクですが、指す先のファイルがありません。\n")
        FileManager.default.createFile(atPath: folder + "/empty.xml", contents: Data())
        XCTAssertEqual(try message(folder + "/empty.xml"), "エラー: ファイル「empty.xml」が空です。\n")
    }
}
