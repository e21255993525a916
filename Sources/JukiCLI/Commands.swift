import ArgumentParser
import Foundation
import JukiDiagnostics
import JukiModel
import JukiRecords
import JukiRender
import JukiXML

/// `juki-report`: regenerate the yearly publication from its records.
public struct JukiReport: ParsableCommand {
    /// Every command names itself: left to ArgumentParser, a name is derived from the type's name through
    /// `String(describing:)` and a Mirror of the metatype, at each of the ~20 times a parse asks for it: 8.9 M
    /// instructions of every run (callgrind), a fifth of `--help`.
    public static let configuration = CommandConfiguration(
        commandName: "juki-report",
        abstract: "住民基本台帳ネットワークシステムのセキュリティ対策の措置状況等（年度版）を記録から作ります。",
        subcommands: [Build.self, Check.self, New.self, Diff.self,
                      // issue 15: a published text read back into records (ImportCommand.swift).
                      Import.self,

                      // MARK: issue 16 serve
                      Serve.self],
        defaultSubcommand: Build.self)

    public init() {}
}

struct Locations: ParsableArguments {
    @OptionGroup var folders: Folders
    var input: String { folders.input }
    var templates: String { folders.templates }

    @Option(name: .long, help: "ウェブページの枠の設定（既定: <input>/site.yaml）。")
    var site: String?

    @Argument(help: "版の名前（input の下のフォルダ名、例: R4）。省略するとすべての版。")
    var editions: [String] = []

    func validate() throws {
        try PathOptions.refuseEmpty([("--site", site, "<input>/site.yaml")])
    }

    // MARK: issue 14 warnings against last year
    func comparison(_ year: YearOptions) -> YearComparison {
        YearComparison(input: input, templates: templates, previous: year.previous)
    }

    var sitePath: String {
        if let site { return site }
        let folder = EditionSet.isFile(input) ? "input" : input
        return folder + "/" + SiteConfigReader.fileName
    }

    /// Reads the editions and the site frame, reporting the problems of both together (`writes`: whether the
    /// command would have written, for the closing line); with what to warn about when both read
    /// (`PublishingWarnings`).
    func load(schema: SchemaSource, writes: Bool) throws -> (editions: [EditionSet.Loaded], site: SiteConfig, warnings: Diagnostics) {
        let editions = EditionSet.load(input: input, requested: self.editions, schema: schema)
        // Ask the site frame for the 更新日 of the editions that exist; a missing edition is reported once.
        let names = (try? editions.get())?.map(\.name)
            ?? ((try? EditionSet.names(input: input, requested: self.editions).get()) ?? [])
                .filter { EditionSet.isFolder(input + "/" + $0) }
        let site = SiteConfigReader.reading(path: sitePath, editions: names)
        switch (editions, site) {
        case (.success(let e), .success(let s)):
            return (e, s.config, PublishingWarnings.find(site: s, editions: e.map { ($0.name, $0.edition) }))
        case (.failure(let a), .failure(let b)): return try Outcome.get(Result<([EditionSet.Loaded], SiteConfig, Diagnostics), Diagnostics>.failure(a + b), writes: writes)
        case (.failure(let a), _), (_, .failure(let a)): return try Outcome.get(Result<([EditionSet.Loaded], SiteConfig, Diagnostics), Diagnostics>.failure(a), writes: writes)
        }
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "記録を読み、検査し、<output>/<版>/ に report.txt、index.html、report.xml を、<output>/index.html に一覧を書きます。"
            + "誤りがあれば何も書きません。")

    enum TextEncoding: String, ExpressibleByArgument, CaseIterable { case utf8, cp932 }
    enum Newline: String, ExpressibleByArgument, CaseIterable { case lf, crlf }

    @OptionGroup var locations: Locations

    @Option(name: .long, help: "出力の場所。")
    var output = "output"

    @Flag(name: .long, help: "CMS に貼る本文だけの HTML（<output>/<版>/fragment.html）も書きます。")
    var htmlFragment = false

    @Option(name: .long, help: "Windows 向けの report.txt の写しの文字コード（cp932 で report.cp932.txt を書きます）。")
    var textEncoding: TextEncoding = .utf8

    @Option(name: .long, help: "Windows 向けの写しの改行（crlf で report.crlf.txt、cp932 と合わせて report.cp932.crlf.txt）。")
    var newline: Newline = .lf

