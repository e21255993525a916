import JukiDiagnostics
import JukiModel

extension EditionReader {
    /// The 年度 report.yaml states on its top-level line (`年度: 令和4年度`), read from that line alone: how
    /// `check R5` finds which edition under --input is the year before without reading them all. Nil when the
    /// line is not there as a plain `key: value` (then the edition is read whole).
    public static func statedFiscalYear(directory: String) -> FiscalYear? {
        guard case .success(let file) = RecordFile.load(directory + "/" + yamlFile, limit: RecordFile.yamlLimit) else { return nil }
        let prefix = RecordKey.fiscalYear + ":"
        for n in 1...max(1, file.lineCount) {
            guard let line = file.line(n), line.hasPrefix(prefix) else { continue }
            var value = Substring(line.dropFirst(prefix.count))
            if let comment = value.firstRange(of: " #") { value = value[..<comment.lowerBound] }
            var text = Notation.trimmed(value)
            if text.count >= 2, let q = text.first, q == "\"" || q == "'", text.last == q { text = String(text.dropFirst().dropLast()) }
            return try? DateNotation.fiscalYear(text).get()
        }
        return nil
    }
}
