/// The one rule for an edition's name (R4, R5-follows-plan), applied wherever a name is met: named on the
/// command line (build, check, new, diff), found as a folder under --input or --output, taken from the
/// path of an archive (--input x.xml), and as a key of site.yaml's 更新日.
///
/// The name becomes a folder name, a URL path segment on the index and a YAML key, so it keeps to what is
/// safe as all three: ASCII letters, digits, `-` and `_`, starting with a letter or a digit, at most 64
/// characters. No `.` (no `..`, no hidden folder, no `index.html`), no `:` (no `javascript:`), no space,
/// nothing YAML reads as structure (`#`, `[`, `*`, `!`, `'`, `"`, `@`, `{`, `?`).
public enum EditionName {
    public static let maxLength = 64

    public static func isValid(_ name: String) -> Bool {
        var count = 0
        for (i, s) in name.unicodeScalars.enumerated() {
            guard isLetterOrDigit(s) || (i > 0 && (s == "-" || s == "_")) else { return false }
            count += 1
            if count > maxLength { return false }
        }
        return count > 0
    }

    /// The rule as the messages say it.
    public static let rule = "版の名前は半角の英字・数字と「-」「_」で書き、英字か数字で始め、\(maxLength)文字までにしてください（例: R5）。"

    /// A name as a message shows it: characters that do not show (controls, format and separator
    /// characters, a terminal escape) spelled as <U+001B>, and a long name cut at 80 characters.
    public static func shown(_ name: String, limit: Int = 80) -> String {
        var out = ""
        var count = 0
        for s in name.unicodeScalars {
            count += 1
            guard count <= limit else { continue }
            if isInvisible(s) {
                let hex = String(s.value, radix: 16, uppercase: true)
                out += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return count > limit ? out + "…（\(count)文字）" : out
    }

    /// The name an archive read with `--input DIR/R4/report.xml` publishes as: the folder holding it (R4)
    /// when that is an edition name, else the file's name without `.xml` (archive/R5.xml is R5).
    public static func ofArchive(path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let file = parts.last ?? path
        if parts.count >= 2, isValid(parts[parts.count - 2]) { return parts[parts.count - 2] }
        return file.lowercased().hasSuffix(".xml") ? String(file.dropLast(4)) : file
    }

    /// The name an edition takes from its 年度 when none is given (`import`): the era's usual initial and the
    /// year in it, as the folders of input/ are named — 令和4年度 → R4, 平成30年度 → H30, 令和元年度 → R1. The
    /// 年度 is named as `FiscalYear` names it (FY2019 is 令和元年度, so R1); before 明治, the Gregorian year.
    public static func of(_ year: FiscalYear) -> String {
        guard let era = year.era, let initial = eraInitials[era.name] else { return "FY" + String(year.startYear) }
        return initial + String(era.eraYear(year.startYear))
    }

    static let eraInitials = ["明治": "M", "大正": "T", "昭和": "S", "平成": "H", "令和": "R"]

    static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
    }

    public static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned: return true
        default: return false
        }
    }
}
