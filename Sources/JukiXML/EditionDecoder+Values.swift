import JukiDiagnostics
import JukiModel

/// Single values: a child that must be there, a text, a count, a month, a day, a period.
extension EditionDecoder {
    mutating func period(_ e: XMLElement, place: EditionPlace) throws(Missing) -> Period {
        note(place, e)
        let startElement = try child(e, "start"), endElement = try child(e, "end")
        guard let start = month(startElement), let end = month(endElement) else { throw Missing(problem: nil) }
        guard let period = Period(start: start, end: end) else {
            report(.badDate(key: "period", .reversedSpan(start: start.description, end: end.description)), at: endElement)
            throw Missing(problem: nil)
        }
        return period
    }

    func child(_ e: XMLElement, _ name: String) throws(Missing) -> XMLElement {
        guard let c = e.child(name) else { throw Missing(problem: nil) }
        return c
    }

    /// Text as written (the schema allows no line breaks and no empty text), under the same rules as the
    /// records: a value of only blanks is empty and the blanks around a value are dropped (`Notation`); a
    /// `&#x9;` or a `&#x202E;` is refused at its element, as a tab or a U+202E in a YAML value is.
    func text(_ e: XMLElement) throws(Missing) -> String {
        func refuse(_ problem: Problem) -> Missing { Missing(problem: Diagnostic(problem, at: locator.location(e))) }
        if Notation.isBlank(e.text) { throw refuse(.emptyValue(key: "<\(e.name)>")) }
        switch TextRules.check(e.text) {
        case nil:
            return Notation.trimmed(e.text)
        case .character(let c, _):
            throw refuse(.forbiddenCharacter(key: "<\(e.name)>", c))
        case .tooLong(let length):
            throw refuse(.textTooLong(key: "<\(e.name)>", length: length, limit: TextRules.maxLength))
        }
    }

    func count(_ e: XMLElement) throws(Missing) -> Int {
        guard let n = Int(Notation.trimmedXML(e.text)), n >= 0 else { throw Missing(problem: nil) }
        return n
    }

    func month(_ e: XMLElement) -> YearMonth? { Notation.isoMonth(Notation.trimmedXML(e.text)) }

    func day(_ e: XMLElement) -> Day? { Notation.isoDay(Notation.trimmedXML(e.text)) }
}
