import Foundation
import JukiTestSupport
import XCTest

/// An installed juki-report (issue 14: the department's package) finds the templates/ shipped next to it when the
/// working folder has none, so a clerk can run it from any folder. A ./templates in the working folder, or
/// --templates, still comes first.
final class InstalledTemplatesTests: XCTestCase {
    var work = "", install = "", here = ""

    override func setUpWithError() throws {
        work = try Paths.temporaryFolder()
        install = work + "/opt/juki-report"
        here = work + "/elsewhere"
        try FileManager.default.createDirectory(atPath: here, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: install, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLIRun.binary, toPath: install + "/juki-report")
        try FileManager.default.copyItem(atPath: Paths.templates, toPath: install + "/templates")
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: work) }

    func noTemplates(_ folder: String) -> String {
        "エラー: テンプレートのフォルダ「\(folder)」に *.mustache がありません。リポジトリの templates/ を --templates で指定してください。\n"
    }

    func build(extra: [String] = [], executable: String? = nil) throws -> CLIRun {
        try CLIRun.run(["build", "--input", Paths.inRoot("input"), "--output", "out"] + extra, in: here,
                       executable: executable ?? install + "/juki-report")
    }

    func testTheTemplatesNextToTheBinaryAreUsedFromAnyFolder() throws {
        let r = try build()
        XCTAssertEqual(r.status, 0, r.stderr)
        for file in ["R4/report.txt", "R4/index.html", "R4/report.xml", "index.html"] {
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: here + "/out/" + file)),
                           try Data(contentsOf: URL(fileURLWithPath: Paths.inRoot("output/" + file))), file)
        }
    }

    /// Reached through a symbolic link (/usr/local/bin/juki-report → the installed binary): the folder is the
    /// binary's own, not the link's.
    func testASymbolicLinkToTheBinaryFindsTheInstalledTemplates() throws {
        try FileManager.default.createDirectory(atPath: work + "/bin", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: work + "/bin/juki-report", withDestinationPath: install + "/juki-report")
        let r = try build(executable: work + "/bin/juki-report")
        XCTAssertEqual(r.status, 0, r.stderr)
    }

    func testATemplatesFolderInTheWorkingFolderComesFirst() throws {
        try FileManager.default.createDirectory(atPath: here + "/templates", withIntermediateDirectories: true)
        let r = try build()
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, noTemplates("templates"))
    }

    func testTheTemplatesOptionComesFirst() throws {
        let r = try build(extra: ["--templates", "missing"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, noTemplates("missing"))
    }

    /// Without templates anywhere, the message names ./templates, as before.
    func testWithoutTemplatesTheMessageNamesTheWorkingFolders() throws {
        try FileManager.default.removeItem(atPath: install + "/templates")
        let r = try build()
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, noTemplates("templates"))
    }
}
