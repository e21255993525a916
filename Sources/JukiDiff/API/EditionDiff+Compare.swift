import JukiModel

extension EditionDiff {
    /// This year's edition against last year's, part by part: 研修 by 回, 点検・監査 by 名称, 所属 by name,
    /// 照合情報 rows by 所属, findings by text similarity.
    public static func compare(_ old: Edition, _ new: Edition, oldName: String, newName: String) -> EditionDiff {
        compare(old, new, oldName: oldName, newName: newName, budget: Budget())
    }

    /// With the work bounded by `budget` (one for the whole comparison).
    static func compare(_ old: Edition, _ new: Edition, oldName: String, newName: String, budget: Budget) -> EditionDiff {
        var title = ChangeList(budget: budget)
        title.date(["年度"], DateValue(old.fiscalYear), DateValue(new.fiscalYear))
        title.text(["表題"], old.title, new.title)

        var trainings = ChangeList(budget: budget)
        trainings.trainings(old.results.trainings, new.results.trainings)
        let note = ["※ 研修の補足"]
        switch (old.results.trainingNote, new.results.trainingNote) {
        case let (o?, n?):
            trainings.text(note + ["本文"], o.text, n.text)
            trainings.figure(note + ["受講者数"], o.participantCount, n.participantCount, unit: "名")
        case let (nil, n?): trainings.add(note, .added(.trainingNote(n)))
        case let (o?, nil): trainings.add(note, .removed(.trainingNote(o)))
        case (nil, nil): break
        }

        var activities = ChangeList(budget: budget)
        activities.activities(old.results.activities, new.results.activities, planned: false)

        var use = ChangeList(budget: budget)
        use.identityUse(old.results.identityUse, new.results.identityUse)
        use.certification(old.results.certification, new.results.certification)
        let disclosure = ["(5) 開示"]
        use.date(disclosure + ["開始日"], DateValue(old.results.disclosure.since), DateValue(new.results.disclosure.since))
        use.figure(disclosure + ["開示請求"], old.results.disclosure.requests, new.results.disclosure.requests, unit: "件")

        var findings = ChangeList(budget: budget)
        findings.findings(old.findings, new.findings)

        var planTrainings = ChangeList(budget: budget)
        for k in 0..<max(old.plan.trainings.count, new.plan.trainings.count) {
            let place = ["第\(k + 1)回"]
            guard k < old.plan.trainings.count else { planTrainings.add(place, .added(.plannedTraining(new.plan.trainings[k]))); continue }
            guard k < new.plan.trainings.count else { planTrainings.add(place, .removed(.plannedTraining(old.plan.trainings[k]))); continue }
            let o = old.plan.trainings[k], n = new.plan.trainings[k]
            planTrainings.date(place + ["時期"], DateValue(o.period), DateValue(n.period))
            planTrainings.text(place + ["対象"], o.audience, n.audience)
            planTrainings.text(place + ["内容"], o.content, n.content)
        }
        var planActivities = ChangeList(budget: budget)
        planActivities.activities(old.plan.activities, new.plan.activities, planned: true)

        return EditionDiff(
            mode: .editions,
            old: Side(name: oldName, fiscalYear: old.fiscalYear),
            new: Side(name: newName, fiscalYear: new.fiscalYear),
            sections: [
                DiffSection(.title, changes: title.items),
                DiffSection(.trainings, changes: trainings.items),
                DiffSection(.activities, changes: activities.items),
                DiffSection(.identityUse, changes: use.items),
                DiffSection(.findings, changes: findings.items),
                DiffSection(.planTrainings, changes: planTrainings.items),
                DiffSection(.planActivities, changes: planActivities.items),
            ])
    }

}

extension ChangeList {
    /// 研修 paired by 回.
    mutating func trainings(_ old: [Training], _ new: [Training]) {
        for k in 0..<max(old.count, new.count) {
            let place = ["第\(k + 1)回"]
            guard k < old.count else { add(place, .added(.training(new[k]))); continue }
            guard k < new.count else { add(place, .removed(.training(old[k]))); continue }
            let o = old[k], n = new[k]
            date(place + ["時期"], DateValue(o.period), DateValue(n.period))
            text(place + ["時期の注記"], o.periodNote, n.periodNote)
            let groups = o.participants.map(\.group).pairs(with: n.participants.map(\.group))
            for (i, j) in groups.both {
                figure(place + ["受講者", n.participants[j].group], o.participants[i].count, n.participants[j].count, unit: "名")
            }
            for i in groups.removed { add(place + ["受講者"], .removed(.participants(o.participants[i]))) }
            for j in groups.added { add(place + ["受講者"], .added(.participants(n.participants[j]))) }
            text(place + ["講師"], o.lecturer, n.lecturer)
            text(place + ["内容"], o.content, n.content)
            text(place + ["備考"], o.remarks, n.remarks)
        }
    }

