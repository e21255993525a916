import Foundation
import JukiTestSupport
import XCTest

/// The command line's mistakes, in Japanese like every other message, and the one exit-code table: 64 for a
/// mistyped command line (an unknown command, option or value, an edition that does not exist) in every command.
final class CommandLineTests: XCTestCase {
    var work = ""

    override func setUpWithError() throws { work = try Paths.workspaceWithR4() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: work) }

    func run(_ args: [String]) throws -> CLIRun {
        try CLIRun.run(args, in: work, environment: Workspace.quietCrashes)
    }

    let rootHelp = "使い方は「juki-report --help」で確かめてください。\n"
    func help(_ command: String) -> String { "使い方は「juki-report \(command) --help」で確かめてください。\n" }

    /// A first word that is neither a command nor an edition is a mistyped command, with the nearest command.
    func testAMistypedCommandIsNamedWithTheNearestCommand() throws {
        for (word, meant) in [("biuld", "build"), ("chekc", "check"), ("dif", "diff"), ("nwe", "new")] {
            let r = try run([word])
            XCTAssertEqual(r.status, 64, word + r.stderr)
            XCTAssertEqual(r.stderr, "エラー: 「\(word)」はコマンドでも「input」の下の版でもありません。\(meant) の誤りではありませんか。\n"
                           + rootHelp, word)
        }
        let far = try run(["R9"])
        XCTAssertEqual(far.status, 64, far.stderr)
        XCTAssertEqual(far.stderr, "エラー: 「R9」はコマンドでも「input」の下の版でもありません。"
                       + "コマンドは build、check、new、diff、import です。版の名前なら、その版のフォルダを「input」の下に置いてください。\n" + rootHelp)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/output"))
        // An edition that exists is built, as `build R4` is.
        let built = try run(["R4", "--templates", Paths.templates, "--quiet"])
        XCTAssertEqual(built.status, 0, built.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: work + "/output/R4/report.txt"))
    }

    /// ArgumentParser's refusals (a value not allowed, an unknown option, a missing value or argument, one too
    /// many) are worded in Japanese, with where to read the usage; nothing of its English is left.
    func testArgumentParsingErrorsAreInJapanese() throws {
        let cases: [([String], String, String)] = [
            (["diff", "--format", "pdf", "R4", "R4"],
             "--format に「pdf」は指定できません。text、html、json、unified のどれかを指定してください。", "diff"),
            (["build", "--text-encoding", "sjis"],
             "--text-encoding に「sjis」は指定できません。utf8、cp932 のどれかを指定してください。", "build"),
            (["build", "--wait", "soon"], "--wait に「soon」は指定できません。", "build"),
            (["build", "--outptu", "out"], "オプション --outptu はありません。--output の誤りではありませんか。", "build"),
            (["check", "--pdf"], "オプション --pdf はありません。", "check"),
            (["diff", "R4", "R4", "--format"], "--format のあとに値を書いてください。", "diff"),
            (["diff", "R4"], "<new> を指定してください。", "diff"),
            (["new", "R5", "R6"], "余分な引数「R6」があります。", "new"),
            (["new", "R5", "R6", "R7"], "余分な引数「R6」「R7」があります。", "new"),
            (["build", "--quiet=yes"], "--quiet は値を取りません（「yes」とあります）。", "build"),
        ]
        for (args, message, command) in cases {
            let r = try run(args)
            XCTAssertEqual(r.status, 64, "\(args) \(r.stderr)")
            XCTAssertEqual(r.stderr, "エラー: " + message + "\n" + help(command), "\(args)")
            XCTAssertEqual(r.stdout, "", "\(args)")
        }
        // The command's own checks of its options read the same way.
        let both = try run(["build", "--quiet", "--verbose"])
        XCTAssertEqual(both.status, 64)
        XCTAssertEqual(both.stderr, "エラー: --quiet と --verbose は一緒に使えません。\n" + help("build"))
        // --help is ArgumentParser's page, to standard output, exit 0.
        let h = try run(["diff", "--help"])
        XCTAssertEqual(h.status, 0)
        XCTAssertTrue(h.stdout.contains("2つの版を比べ"), h.stdout)
    }

    /// A missing edition is the same class of problem in every command: a mistyped command line, 64.
    func testAMissingEditionExits64InEveryCommand() throws {
        let missing = "エラー: 版のフォルダ「input/R9」がありません。版の名前（R4 など）と --input の指定を確かめてください。\n"
        for (args, command) in [(["check", "R9"], "check"), (["build", "R9"], "build"), (["new", "R5", "--from", "R9"], "new")] {
            let r = try run(args.prefix(1) + ["--templates", Paths.templates] + args.dropFirst())
            XCTAssertEqual(r.status, 64, "\(args) \(r.stderr)")
            XCTAssertEqual(r.stderr, missing + help(command), "\(args)")
        }
        let diff = try run(["diff", "--templates", Paths.templates, "R4", "R9"])
        XCTAssertEqual(diff.status, 64, diff.stderr)
        XCTAssertEqual(diff.stderr, "エラー: 版「R9」が見つかりません。「input」の下の版の名前（R4 など）か、版のフォルダを指定してください。\n"
                       + help("diff"))
        let noInput = try run(["check", "--input", "nowhere", "--templates", Paths.templates])
        XCTAssertEqual(noInput.status, 64, noInput.stderr)
        // Options that cannot go together are a mistyped command line in diff too.
        let unified = try run(["diff", "--plan", "--format", "unified", "--templates", Paths.templates, "R4", "R4"])
        XCTAssertEqual(unified.status, 64, unified.stderr)
    }

    /// `check` never writes: its closing line counts the problems and says nothing of writing.
    func testCheckDoesNotSayItWroteNothing() throws {
        let yaml = work + "/input/R4/report.yaml"
        try (try Paths.read(yaml)).replacingOccurrences(of: "      県利用所属職員: 751", with: "      県利用所属職員: 七五一")
            .write(toFile: yaml, atomically: true, encoding: .utf8)
        let check = try run(["check", "--templates", Paths.templates])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stderr.hasSuffix("\n1件の誤りがありました。\n"), check.stderr)
        let build = try run(["build", "--templates", Paths.templates])
        XCTAssertEqual(build.status, 1)
        XCTAssertTrue(build.stderr.hasSuffix("\n1件の誤りがありました。何も書いていません。\n"), build.stderr)
    }
}
