import JukiDiagnostics
import JukiModel
import Yams

/// Reads `input/site.yaml`, the frame of the published HTML pages (README「サイトの設定」):
///
///     サイト名: 神奈川県
///     サイトのURL: https://www.pref.kanagawa.jp/
///     パンくずリスト:
///       - 名前: トップページ
///         URL: https://www.pref.kanagawa.jp/
///     一覧のページ名: 住民基本台帳ネットワークシステムのセキュリティ対策の措置状況等
///     問い合わせ先:
///       担当所属: 総務局 …課
///       電話: 045-…
///       FAX: 045-…            (optional)
///       メールフォーム: https://…  (optional)
///     更新日:
///       R4: 令和5年6月30日
///
/// Like `report.yaml`, read in two steps with positions, every problem collected.
public enum SiteConfigReader {
    public static let fileName = "site.yaml"

    /// - Parameters:
    ///   - path: the file, as the user named it (input/site.yaml).
    ///   - editions: the editions about to be published; each needs its 更新日.
    public static func read(path: String, editions: [String]) -> Result<SiteConfig, Diagnostics> {
        reading(path: path, editions: editions).map(\.config)
    }

    /// The frame with what check and build warn about (`SiteReading`).
    public static func reading(path: String, editions: [String]) -> Result<SiteReading, Diagnostics> {
        switch load(path) {
        case .success(let file): return reading(file, editions: editions)
        case .failure(let d): return .failure(d)
        }
    }

    static let sizeLimit = 1024 * 1024

    static func load(_ path: String) -> Result<SourceFile, Diagnostics> {
        RecordFile.load(path, limit: sizeLimit).mapError { Diagnostics([$0]) }
    }

    static func read(_ file: SourceFile, editions: [String]) -> Result<SiteConfig, Diagnostics> {
        reading(file, editions: editions).map(\.config)
    }

    static func reading(_ file: SourceFile, editions: [String]) -> Result<SiteReading, Diagnostics> {
        let sources = [file.path: file]
        let root: Node
        switch YAMLDocument.compose(file) {
        case .success(let n): root = n
        case .failure(let d): return .failure(Diagnostics([d], sources: sources))
        }
        let reader = YAMLRecordReader(file: file)
        let decoder = SiteConfigDecoder(reader: reader)
        let config = decoder.decode(root, editions: editions)
        guard reader.diagnostics.isEmpty, let config else {
            return .failure(Diagnostics(reader.diagnostics.sorted { ($0.location?.line ?? 0, $0.location?.column ?? 0)
                < ($1.location?.line ?? 0, $1.location?.column ?? 0) }, sources: sources))
        }
        return .success(SiteReading(config: config, datePlaces: decoder.datePlaces.places,
                                    samples: decoder.samples(root), file: file))
    }
}

// MARK: issue 14 site
/// site.yaml as read, with what `check` and `build` warn about: where each page's 掲載日 and 更新日 stand (for
/// `PublishingWarnings`), and the values still those its 「見本の値」 lists.
public struct SiteReading: Sendable {
    public let config: SiteConfig
    public let datePlaces: [PageDate: [String: SourceLocation]]
    /// 警告 for each value still a sample, in the file's order.
    public let samples: [Diagnostic]
    public let file: SourceFile
}

struct SiteConfigDecoder {
    let reader: YAMLRecordReader
    /// Where each page date was read, filled as `decode` reads them.
    let datePlaces = DatePlaces()

    final class DatePlaces {
        var places: [PageDate: [String: SourceLocation]] = [:]
    }

    func decode(_ root: Node, editions: [String]) -> SiteConfig? {
        let top = FieldPath()
        guard let f = reader.fields(root, path: top, name: SiteConfigReader.fileName, place: "site.yaml の最上位",
                                    allowed: [SiteKey.siteName, SiteKey.siteURL, SiteKey.breadcrumbs,
                                              SiteKey.indexTitle, SiteKey.contact, SiteKey.updated,
                                              SiteKey.published, SiteKey.samples],
                                    required: [SiteKey.siteName, SiteKey.siteURL, SiteKey.indexTitle, SiteKey.contact,
                                               SiteKey.updated]) else { return nil }
        let name = f.text(SiteKey.siteName)
        let url = link(f, SiteKey.siteURL)
        let crumbs = f.items(SiteKey.breadcrumbs).map { self.crumb($0.node, path: $0.path) }
        let indexTitle = f.text(SiteKey.indexTitle)
        let contactRead = f.value(SiteKey.contact).flatMap { self.contact($0, path: top.appending(SiteKey.contact)) }
        let updatedRead = f.value(SiteKey.updated).flatMap {
            self.dates(.updated, $0, key: f.keyNode(SiteKey.updated)!, editions: editions)
        }
        let publishedRead = f.optional(SiteKey.published) { self.dates(.published, $0, key: f.keyNode(SiteKey.published)!, editions: []) }
        let samplesRead = f.has(SiteKey.samples) ? f.texts(SiteKey.samples) : []
        let links = crumbs.compactMap { $0 }
        guard let name, let url, let indexTitle, let contactRead, let updatedRead, let publishedRead, samplesRead != nil,
              links.count == crumbs.count else { return nil }
        return SiteConfig(siteName: name, siteURL: url, breadcrumb: links, indexTitle: indexTitle,
                          contact: contactRead, updated: updatedRead, published: publishedRead ?? [:])
    }