    @Option(name: .long, help: "出力先に別の build が書いているとき、終わるのを待つ秒数（過ぎたら終了コード2）。")
    var wait: Double = OutputLock.defaultWait

    @Flag(name: .long, help: "何も表示しません（誤りは表示します）。")
    var quiet = false

    @Flag(name: .long, help: "書いたファイルを1つずつ表示します（パイプの先にも）。")
    var verbose = false

    // MARK: issue 14 warnings against last year
    @OptionGroup var year: YearOptions

    func validate() throws {
        try PathOptions.refuseEmpty([("--output", output, "output")])
        if !(wait >= 0 && wait <= 86_400) { try Outcome.usage(.waitOutOfRange) }
        if quiet && verbose { try Outcome.usage(.quietWithVerbose) }
    }

    func run() throws {
        let templates = try Outcome.get({ () throws(Diagnostics) in
            try Templates.load(directory: locations.templates, only: ["text", "html"])
        })
        let schema = try Outcome.get({ () throws(Diagnostics) in try XMLSchema.load(templates: locations.templates) })
        let (editions, site, publishing) = try locations.load(schema: SchemaSource(schema), writes: true)
        let progressMode: Progress.Mode = quiet ? .quiet : verbose ? .verbose : .auto
        // Warnings are worked out only when they are shown (a terminal, --verbose) or decide (--strict).
        let showsWarnings = Progress.showsWarnings(progressMode)
        if year.strict || showsWarnings {
            try Outcome.warn(publishing + locations.comparison(year).warnings(for: editions), strict: year.strict,
                             show: showsWarnings)
        }
        let copy = textEncoding == .utf8 && newline == .lf
            ? nil : Publication.WindowsCopy(cp932: textEncoding == .cp932, crlf: newline == .crlf)
        // Render everything before putting anything in place: each edition's files are staged as temporaries
        // (so only one edition's text is in memory), and renamed over the previous outputs when all are
        // rendered. A failure leaves every previous output as it was.
        let publication = Publication(templates: templates, schema: schema, site: site, output: output,
                                      fragments: htmlFragment, windowsCopy: copy)
        Interruption.shared.install()
        let batch = AtomicFile(root: output)
        defer { batch.abandon() }
        // One build at a time into an output folder, for the whole of its reading of the folder and writing.
        try Outcome.get({ () throws(Diagnostics) in try batch.makeFolder(output, allowLink: true) })
        let lock = try Outcome.get({ () throws(Diagnostics) in
            try OutputLock.acquire(output: output, wait: wait, say: { if !quiet { Outcome.say($0) } })
        })
        defer { withExtendedLifetime(lock) {} }
        AtomicFile.removeStaleTemporaries(under: output)
        func stage(_ files: [Publication.File]) throws {
            for file in files {
                try Outcome.get({ () throws(Diagnostics) in try batch.stage(file.bytes, to: file.path) })
            }
        }
        var progress = Progress(mode: progressMode, total: editions.count)
        // Rendered on every core, staged here in the editions' order: the files, the progress lines and the
        // first error are those of a build of one edition after another.
        try InOrder.map(editions, { item in Result { () throws(Diagnostics) in try publication.files(for: item) } },
                        take: { item, rendered in
            let files = try Outcome.get({ () throws(Diagnostics) in try rendered.get() })
            try stage(files)
            progress.prepared(item.name, files: files)
        })
        try stage([Outcome.get({ () throws(Diagnostics) in try publication.index(for: editions) })])
        try Outcome.get({ () throws(Diagnostics) in try batch.commit() })
        progress.finish(written: batch.committed, output: output)
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "記録とサイトの設定を読み、検査し、見つけた誤りをすべて表示します。何も書きません。")

    @OptionGroup var locations: Locations

    // MARK: issue 14 warnings against last year
    @OptionGroup var year: YearOptions

    func run() throws {
        // Records are checked without the archive schema; it is compiled (and its failure reported first, as
        // build does) only when an edition to read is an archived report.xml.
        let schema = SchemaSource(templates: locations.templates)
        if EditionSet.readsArchive(input: locations.input, requested: locations.editions) {
            _ = try Outcome.get({ () throws(Diagnostics) in try schema.get().get() })
        }
        let (editions, _, publishing) = try locations.load(schema: schema, writes: false)
        try Outcome.warn(publishing + locations.comparison(year).warnings(for: editions), strict: year.strict, show: true)
        for item in editions { Outcome.say("誤りはありません: \(item.name)") }
    }
}
