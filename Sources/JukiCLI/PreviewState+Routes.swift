import Foundation
import JukiDiagnostics
import JukiDiff
import JukiModel
import JukiRender
import JukiServe

/// The paths of the preview: `/`, `/<ED>/` and the edition's files as build writes them, and
/// `/<ED>/check`, `/<ED>/diff`, `/<ED>/plan`. Only these: a path is looked up whole, never joined to a folder.
extension PreviewState {
    static let pages = ["check", "diff", "plan"]

    func reply(for path: String) -> Reply? {
        if let failure { return whole(failure, path: path) }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        // "/R4" → ["", "R4"]; "/R4/" → ["", "R4", ""]; "/R4/check" → ["", "R4", "check"].
        guard parts.count >= 2, parts[0].isEmpty, let entry = entries.first(where: { $0.name == parts[1] }) else {
            return replies[path]
        }
        if parts.count == 2 {
            return Reply(status: 301, contentType: Self.text, body: [], headers: ["Location": path + "/"])
        }
        guard parts.count == 3 else { return nil }
        switch parts[2] {
        case "check": return check(entry)
        case "diff", "plan": return comparison(entry, plan: parts[2] == "plan")
        default:
            if let problems = entry.problems {
                // Every file of an edition that does not read shows its problems, never an older page.
                let file = parts[2].isEmpty ? HTMLReport.fileName : parts[2]
                guard Self.editionFiles.contains(file) else { return nil }
                return problemsPage(title: "検査の結果: \(entry.name)", edition: entry.name, problems: problems, status: 200)
            }
            return replies[path]
        }
    }

    /// The files build writes into an edition's folder (some only when the edition has them).
    static let editionFiles = [HTMLReport.fileName, "report.txt", "report.xml", "annex1.html", "annex2.html", "annex3.html"]

    func notFound(_ path: String) -> Reply {
        guard let templates, let text = try? ServePages.problems(
            title: "ページがありません", summary: "", problems: Diagnostics(.serveNotFound(path)), templates: templates)
        else { return Reply(status: 404, contentType: Self.text, body: Array((Problem.serveNotFound(path).message + "\n").utf8)) }
        return Reply(status: 404, contentType: Self.html, body: page(Array(text.utf8)))
    }

    /// `check`'s report for one edition: its problems with their places, or that there are none.
    func check(_ entry: Entry) -> Reply {
        problemsPage(title: "検査の結果: \(entry.name)", edition: entry.name,
                     problems: entry.problems ?? (entry.warnings.count > 0 ? entry.warnings : nil), status: 200)
    }

    /// The diff page against the edition before (of the nearest earlier 年度, as check's warnings choose it), or the
    /// plan of that one against this one's results. An edition whose 年度 is not known: the one before it by name.
    func comparison(_ entry: Entry, plan: Bool) -> Reply {
        let title = (plan ? "計画と結果: " : "前の版との違い: ") + entry.name
        guard let before = previous(of: entry) else {
            return problemsPage(title: title, edition: entry.name, problems: Diagnostics(.serveNoPreviousEdition(entry.name)), status: 404)
        }
        guard let old = before.loaded, let new = entry.loaded else {
            let problems = (before.problems ?? Diagnostics([])) + (entry.problems ?? Diagnostics([]))
            return problemsPage(title: title, edition: entry.name, problems: problems, status: 200)
        }
        if plan && old.edition.planYear != new.edition.fiscalYear {
            return problemsPage(title: title, edition: entry.name, problems: Diagnostics(.servePlanNotFollowing(
                previous: old.name, edition: new.name, plan: old.edition.planYear, results: new.edition.fiscalYear)), status: 404)
        }
        let diff = plan
            ? EditionDiff.comparePlan(old.edition, new.edition, oldName: old.name, newName: new.name)
            : EditionDiff.compare(old.edition, new.edition, oldName: old.name, newName: new.name)
        guard let templates else { return notFound(entry.name) }
        do {
            let html = try DiffHTML.render(diff, templates: templates)
            return Reply(status: 200, contentType: Self.html, body: page(Array(html.utf8)))
        } catch {
            return problemsPage(title: title, edition: entry.name, problems: error, status: 500)
        }
    }

    func previous(of entry: Entry) -> Entry? {
        if let year = entry.fiscalYear {
            let name = YearComparison.yearBefore(year, of: entry.name, among: entries.map { ($0.name, $0.fiscalYear) })
            return entries.first { $0.name == name }
        }
        guard let i = entries.firstIndex(where: { $0.name == entry.name }), i > 0 else { return nil }
        return entries[i - 1]
    }

    func problemsPage(title: String, edition: String?, problems: Diagnostics?, status: Int) -> Reply {
        let summary = statuses.first { $0.name == edition }.map { "\($0.name)：\($0.label)" }
            ?? (problems.map { "\($0.count)件の問題があります。" } ?? "")
        guard let templates, let text = try? ServePages.problems(
            title: title, summary: summary, problems: problems.flatMap { $0.items.isEmpty ? nil : $0 }, templates: templates)
        else {
            // The templates themselves do not read: check's text in the least of pages, escaped as every
            // page is, with the reload script, so that mending the template brings the page back.
            let report = HTMLEscaping.escape(problems.map(DiagnosticRenderer.render) ?? "")
            let html = "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(HTMLEscaping.escape(title))</title>\n"
                + "</head>\n<body>\n<h1>\(HTMLEscaping.escape(title))</h1>\n<pre>\(report)</pre>\n</body>\n</html>\n"
            return Reply(status: status, contentType: Self.html, body: LiveReload.inject(into: Array(html.utf8), banner: ""))
        }
        return Reply(status: status, contentType: Self.html, body: page(Array(text.utf8)))
    }

    /// Every page when nothing can be built (the templates, the schema, site.yaml): what stops it.
    func whole(_ failure: Diagnostics, path: String) -> Reply? {
        problemsPage(title: "検査の結果", edition: nil, problems: failure, status: 200)
    }
}
