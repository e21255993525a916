// template-bench ENGINE N: loads r4-report.json, then N times parses the report's text templates and renders
// them over it (ENGINE: none, mustache, stencil, leaf). run.sh counts the instructions of N = 1 and N = 11 with
// callgrind: (I(11) - I(1)) / 10 is one parse + render; I(1) - I(none) adds what the first use costs.
import Foundation
import LeafKit
import Mustache
import NIOCore
import NIOEmbedded
import Stencil

let arguments = CommandLine.arguments
let engine = arguments.count > 1 ? arguments[1] : "none"
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 1 : 1
let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let data = try JSONSerialization.jsonObject(with: Data(contentsOf: here.appendingPathComponent("r4-report.json")))
guard let view = data as? [String: Any] else { fatalError("r4-report.json: not an object") }

/// The files of a folder, by name without extension.
func files(_ folder: URL, _ ext: String) throws -> [String: String] {
    var out: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(ext) {
        out[String(name.dropLast(ext.count))] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
    return out
}

func leafData(_ value: Any) -> LeafData {
    switch value {
    case let s as String: return .string(s)
    case let b as Bool where type(of: value) == Bool.self: return .bool(b)
    case let n as Int: return .int(n)
    case let b as Bool: return .bool(b)
    case let a as [Any]: return .array(a.map(leafData))
    case let d as [String: Any]: return .dictionary(d.mapValues(leafData))
    default: return .trueNil
    }
}

struct MemorySource: LeafSource {
    let templates: [String: String]
    func file(template: String, escape: Bool, on eventLoop: any EventLoop) -> EventLoopFuture<ByteBuffer> {
        let name = template.split(separator: "/").last.map(String.init) ?? template
        guard let text = templates[name.replacingOccurrences(of: ".leaf", with: "")] else {
            return eventLoop.makeFailedFuture(LeafError(.noTemplateExists(template)))
        }
        return eventLoop.makeSucceededFuture(ByteBuffer(string: text))
    }
}

var bytes = 0
switch engine {
case "mustache":
    let texts = try files(root.appendingPathComponent("templates/text"), ".mustache")
    for _ in 0..<runs {
        var library = MustacheLibrary()
        for (name, text) in texts {
            let template = try MustacheTemplate(string: text)
            library.register(template, named: "text/" + name)
            library.register(template, named: "text." + name)
        }
        bytes += library.render(view, withTemplate: "text/report")?.utf8.count ?? 0
    }
case "stencil":
    let texts = try files(here.appendingPathComponent("ports"), ".stencil")
    for _ in 0..<runs {
        let environment = Environment(loader: DictionaryLoader(templates: texts), trimBehaviour: .smart)
        bytes += try environment.renderTemplate(name: "report", context: view).utf8.count
    }
case "leaf":
    let texts = try files(here.appendingPathComponent("ports"), ".leaf")
    let loop = EmbeddedEventLoop()
    let context = view.mapValues(leafData)
    for _ in 0..<runs {
        let cache = DefaultLeafCache()
        cache.isEnabled = false
        let renderer = LeafRenderer(configuration: LeafConfiguration(rootDirectory: "/"), cache: cache,
                                    sources: .singleSource(MemorySource(templates: texts)), eventLoop: loop)
        bytes += try renderer.render(path: "report", context: context).wait().readableBytes
    }
default:
    break
}
print(engine, runs, bytes)
