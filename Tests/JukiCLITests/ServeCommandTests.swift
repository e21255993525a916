import Foundation
import JukiTestSupport
import XCTest

/// `juki-report serve` (issue 16), started on a free loopback port: every route answers with build's bytes
/// (pages with only the preview banner and the reload script added), nothing else is served, a change to the
/// records reloads the open pages, a broken record shows its problems without stopping the server.
final class ServeCommandTests: XCTestCase {
    var work = ""

    /// R4 and the FY2023 edition that follows its plan (R5), the annexes edition, and a copy of the templates.
    override func setUpWithError() throws {
        work = try Paths.workspaceWithR4()
        try Paths.copyFolder(Paths.inRoot("Tests/Editions/R5-follows-plan"), to: work + "/input/R5")
        try Paths.copyFolder(Paths.inRoot("Tests/Editions/annexes"), to: work + "/input/annexes")
        try FileManager.default.copyItem(atPath: Paths.templates, toPath: work + "/templates")
        let site = try Paths.read(work + "/input/site.yaml") + "  R5: 令和6年6月28日\n  annexes: 令和5年6月30日\n"
        try site.write(toFile: work + "/input/site.yaml", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: work)
    }

    func build() throws {
        let r = try CLIRun.run(["build", "--quiet", "--input", "input", "--output", "out", "--templates", "templates"], in: work)
        XCTAssertEqual(r.status, 0, r.stderr)
    }

    /// A served page without what serve adds: the banner after <body…> and the script before </body>.
    func unserved(_ page: [UInt8]) -> [UInt8] {
        var text = String(decoding: page, as: UTF8.self)
        text = text.replacingOccurrences(of: #"<aside class="juki-preview"[\s\S]*?</aside>\n"#, with: "", options: .regularExpression)
        return Array(text.replacingOccurrences(of: "<script>new EventSource(\"/_events\").addEventListener(\"reload\", function () { location.reload(); });</script>\n", with: "").utf8)
    }

    func testEveryFileOfBuildIsServedWithTheSameBytes() throws {
        try build()
        let serve = try ServeProcess(in: work)
        defer { _ = serve.stop() }
        var compared = 0
        for edition in ["R4", "R5", "annexes"] {
            for file in try FileManager.default.contentsOfDirectory(atPath: work + "/out/" + edition).sorted() {
                let built = Array(try Data(contentsOf: URL(fileURLWithPath: work + "/out/\(edition)/\(file)")))
                let reply = try serve.get("/\(edition)/\(file)")
                XCTAssertEqual(reply.status, 200, file)
                if file.hasSuffix(".html") {
                    XCTAssertEqual(reply.headers["content-type"], "text/html; charset=utf-8")
                    XCTAssertTrue(reply.text.contains("<script>new EventSource(\"/_events\")"), file)
                    XCTAssertTrue(reply.text.contains("<aside class=\"juki-preview\""), file)
                    XCTAssertEqual(unserved(reply.body), built, "\(edition)/\(file)")
                } else {
                    XCTAssertEqual(reply.body, built, "\(edition)/\(file)")
                }
                compared += 1
            }
            XCTAssertEqual(try serve.get("/\(edition)/").body, try serve.get("/\(edition)/index.html").body)
            let moved = try serve.get("/\(edition)")
            XCTAssertEqual(moved.status, 301)
            XCTAssertEqual(moved.headers["location"], "/\(edition)/")
        }
        XCTAssertGreaterThanOrEqual(compared, 12, "annex pages included")
        let index = try serve.get("/")
        XCTAssertEqual(index.status, 200)
        XCTAssertEqual(unserved(index.body), Array(try Data(contentsOf: URL(fileURLWithPath: work + "/out/index.html"))))
        XCTAssertTrue(index.text.contains("<a href=\"/R4/\">R4</a>：誤りなし"), index.text)
        // HEAD: the same headers, no body.
        let head = try serve.get("/R4/report.txt", method: "HEAD")
        XCTAssertEqual(head.status, 200)
        XCTAssertEqual(head.headers["content-length"], String(try serve.get("/R4/report.txt").body.count))
        XCTAssertEqual(head.body, [])
    }

    func testBuiltPagesCarryNoScript() throws {
        try build()
        let pages = (FileManager.default.enumerator(atPath: work + "/out")?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".html") }
        XCTAssertGreaterThanOrEqual(pages.count, 7)
        for page in pages {
            let text = try Paths.read(work + "/out/" + page)
            XCTAssertFalse(text.contains("<script"), page)
            XCTAssertFalse(text.contains("juki-preview"), page)
        }
    }

