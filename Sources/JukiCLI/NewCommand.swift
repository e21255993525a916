import ArgumentParser
import Foundation
import JukiDiagnostics
import JukiModel
import JukiRecords
import JukiXML
#if canImport(Glibc)
import Glibc
#endif

/// `juki-report new EDITION [--from PREVIOUS]`: starts next year's records from an edition.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "前の版から次の年度の記録の下書き（<input>/<版>/）を作ります。既にある版は上書きしません。",
        discussion: """
            前の版の計画を結果の形に写し、表の行を残し、計画を1年進めます。実績でしか分からない値は 【要記入】 と書きます。
            check がそれを1つずつ一覧にし、残っている間は build が作りません。site.yaml の「更新日」にも新しい版の行を加えます。
            """)

    @OptionGroup var folders: Folders
    var input: String { folders.input }
    var templates: String { folders.templates }

    @Option(name: .long, help: "もとにする版（既定: --input の下で年度が最も新しい版）。")
    var from: String?

    @Argument(help: "新しい版の名前（例: R5）。")
    var edition: String

    func run() throws {
        guard EditionName.isValid(edition) else {
            try Outcome.get(Result<Void, Diagnostics>.failure(Diagnostics(.unsafeEditionName(edition))))
            return
        }
        let target = input + "/" + edition
        if FileManager.default.fileExists(atPath: target) {
            try Outcome.fail(Diagnostics(.editionExists(target)))
        }
        let schema = try Outcome.get({ () throws(Diagnostics) in try XMLSchema.load(templates: templates) })
        let previous = try Outcome.get(previousEdition(schema: SchemaSource(schema)))
        let files = EditionDraft.next(after: previous.edition, previousName: previous.name)
        let siteAdded = try AtomicFolder.createEdition(edition, at: target, input: input, files: [
            (EditionReader.yamlFile, files.reportYAML),
            (RecordKey.certificationFile, files.certifiedStaffCSV),
            (RecordKey.findingsFile, files.findingsCSV),
            files.previousStaff,
        ])
        Outcome.say("作りました: \(target)（\(EraText.fiscalYear(previous.edition.planYear))、\(previous.name) から）")
        if let siteAdded { Outcome.say("加えました: \(siteAdded) の「更新日」に \(edition)") }
        Outcome.say("次に: juki-report check \(edition) が示す 【要記入】 を埋めてください。")
    }

    /// The edition named by --from, or the newest (by 年度) of those that read without problems.
    func previousEdition(schema: SchemaSource) -> Result<EditionSet.Loaded, Diagnostics> {
        if let from {
            return EditionSet.load(input: input, requested: [from], schema: schema).map { $0[0] }
        }
        let names: [String]
        switch EditionSet.names(input: input, requested: []) {
        case .success(let n): names = n
        case .failure(let d): return .failure(d)
        }
        var newest: EditionSet.Loaded?
        for name in names {
            guard case .success(let loaded) = EditionSet.load(input: input, requested: [name], schema: schema) else { continue }
            if newest.map({ loaded[0].edition.fiscalYear > $0.edition.fiscalYear }) ?? true { newest = loaded[0] }
        }
        guard let newest else { return .failure(Diagnostics([Diagnostic(.noEditions(input), at: nil)])) }
        return .success(newest)
    }
}

extension AtomicFolder {
    /// A new edition's folder (`new`, `import`) with its files, and its 更新日 line in site.yaml (when there is
    /// one) as 【要記入】. site.yaml's new text is made and read back before anything is written: if it would
    /// not read, nothing changes. A site.yaml that has the edition's line already (an edition imported again
    /// after its folder was removed) is left as it is. Returns the site.yaml changed.
    static func createEdition(_ edition: String, at target: String, input: String, files: [(String, String)]) throws -> String? {
        let site = input + "/" + SiteConfigReader.fileName
        var hasLine = false
        if case .success = SiteConfigReader.read(path: site, editions: [edition]) { hasLine = true }
        let siteText = EditionSet.isFile(site) && !hasLine ? try Outcome.get(SiteConfigEditor.addUpdated(edition, path: site)) : nil
        try Outcome.get({ () throws(Diagnostics) in try AtomicFolder.create(target, files: files) })
        guard let siteText else { return nil }
        try Outcome.get({ () throws(Diagnostics) in
            do throws(Diagnostics) {
                try AtomicFile.write(siteText, to: site, within: (site as NSString).deletingLastPathComponent)
            } catch {
                // The edition without its 更新日 line would not build: take back the folder just made.
                try? FileManager.default.removeItem(atPath: target)
                throw error
            }
        })
        return site
    }
}

/// Makes a folder with its files all at once: written into a hidden folder beside it, then renamed into
/// place. A folder that appeared meanwhile is never replaced.
enum AtomicFolder {
    static func create(_ path: String, files: [(String, String)]) throws(Diagnostics) {
        let parent = (path as NSString).deletingLastPathComponent
        let temp = parent + "/." + (path as NSString).lastPathComponent + ".\(getpid()).tmp"
        guard mkdir(temp, 0o755) == 0 else { throw AtomicFile.failure(temp, .system(AtomicFile.reason(errno))) }
        let batch = AtomicFile(root: temp)
        do {
            for (name, text) in files { try batch.stage(text, to: temp + "/" + name) }
            try batch.commit()
        } catch {
            try? FileManager.default.removeItem(atPath: temp)
            throw error
        }
        // rename(2) onto an existing non-empty folder fails: an edition made meanwhile stays as it is.
        if rename(temp, path) != 0 {
            let e = errno
            try? FileManager.default.removeItem(atPath: temp)
            throw AtomicFile.failure(path, .system(AtomicFile.reason(e)))
        }
    }
}
