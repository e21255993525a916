import Foundation
import JukiDiagnostics
import JukiModel
import JukiRecords
import JukiXML

/// Finds the edition a `diff` argument names: an edition under `--input` (R4), an edition folder (records or
/// an archived report.xml), or an archived edition's XML file. A word that is none of these and is not an
/// `EditionName` is refused as a name.
struct EditionLocator {
    struct Located {
        /// The folder read, for labels (input/R4).
        let folder: String
        let edition: Edition
    }

    let input: String
    let templates: String

    func read(_ argument: String) -> Result<Located, DiffTrouble> {
        if argument.lowercased().hasSuffix(".xml"), EditionSet.isFile(argument) {
            return readArchive(argument, label: (argument as NSString).deletingLastPathComponent)
        }
        let folder: String
        if EditionName.isValid(argument), isDirectory(input + "/" + argument) {
            folder = input + "/" + argument
        } else if isDirectory(argument) {
            folder = argument.hasSuffix("/") && argument.count > 1 ? String(argument.dropLast()) : argument
        } else if !argument.contains("/"), !EditionName.isValid(argument) {
            // Neither a folder nor a path: meant as an edition name, and not one.
            return .failure(.editionName(argument))
        } else {
            return .failure(.notFound(argument, input: input))
        }
        guard FileManager.default.fileExists(atPath: folder + "/" + EditionReader.yamlFile) else {
            if EditionSet.isFile(folder + "/" + XMLArchive.fileName) {
                return readArchive(folder + "/" + XMLArchive.fileName, label: folder)
            }
            return .failure(.notAnEdition(folder))
        }
        switch EditionReader.read(directory: folder) {
        case .success(let e): return .success(Located(folder: folder, edition: e))
        case .failure(let d): return .failure(.unreadable(folder, d))
        }
    }

    private func readArchive(_ path: String, label: String) -> Result<Located, DiffTrouble> {
        let schema: XMLSchema
        do { schema = try XMLSchema.load(templates: templates) } catch { return .failure(.schema(error)) }
        switch XMLArchive.read(path: path, schema: schema) {
        case .success(let e): return .success(Located(folder: label.isEmpty ? "." : label, edition: e))
        case .failure(let d): return .failure(.unreadable(path, d))
        }
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}

/// Why `diff` could not compare (exit status 2, as diff(1) for trouble).
enum DiffTrouble: Error, CustomStringConvertible {
    case schema(XMLArchive.Failure)
    case notFound(String, input: String)
    case editionName(String)
    case notAnEdition(String)
    case unreadable(String, Diagnostics)
    case planYearMismatch(old: Edition, new: Edition)
    case unifiedPlan

    var description: String {
        switch self {
        case .schema(let failure):
            return failure.description
        case .notFound(let name, let input):
            return "エラー: 版「\(name)」が見つかりません。「\(input)」の下の版の名前（R4 など）か、版のフォルダを指定してください。"
        case .editionName(let name):
            return "エラー: " + Problem.unsafeEditionName(name).message
        case .notAnEdition(let folder):
            return "エラー: 「\(folder)」に \(EditionReader.yamlFile) も \(XMLArchive.fileName) もありません。版のフォルダを指定してください。"
        case .unreadable(let folder, let d):
            return d.rendered + "版「\(folder)」に\(d.count)件の誤りがあり、比べられませんでした。"
        case .planYearMismatch(let old, let new):
            return "エラー: --plan では、OLD の次年度計画の年度（\(EraText.fiscalYear(old.planYear))）と NEW の年度"
                + "（\(EraText.fiscalYear(new.fiscalYear))）が同じでなければなりません。続く2つの版を指定してください。"
        case .unifiedPlan:
            return "エラー: --plan と --format unified は一緒に使えません（計画と結果は report.txt の別の部分です）。"
        }
    }
}