    func testOnlyTheSitesPathsAreServedAndOnlyToGetAndHead() throws {
        let serve = try ServeProcess(in: work)
        defer { _ = serve.stop() }
        for path in ["/nope", "/..%2f..%2fetc/passwd", "/R4/../../etc/passwd", "/R4/..%2f..%2fsite.yaml", "/R4/report.yaml",
                     "/R4/findings.csv", "/R9/", "/R4/zzz", "/%52%34/", "/R4/check/x", "/site.yaml", "/templates/html/page.mustache"] {
            let reply = try serve.get(path)
            XCTAssertEqual(reply.status, 404, path)
            XCTAssertFalse(reply.text.contains("root:"), path)
        }
        XCTAssertTrue(try serve.get("/nope").text.contains("「/nope」というページはありません。"))
        for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
            let reply = try serve.get("/R4/", method: method)
            XCTAssertEqual(reply.status, 405, method)
            XCTAssertEqual(reply.headers["allow"], "GET, HEAD", method)
        }
    }

    func testCheckDiffAndPlanPages() throws {
        let serve = try ServeProcess(in: work)
        defer { _ = serve.stop() }
        let check = try serve.get("/R4/check")
        XCTAssertEqual(check.status, 200)
        XCTAssertTrue(check.text.contains("<h1>検査の結果: R4</h1>"), check.text)
        XCTAssertTrue(check.text.contains("<p>R4：誤りなし</p>"), check.text)
        // R5 drops 観光課 from the 照合情報 table: check's warning against last year, in the status and on the page.
        let warned = try serve.get("/R5/check")
        XCTAssertEqual(warned.status, 200)
        XCTAssertTrue(warned.text.contains("<p>R5：警告 1件</p>"), warned.text)
        XCTAssertTrue(warned.text.contains("input/R5/certified-staff.csv:1:1: 警告: 昨年度（R4）の照合情報の表にある所属「観光課」が、この表にありません。"), warned.text)
        XCTAssertTrue(try serve.get("/").text.contains("R5</a>：警告 1件"))
        let diff = try serve.get("/R5/diff")
        XCTAssertEqual(diff.status, 200)
        XCTAssertTrue(diff.text.contains("<del>") || diff.text.contains("<ins>"), diff.text)
        let plan = try serve.get("/R5/plan")
        XCTAssertEqual(plan.status, 200)
        XCTAssertNotEqual(plan.body, diff.body)
        let first = try serve.get("/R4/diff")
        XCTAssertEqual(first.status, 404)
        XCTAssertTrue(first.text.contains("版「R4」より前の版が --input にありません。"), first.text)
    }

    /// The edition before is the one of the nearest earlier 年度, as check's warnings choose it, not the one before
    /// in name order: R5's records named A5 come first by name, and still compare with R4.
    func testTheEditionBeforeIsOfTheNearestEarlierYear() throws {
        try FileManager.default.moveItem(atPath: work + "/input/R5", toPath: work + "/input/A5")
        let site = try Paths.read(work + "/input/site.yaml").replacingOccurrences(of: "  R5: ", with: "  A5: ")
        try site.write(toFile: work + "/input/site.yaml", atomically: true, encoding: .utf8)
        let serve = try ServeProcess(in: work)
        defer { _ = serve.stop() }
        let diff = try serve.get("/A5/diff")
        XCTAssertEqual(diff.status, 200, diff.text)
        XCTAssertTrue(diff.text.contains("R4"), diff.text)
        XCTAssertEqual(try serve.get("/A5/plan").status, 200)
        let first = try serve.get("/R4/diff")
        XCTAssertEqual(first.status, 404)
        XCTAssertTrue(first.text.contains("版「R4」より前の版が --input にありません。"), first.text)
    }

    /// A record broken as Excel saves (a new file renamed over the old): the open page is told to reload, the
    /// edition's page shows check's messages with their places, the server goes on; mended, the page is build's again.
    func testABrokenRecordShowsItsProblemsAndTheMendedOneReloads() throws {
        try build()
        let serve = try ServeProcess(in: work)
        defer { _ = serve.stop() }
        let events = try EventStream(port: serve.port)
        XCTAssertTrue(events.wait(for: ": juki-report serve\n\n"))
        let yaml = work + "/input/R4/report.yaml"
        let good = try Paths.read(yaml)
        try (good + "年度: 令和4年度\n").write(toFile: work + "/saved.tmp", atomically: false, encoding: .utf8)
        XCTAssertEqual(rename(work + "/saved.tmp", yaml), 0)
        XCTAssertEqual(events.nextReload(), "R4")
        let broken = try serve.get("/R4/")
        XCTAssertEqual(broken.status, 200)
        XCTAssertTrue(broken.text.contains("input/R4/report.yaml:"), broken.text)
        XCTAssertTrue(broken.text.contains("件の誤り"), broken.text)
        XCTAssertEqual(try serve.get("/R4/report.txt").text, broken.text, "every file of the edition shows its problems")
        XCTAssertTrue(try serve.get("/").text.contains("件の誤り"))
        XCTAssertEqual(try serve.get("/R5/").status, 200, "the other editions are served as before")

        try good.write(toFile: work + "/saved.tmp", atomically: false, encoding: .utf8)
        XCTAssertEqual(rename(work + "/saved.tmp", yaml), 0)
        XCTAssertEqual(events.nextReload(), "R4")
        let mended = try serve.get("/R4/")
        XCTAssertEqual(unserved(mended.body), Array(try Data(contentsOf: URL(fileURLWithPath: work + "/out/R4/index.html"))))
    }

    func testATemplateChangeReloadsEveryEdition() throws {
        let serve = try ServeProcess(in: work)
        defer { _ = serve.stop() }
        let events = try EventStream(port: serve.port)
        XCTAssertTrue(events.wait(for: ": juki-report serve\n\n"))
        let page = work + "/templates/html/page.mustache"
        try (try Paths.read(page)).replacingOccurrences(of: "</main>", with: "<p>テンプレートを変えました</p>\n</main>")
            .write(toFile: page, atomically: true, encoding: .utf8)
        XCTAssertEqual(events.nextReload(), "*", "a template renders every edition again")
        XCTAssertTrue(try serve.get("/R5/").text.contains("<p>テンプレートを変えました</p>"))
    }

    func testALinkOutOfTheInputIsNeverRead() throws {
        let secret = try Paths.temporaryFolder() + "/secret.csv"
        defer { try? FileManager.default.removeItem(atPath: (secret as NSString).deletingLastPathComponent) }
        try "ひみつ,1\n".write(toFile: secret, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: work + "/input/R4/findings.csv")
        try FileManager.default.createSymbolicLink(atPath: work + "/input/R4/findings.csv", withDestinationPath: secret)
        let serve = try ServeProcess(in: work)
        defer { _ = serve.stop() }
        let check = try serve.get("/R4/check")
        XCTAssertTrue(check.text.contains("「input/R4/findings.csv」は --input の外を指すリンクです。"), check.text)
        XCTAssertFalse(check.text.contains("ひみつ"))
    }

    func testSigtermAndSigintStopItCleanly() throws {
        for signal in [SIGTERM, SIGINT] {
            let serve = try ServeProcess(in: work)
            let events = try EventStream(port: serve.port)
            XCTAssertTrue(events.wait(for: ": juki-report serve\n\n"))
            let r = serve.stop(signal)
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertTrue(r.stderr.hasSuffix("プレビューを終えました。\n"), r.stderr)
        }
    }

    func testHostIsSaidOnStart() throws {
        let serve = try ServeProcess(in: work, arguments: ["--host", "127.0.0.1"])
        let r = serve.stop()
        XCTAssertTrue(r.stderr.contains("注意: --host 127.0.0.1 で待ち受けています。"), r.stderr)
        let quiet = try ServeProcess(in: work)
        XCTAssertFalse(quiet.stop().stderr.contains("注意:"))
    }

    func testAPortTakenOrOutOfRangeIsSaid() throws {
        let range = try CLIRun.run(["serve", "--port", "70000"], in: work)
        XCTAssertEqual(range.status, 64, range.stderr)
        XCTAssertTrue(range.stderr.contains("--port は0から65535までの数です（0 で空いているポートを使います）。"), range.stderr)
        let first = try ServeProcess(in: work)
        defer { _ = first.stop() }
        let taken = try CLIRun.run(["serve", "--port", String(first.port), "--templates", "templates"], in: work)
        XCTAssertEqual(taken.status, 2, taken.stderr)
        XCTAssertTrue(taken.stderr.contains("127.0.0.1 のポート \(first.port) で待ち受けられません"), taken.stderr)
    }

    /// juki-report does not load the HTTP library (Foundation's networking, libcurl): `serve` runs
    /// juki-report-serve beside it; alone, it says which program is missing and how to get it.
    func testServingIsLeftToTheProgramBesideJukiReport() throws {
        func needed(_ binary: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/readelf")
            process.arguments = ["-d", binary]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return text.split(separator: "\n").filter { $0.contains("(NEEDED)") }.joined(separator: "\n")
        }
        let jukiReport = try needed(CLIRun.binary)
        XCTAssertTrue(jukiReport.contains("libFoundationEssentials"), jukiReport)
        XCTAssertFalse(jukiReport.contains("FoundationNetworking"), jukiReport)
        XCTAssertFalse(jukiReport.contains("libcurl"), jukiReport)
        let server = URL(fileURLWithPath: CLIRun.binary).deletingLastPathComponent().appendingPathComponent("juki-report-serve").path
        XCTAssertTrue(try needed(server).contains("FoundationNetworking"))

        let alone = work + "/alone"
        try FileManager.default.createDirectory(atPath: alone, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLIRun.binary, toPath: alone + "/juki-report")
        let r = try CLIRun.run(["serve", "--port", "0", "--templates", "templates"], in: work, executable: alone + "/juki-report")
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertEqual(r.stderr, "エラー: serve は juki-report と同じフォルダの juki-report-serve が行いますが、「\(alone)/juki-report-serve」"
                       + "を起動できません（No such file or directory）。パッケージのファイルをそろえて入れ直してください"
                       + "（このリポジトリでは swift build -c release で両方が作られます）。\n")
    }
}
