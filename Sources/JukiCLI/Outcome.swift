import ArgumentParser
import Foundation
import JukiDiagnostics
import JukiRecords
import JukiRender
import JukiXML

/// The one place where failures become messages on standard error and exit codes.
///
/// Exit codes: 0 success; 1 problems in the records (every one printed); 2 trouble outside the records
/// (templates, the output folder); 64 a mistyped command line (swift-argument-parser's usage code).
enum Outcome {
    static let recordsInvalid: Int32 = 1
    static let trouble: Int32 = 2

    static func get<T>(_ result: Result<T, Diagnostics>) throws -> T {
        switch result {
        case .success(let v): return v
        case .failure(let d):
            let toFill = d.toFillCount
            let errors = d.count - toFill
            var summary = ""
            if toFill > 0 { summary += "記入が残っているところが\(toFill)件あります。" }
            if errors > 0 { summary += "\(errors)件の誤りがありました。" }
            try fail(d.rendered + summary + "何も書いていません。\n", code: recordsInvalid)
        }
    }

    static func get(templates directory: String) throws -> Templates {
        do { return try Templates.load(directory: directory) } catch { try fail("\(error)\n", code: trouble) }
    }

    static func get(schema templates: String) throws -> XMLSchema {
        do { return try XMLSchema.load(templates: templates) } catch { try fail("\(error)\n", code: trouble) }
    }

    static func get<T>(rendering body: () throws(Templates.LoadError) -> T) throws -> T {
        do { return try body() } catch { try fail("\(error)\n", code: trouble) }
    }

    static func get<T>(publishing body: () throws(Publication.Failure) -> T) throws -> T {
        do { return try body() } catch { try fail("\(error)\n", code: error.isRecordsProblem ? recordsInvalid : trouble) }
    }

    static func get(writing body: () throws(AtomicFile.Failure) -> Void) throws {
        do { try body() } catch { try fail("エラー: \(error)\n", code: trouble) }
    }

    static func get<T>(locking body: () throws(OutputLock.Failure) -> T) throws -> T {
        do { return try body() } catch { try fail("エラー: \(error)\n", code: trouble) }
    }

    static func fail(_ text: String, code: Int32) throws -> Never {
        FileHandle.standardError.write(Data(text.utf8))
        throw ExitCode(code)
    }

    static func say(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
