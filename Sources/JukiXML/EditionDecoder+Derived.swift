import JukiModel

/// Figures the archive states beside what they are computed from (`derived="true"`): each must be the one
/// the model computes, or the document is refused at the stated figure.
extension EditionDecoder {
    mutating func checkYearEnd(_ e: XMLElement, year: FiscalYear) {
        if let stated = day(e), stated != year.lastDay {
            disagree(e, stated: stated.description, computed: year.lastDay.description, from: "<fiscalYear>（\(year)年度）の年度末")
        }
    }

    mutating func checkPlanYear(_ e: XMLElement, year: FiscalYear) {
        if let n = Int(Notation.trimmedXML(e.text)), n != year.next.startYear {
            disagree(e, stated: String(n), computed: year.next.description, from: "<edition> の <fiscalYear>（\(year)年度）の次の年度")
        }
    }

    /// The figures beside a 別添 table are computed from it: they must agree with it.
    mutating func checkAnnexFigures(available: XMLElement, used: XMLElement, cases: XMLElement,
                                    of category: UseCategory) throws(Missing) {
        for (element, computed) in [(available, category.availableAffairs), (used, category.usedAffairs), (cases, category.cases)] {
            let stated = try count(element)
            if stated != computed { disagree(element, stated: Notation.grouped(stated), computed: Notation.grouped(computed), from: "<annex> の <affair>") }
        }
    }

    mutating func checkTotal(_ e: XMLElement, of certification: Certification) {
        if let stated = Int(Notation.trimmedXML(e.text)), stated != certification.total {
            disagree(e, stated: Notation.grouped(stated), computed: Notation.grouped(certification.total), from: "<unit> の <count> の合計")
        }
    }

    mutating func checkUnitCount(_ e: XMLElement, listed: Int) {
        if let n = Int(Notation.trimmedXML(e.text)), n != listed {
            disagree(e, stated: Notation.grouped(n), computed: Notation.grouped(listed), from: "<unit> の数")
        }
    }

    private mutating func disagree(_ e: XMLElement, stated: String, computed: String, from: String) {
        report(.xmlDerivedDisagrees(element: e.name, stated: stated, computed: computed, computedFrom: from), at: e)
    }
}
