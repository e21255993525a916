import Foundation
import JukiXML

/// The schema, read once from the templates folder (JUKI_TEMPLATES, default: the repository's).
let schema: XMLSchema = {
    let dir = ProcessInfo.processInfo.environment["JUKI_TEMPLATES"] ?? "templates"
    do { return try XMLSchema.load(templates: dir) } catch { fatalError("schema: \(error)") }
}()

/// libFuzzer calls this with each input: untrusted bytes read as an archived edition.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    _ = XMLArchive.read(bytes: Array(UnsafeBufferPointer(start: data, count: size)), path: "report.xml", schema: schema)
    return 0
}

/// SwiftPM links an executable's entry point as `<module>_main`; hand control to libFuzzer's driver there.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

@_cdecl("fuzz_xml_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var vector = argv
    return LLVMFuzzerRunDriver(&count, &vector) { fuzzOne($0, $1) }
}
