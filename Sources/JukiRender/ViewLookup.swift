import JukiModel
import Mustache

// How templates find a view's fields. Without these, swift-mustache looks every `{{name}}` up through
// `Mirror`: it reflects the whole view (boxing every field) for each name, at each level of the context
// stack it climbs. Measured with callgrind on input/R4 (build, all formats, one process): text/report
// rendered in 61.3 M instructions and the page in 40.1 M; with these lookups in 23.5 M and 11.3 M (most of
// what remains is swift-mustache's dynamic casts, and first-use costs that a longer build shares out).
// The names are the templates' vocabulary: the same as the fields (ViewLookupTests checks every field of
// every view against its Mirror, so a field added without its line here fails a test, not a page).

extension ReportView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "fiscalYear": return fiscalYear
        case "title": return title
        case "trainings": return trainings
        case "trainingNote": return trainingNote
        case "activities": return activities
        case "asOf": return asOf
        case "statutory": return statutory
        case "ordinance": return ordinance
        case "publication": return publication
        case "certificationTotal": return certificationTotal
        case "certification": return certification
        case "certificationGrid": return certificationGrid
        case "disclosureSince": return disclosureSince
        case "disclosureRequests": return disclosureRequests
        case "hasDisclosureRequests": return hasDisclosureRequests
        case "findingAreas": return findingAreas
        case "findingsClosing": return findingsClosing
        case "statutoryAnnex": return statutoryAnnex
        case "ordinanceAnnex": return ordinanceAnnex
        case "publicationAnnex": return publicationAnnex
        case "publicationRuns": return publicationRuns
        case "publicationLinksAnnex": return publicationLinksAnnex
        case "planYear": return planYear
        case "planTrainings": return planTrainings
        case "planActivities": return planActivities
        default: return nil
        }
    }
}

extension TrainingView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": return number
        case "period": return period
        case "periodNote": return periodNote
        case "participants": return participants
        case "lecturer": return lecturer
        case "content": return content
        case "remarks": return remarks
        default: return nil
        }
    }
}

extension TrainingNoteView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": return text
        case "participantCount": return participantCount
        default: return nil
        }
    }
}

extension CountView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "unit": return unit
        case "count": return count
        default: return nil
        }
    }
}

extension ActivityView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": return number
        case "name": return self.name
        case "period": return period
        case "periodIsSpan": return periodIsSpan
        case "conductors": return conductors
        case "targetUnits": return targetUnits
        case "targetDescription": return targetDescription
        case "targetCount": return targetCount
        case "summaryInline": return summaryInline
        case "summaryParagraphs": return summaryParagraphs
        case "summarySections": return summarySections
        case "hasSummaryBlock": return hasSummaryBlock
        case "auditItems": return auditItems
        case "remarks": return remarks
        case "auditResult": return auditResult
        default: return nil
        }
    }
}

extension SummarySection: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": return heading
        case "text": return text
        default: return nil
        }
    }
}

extension AuditResultView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "targetCount": return targetCount
        case "unitsWithFindings": return unitsWithFindings
        case "hasFindings": return hasFindings
        case "remark": return remark
        default: return nil
        }
    }
}

extension UseView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "availableAffairs": return availableAffairs
        case "basis": return basis
        case "usedAffairs": return usedAffairs
        case "cases": return cases
        default: return nil
        }
    }
}

extension FindingAreaView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": return number
        case "name": return self.name
        case "findings": return findings
        default: return nil
        }
    }
}

extension FindingView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "finding": return finding
        case "response": return response
        default: return nil
        }
    }
}

extension PlannedTrainingView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": return number
        case "period": return period
        case "periodIsSpan": return periodIsSpan
        case "audience": return audience
        case "content": return content
        default: return nil
        }
    }
}

extension GridRow: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "left": return left
        case "right": return right
        case "totalOnRight": return totalOnRight
        default: return nil
        }
    }
}

extension SiteView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "url": return url
        case "contact": return contact
        default: return nil
        }
    }
}

extension ContactView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "unit": return unit
        case "phone": return phone
        case "fax": return fax
        case "mailForm": return mailForm
        default: return nil
        }
    }
}

// MARK: issue 14 site
extension TextRunView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": return text
        case "href": return href
        default: return nil
        }
    }
}

extension PhoneView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return text
        case "href": return href
        default: return nil
        }
    }
}

extension PageDatesView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "published": return published
        case "updated": return updated
        default: return nil
        }
    }
}

extension CrumbView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "href": return href
        default: return nil
        }
    }
}

extension UpdatedView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return text
        case "iso": return iso
        default: return nil
        }
    }
}

extension PageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "pageTitle": return pageTitle
        case "site": return site
        case "breadcrumb": return breadcrumb
        case "dates": return dates
        case "report": return report
        default: return nil
        }
    }
}

extension IndexView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "pageTitle": return pageTitle
        case "title": return title
        case "site": return site
        case "breadcrumb": return breadcrumb
        case "dates": return dates
        case "editions": return editions
        default: return nil
        }
    }
}

extension IndexEntryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "fiscalYear": return fiscalYear
        case "title": return title
        case "href": return href
        case "editionUpdated": return editionUpdated
        case "files": return files
        default: return nil
        }
    }
}

extension FileLinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": return label
        case "href": return href
        default: return nil
        }
    }
}

extension AnnexTableView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "rows": return rows
        case "total": return total
        case "href": return href
        default: return nil
        }
    }
}

extension AffairRowView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "affair": return affair
        case "basis": return basis
        case "cases": return cases
        default: return nil
        }
    }
}

extension PublishedRowView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "affair": return affair
        case "basis": return basis
        case "kind": return kind
        case "recipient": return recipient
        case "cases": return cases
        default: return nil
        }
    }
}

extension AnnexPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "site": return site
        case "breadcrumb": return breadcrumb
        case "dates": return dates
        case "fiscalYear": return fiscalYear
        case "reportTitle": return reportTitle
        case "isStatutory": return isStatutory
        case "isOrdinance": return isOrdinance
        case "isPublication": return isPublication
        case "affairAnnex": return affairAnnex
        case "publicationAnnex": return publicationAnnex
        default: return nil
        }
    }
}