    func link(_ f: YAMLRecordReader.Fields, _ key: String) -> String? {
        guard let text = f.text(key) else { return nil }
        guard LinkTarget.isAllowed(text) else {
            reader.report(.unsafeLink(key: key, text: text), at: f.value(key)!)
            return nil
        }
        return text
    }

    func crumb(_ node: Node, path: FieldPath) -> SiteLink? {
        guard let f = reader.fields(node, path: path, name: SiteKey.breadcrumbs, place: "「\(SiteKey.breadcrumbs)」の\(path.index + 1)番目",
                                    allowed: [SiteKey.crumbName, SiteKey.crumbURL],
                                    required: [SiteKey.crumbName, SiteKey.crumbURL]),
              let name = f.text(SiteKey.crumbName), let url = link(f, SiteKey.crumbURL) else { return nil }
        return SiteLink(name: name, url: url)
    }

    func contact(_ node: Node, path: FieldPath) -> Contact? {
        guard let f = reader.fields(node, path: path, name: SiteKey.contact, place: "「\(SiteKey.contact)」",
                                    allowed: [SiteKey.unit, SiteKey.phone, SiteKey.fax, SiteKey.mailForm],
                                    required: [SiteKey.unit, SiteKey.phone]),
              let unit = f.text(SiteKey.unit), let phone = f.text(SiteKey.phone) else { return nil }
        let fax = f.has(SiteKey.fax) ? f.text(SiteKey.fax) : nil
        let form = f.has(SiteKey.mailForm) ? link(f, SiteKey.mailForm) : nil
        guard f.has(SiteKey.fax) == (fax != nil), f.has(SiteKey.mailForm) == (form != nil) else { return nil }
        return Contact(unit: unit, phone: phone, fax: fax, mailForm: form)
    }

    /// 更新日 (or 掲載日): one `edition: date` line per edition; those about to be published (`editions`) must be there.
    func dates(_ kind: PageDate, _ node: Node, key keyNode: Node, editions: [String]) -> [String: Day]? {
        let name = kind == .published ? SiteKey.published : SiteKey.updated
        guard case .mapping(let m) = node else {
            reader.report(.expectedMapping(key: name), at: node)
            return nil
        }
        var out: [String: Day] = [:]
        var ok = true
        for (key, value) in m {
            if let edition = key.scalar?.string, !EditionName.isValid(edition) {
                reader.report(.unsafeEditionName(edition), at: key)
                ok = false
                continue
            }
            // An edition not built this time may still be a draft (`juki-report new` wrote its date as 【要記入】).
            if let edition = key.scalar?.string, !editions.contains(edition),
               value.scalar?.string.containsUTF8(Placeholder.marker) == true { continue }
            guard let edition = reader.text(key, key: name), let text = reader.text(value, key: "\(name)（\(edition)）"),
                  let day = reader.date(DateNotation.day(text), at: value, key: "\(name)（\(edition)）") else {
                ok = false
                continue
            }
            out[edition] = day
            datePlaces.places[kind, default: [:]][edition] = reader.location(value)
        }
        for edition in editions where ok && out[edition] == nil {
            reader.report(.siteUpdatedMissing(edition: edition), at: keyNode)
        }
        if editions.contains(where: { out[$0] == nil }) { ok = false }
        return ok ? out : nil
    }
}

// MARK: issue 14 site
extension SiteConfigDecoder {
    /// A 警告 at every value of the file (outside the list itself) that 「見本の値」 lists: the shipped sample
    /// marks its own made-up values, so the warning lasts exactly until each is replaced, with no number in code.
    func samples(_ root: Node) -> [Diagnostic] {
        guard let list = root.mapping?[SiteKey.samples]?.sequence else { return [] }
        let samples = Set(list.compactMap { $0.scalar?.string })
        var out: [Diagnostic] = []
        func walk(_ node: Node, key: String) {
            switch node {
            case .scalar(let s) where samples.contains(s.string):
                out.append(Diagnostic(.siteSampleValue(key: key, value: s.string), at: reader.location(node)))
            case .mapping(let m):
                for (k, v) in m where k.scalar?.string != SiteKey.samples { walk(v, key: k.scalar?.string ?? key) }
            case .sequence(let items):
                for item in items { walk(item, key: key) }
            default:
                break
            }
        }
        walk(root, key: "")
        return out
    }
}