    /// 3 (1)–(3).
    mutating func identityUse(_ old: IdentityUse, _ new: IdentityUse) {
        for (label, o, n) in [("(1) 別表", old.statutory, new.statutory), ("(2) 条例", old.ordinance, new.ordinance)] {
            figure([label, "利用可能事務数"], o.availableAffairs, n.availableAffairs, unit: "事務")
            text([label, "根拠"], o.basis, n.basis)
            figure([label, "利用事務数"], o.usedAffairs, n.usedAffairs, unit: "事務")
            figure([label, "利用件数"], o.cases, n.cases, unit: "件")
            annex([label, label.hasPrefix("(1)") ? "別添1" : "別添2"], o.annex, n.annex)
        }
        text(["(3) 公表"], old.publication, new.publication)
        publicationAnnex(old.publicationAnnex, new.publicationAnnex)
    }

    /// 別添1 or 別添2: rows by 事務 in O(n+m); a table that appears or goes is one change.
    mutating func annex(_ place: [String], _ old: [AffairUse]?, _ new: [AffairUse]?) {
        switch (old, new) {
        case (nil, nil): return
        case (nil, let n?): add(place, .added(.affairTable(n)))
        case (let o?, nil): add(place, .removed(.affairTable(o)))
        case (let o?, let n?):
            let rows = o.map(\.affair).pairs(with: n.map(\.affair))
            for (i, j) in rows.both {
                text(place + [n[j].affair, "根拠"], o[i].basis, n[j].basis)
                figure(place + [n[j].affair], o[i].cases, n[j].cases, unit: "件")
            }
            for i in rows.removed { add(place, .removed(.affairUse(o[i]))) }
            for j in rows.added { add(place, .added(.affairUse(n[j]))) }
        }
    }

    /// 別添3: rows by 事務 and 区分 (a 事務 may be both used and provided).
    mutating func publicationAnnex(_ old: [PublishedUse]?, _ new: [PublishedUse]?) {
        let place = ["(3) 公表", "別添3"]
        switch (old, new) {
        case (nil, nil): return
        case (nil, let n?): add(place, .added(.publishedTable(n)))
        case (let o?, nil): add(place, .removed(.publishedTable(o)))
        case (let o?, let n?):
            func key(_ u: PublishedUse) -> String { u.affair + "（" + u.kind.rawValue + "）" }
            let rows = o.map(key).pairs(with: n.map(key))
            for (i, j) in rows.both {
                text(place + [key(n[j]), "根拠"], o[i].basis, n[j].basis)
                text(place + [key(n[j]), "提供先"], o[i].recipient, n[j].recipient)
                figure(place + [key(n[j])], o[i].cases, n[j].cases, unit: "件")
            }
            for i in rows.removed { add(place, .removed(.publishedUse(o[i]))) }
            for j in rows.added { add(place, .added(.publishedUse(n[j]))) }
        }
    }

    /// 3 (4): rows by 所属 in O(n+m), then the total.
    mutating func certification(_ old: Certification, _ new: Certification) {
        let place = ["(4) 照合情報認証"]
        let rows = old.rows.map(\.unit).pairs(with: new.rows.map(\.unit))
        for (i, j) in rows.both {
            figure(place + [new.rows[j].unit], old.rows[i].count, new.rows[j].count, unit: "人")
        }
        for i in rows.removed { add(place, .removed(.certifiedUnit(old.rows[i]))) }
        for j in rows.added { add(place, .added(.certifiedUnit(new.rows[j]))) }
        if rows.removed.isEmpty && rows.added.isEmpty && rows.both.contains(where: { $0.old != $0.new })
            && old.rows.count == new.rows.count {
            text(place + ["所属の順"], old.rows.map(\.unit).joined(separator: "、"), new.rows.map(\.unit).joined(separator: "、"))
        }
        figure(place + ["計"], old.total, new.total, unit: "人")
    }
}
