import Foundation
import JukiTestSupport
import XCTest

/// Edition names become folder names, URL path segments and site.yaml keys: one rule, applied to every name
/// a command meets (named on the command line, found under --input or --output, derived from --input x.xml).
final class EditionNameTests: XCTestCase {
    var work = ""
    let rule = "版の名前は半角の英字・数字と「-」「_」で書き、英字か数字で始め、64文字までにしてください（例: R5）。"

    override func setUpWithError() throws {
        work = try Paths.workspaceWithR4()
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: work) }

    func run(_ args: [String]) throws -> CLIRun {
        // --templates before the arguments: a name after `--` stays a name.
        try CLIRun.run(Array(args.prefix(1)) + ["--templates", Paths.templates] + args.dropFirst(), in: work)
    }

    func folderMessage(_ path: String) -> String {
        "エラー: フォルダ「\(path)」の名前は版の名前に使えません。\(rule)フォルダの名前を変えるか、ほかの場所に移してください。\n"
    }

    /// The closing line: check writes nothing and does not say so; build says it wrote nothing.
    func closing(_ errors: Int, _ command: String) -> String {
        "\(errors)件の誤りがありました。" + (command == "check" ? "" : "何も書いていません。") + "\n"
    }

    /// An edition folder named like a URL scheme would have become `<a href="javascript:…">` on the index.
    func testAScriptNamedEditionFolderIsRefused() throws {
        let name = "javascript:alert(document.domain)"
        try Paths.copyFolder(work + "/input/R4", to: work + "/input/" + name)
        let site = work + "/input/site.yaml"
        try (try Paths.read(site) + "  \"\(name)\": 令和5年6月30日\n").write(toFile: site, atomically: true, encoding: .utf8)
        let line = try Paths.read(site).components(separatedBy: "\n").count - 1
        for command in ["build", "check"] {
            let r = try run([command, "--input", "input"] + (command == "build" ? ["--output", "out"] : []))
            XCTAssertEqual(r.status, 1, command)
            XCTAssertEqual(r.stderr, folderMessage("input/" + name)
                + "input/site.yaml:\(line):3: エラー: 版の名前「\(name)」は使えません。\(rule)\n"
                + "  \"\(name)\": 令和5年6月30日\n  ^\n"
                + closing(2, command), command)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/out"))
    }

    /// A folder named index.html passed check, then build failed on its own output (exit 2).
    func testAnEditionFolderNamedIndexHTMLIsRefusedByCheckAndBuild() throws {
        try Paths.copyFolder(work + "/input/R4", to: work + "/input/index.html")
        for args in [["check"], ["build", "--output", "out"]] {
            let r = try run(args + ["--input", "input"])
            XCTAssertEqual(r.status, 1, args[0])
            XCTAssertEqual(r.stderr, folderMessage("input/index.html") + closing(1, args[0]), args[0])
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/out"))
    }

    /// Names on the command line are refused before any folder is looked at, every one of them named.
    func testNamedEditionsAreRefusedWithTheRule() throws {
        let names = ["javascript:alert(document.domain)", "a:b", "index.html", ".hid", "..", "...", "R5 #2", "[R5]",
                     "*R5", "!R5", "'R5", "@R5", "- R5", "{R5}", "? R5", "R5: x", "\"R5\"", "R5 ", "R5\u{1B}[2J",
                     "令和5", "-R5", "_R5", String(repeating: "R", count: 65)]
        for name in names {
            for command in ["build", "check"] {
                let r = try run([command, "--input", "input"] + (command == "build" ? ["--output", "out"] : []) + ["--", name])
                XCTAssertEqual(r.status, 1, name)
                let shown = name.replacingOccurrences(of: "\u{1B}", with: "<U+001B>")
                XCTAssertEqual(r.stderr, "エラー: 版の名前「\(shown)」は使えません。\(rule)\n" + closing(1, command), name)
            }
        }
        let two = try run(["check", "--input", "input", "R4", "a:b", "c d"])
        XCTAssertEqual(two.stderr, "エラー: 版の名前「a:b」は使えません。\(rule)\nエラー: 版の名前「c d」は使えません。\(rule)\n"
                       + closing(2, "check"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/out"))
        let longest = String(repeating: "R", count: 64)
        try Paths.copyFolder(work + "/input/R4", to: work + "/input/" + longest)
        let site = work + "/input/site.yaml"
        try (try Paths.read(site) + "  \(longest): 令和5年6月30日\n").write(toFile: site, atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["check", "--input", "input", longest]).stderrWithoutWarnings, "誤りはありません: \(longest)\n")
    }

    /// An archive outside an edition folder takes its file's name: `.hid.xml` and `...xml` would have made the
    /// hidden edition `.hid` and the edition `..` (caught late, as a disk problem).
    func testAnArchiveWhoseNameIsNotAnEditionNameIsRefusedEarly() throws {
        XCTAssertEqual(try run(["build", "--input", "input", "--output", "out"]).status, 0)
        for file in [".hid.xml", "...xml", "a:b.xml"] {
            try FileManager.default.copyItem(atPath: work + "/out/R4/report.xml", toPath: work + "/" + file)
            let r = try run(["build", "--input", file, "--site", "input/site.yaml", "--output", "again"])
            XCTAssertEqual(r.status, 1, file)
            let name = String(file.dropLast(4))
            XCTAssertEqual(r.stderr, "エラー: 「\(file)」から決まる版の名前「\(name)」は使えません（report.xml を置いたフォルダの名前、"
                           + "そのフォルダの名前も使えなければファイルの名前から .xml を除いたものです）。\(rule)\n"
                           + "1件の誤りがありました。何も書いていません。\n", file)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/again"))
        // In a folder named after its edition, the folder gives the name.
        try FileManager.default.createDirectory(atPath: work + "/keep/R4", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: work + "/out/R4/report.xml", toPath: work + "/keep/R4/.hid.xml")
        let r = try run(["check", "--input", "keep/R4/.hid.xml", "--site", "input/site.yaml"])
        XCTAssertEqual(r.stderrWithoutWarnings, "誤りはありません: R4\n")
    }

    /// A folder in the output holding report.xml is listed on the index: one with a name that is not an
    /// edition's stops the build, named, and nothing changes.
    func testAnOutputFolderWithABadNameStopsTheBuild() throws {
        XCTAssertEqual(try run(["build", "--input", "input", "--output", "out"]).status, 0)
        let index = try Paths.read(work + "/out/index.html")
        for name in ["a:b", "javascript:alert(1)", "R4 copy", "R4.old"] {
            try FileManager.default.createDirectory(atPath: work + "/out/" + name, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: work + "/out/R4/report.xml", toPath: work + "/out/\(name)/report.xml")
            let r = try run(["build", "--input", "input", "--output", "out"])
            XCTAssertEqual(r.status, 2, name)
            XCTAssertEqual(r.stderr, folderMessage("out/" + name), name)
            XCTAssertEqual(try Paths.read(work + "/out/index.html"), index, name)
            try FileManager.default.removeItem(atPath: work + "/out/" + name)
        }
    }

    /// Hidden folders (a copy kept aside, an editor's or a tool's) are not editions, in --input or --output.
    func testHiddenFoldersAreNotEditions() throws {
        try Paths.copyFolder(work + "/input/R4", to: work + "/input/.R4-old")
        XCTAssertEqual(try run(["build", "--input", "input", "--output", "out"]).status, 0)
        try FileManager.default.createDirectory(atPath: work + "/out/.R4-old", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: work + "/out/R4/report.xml", toPath: work + "/out/.R4-old/report.xml")
        let r = try run(["build", "--input", "input", "--output", "out"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(try Paths.read(work + "/out/index.html").contains("R4-old"))
    }

    /// diff takes a name under --input, a folder or an XML file; a word that is none of them and is not an
    /// edition name is told so.
    func testDiffRefusesABadName() throws {
        let r = try run(["diff", "--input", "input", "R4", "a:b"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "エラー: 版の名前「a:b」は使えません。\(rule)\n")
        // A folder given by its path is compared whatever its name (the name is only a label).
        try Paths.copyFolder(work + "/input/R4", to: work + "/R4 copy")
        XCTAssertEqual(try run(["diff", "--input", "input", "R4", "R4 copy"]).status, 0)
    }
}
