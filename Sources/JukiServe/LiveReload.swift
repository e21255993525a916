/// What `serve` adds to an HTML page as it sends it (never `build`): the preview banner after `<body…>`, and
/// before `</body>` the script that listens on `/_events` and reloads the page when the site changed.
public enum LiveReload {
    public static let eventsPath = "/_events"

    /// The script, whole (tests look for it, and take it out again to compare a page with build's bytes).
    public static let script = "<script>new EventSource(\"\(eventsPath)\").addEventListener(\"reload\", function () { location.reload(); });</script>\n"

    /// `html` with `banner` after the opening body tag and the script before the closing one.
    public static func inject(into html: [UInt8], banner: String) -> [UInt8] {
        var out = html
        if let close = lastRange(of: Array("</body>".utf8), in: out) {
            out.insert(contentsOf: Array(script.utf8), at: close)
        } else {
            out.append(contentsOf: Array(script.utf8))
        }
        if let open = firstRange(of: Array("<body".utf8), in: out), let end = out[open...].firstIndex(of: UInt8(ascii: ">")) {
            out.insert(contentsOf: Array(banner.utf8), at: end + 2 <= out.count && out[end + 1] == UInt8(ascii: "\n") ? end + 2 : end + 1)
        }
        return out
    }

    private static func firstRange(of needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard needle.count <= hay.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) {
            return i
        }
        return nil
    }

    private static func lastRange(of needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard needle.count <= hay.count else { return nil }
        for i in stride(from: hay.count - needle.count, through: 0, by: -1)
            where hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) {
            return i
        }
        return nil
    }
}
