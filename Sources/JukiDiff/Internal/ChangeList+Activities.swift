import JukiModel

extension ChangeList {
    /// 点検・監査 paired by 名称 (所属点検, 管理者点検, 外部監査, 緊急時対応訓練): those held (the summary is
    /// labelled 実施概要, as in the report) or those `planned` (内容).
    mutating func activities(_ old: [Activity], _ new: [Activity], planned: Bool) {
        let pairs = old.map(\.name).pairs(with: new.map(\.name))
        func part(_ a: Activity) -> Part { planned ? .plannedActivity(a) : .activity(a) }
        for (i, j) in pairs.both { activity(old[i], new[j], summaryLabel: planned ? "内容" : "実施概要") }
        for i in pairs.removed { add([old[i].name], .removed(part(old[i]))) }
        for j in pairs.added { add([new[j].name], .added(part(new[j]))) }
        let common = Set(pairs.both.map { new[$0.new].name })
        let oldOrder = old.map(\.name).filter(common.contains), newOrder = new.map(\.name).filter(common.contains)
        if oldOrder != newOrder { text(["順序"], oldOrder.joined(separator: "、"), newOrder.joined(separator: "、")) }
    }

    mutating func activity(_ o: Activity, _ n: Activity, summaryLabel: String) {
        let place = [n.name]
        date(place + ["時期"], DateValue(o.period), DateValue(n.period))
        text(place + ["実施者"], o.conductors.joined(separator: "、"), n.conductors.joined(separator: "、"))
        switch (o.targets, n.targets) {
        case let (.units(a)?, .units(b)?):
            units(place + ["対象所属"], a, b)
        case let (.described(a, x)?, .described(b, y)?):
            text(place + ["対象"], a, b)
            figure(place + ["対象所属数"], x, y, unit: "所属")
        default:
            targets(place + ["対象"], o.targets, n.targets)
        }
        summary(place + [summaryLabel], o.summary, n.summary)
        texts(place + ["監査項目"], label: { "○\($0 + 1)" }, o.auditItems, n.auditItems)
        text(place + ["備考"], o.remarks, n.remarks)
        switch (o.auditResult, n.auditResult) {
        case let (a?, b?):
            figure(place + ["監査結果", "指摘所属数"], a.unitsWithFindings, b.unitsWithFindings, unit: "所属")
            text(place + ["監査結果", "所見"], a.remark, b.remark)
        case let (nil, b?): add(place + ["監査結果"], .added(.auditResult(b)))
        case let (a?, nil): add(place + ["監査結果"], .removed(.auditResult(a)))
        case (nil, nil): break
        }
    }

    /// 実施概要 in any of its three shapes: the same shape compares part by part, another shape as one text.
    mutating func summary(_ place: [String], _ old: Summary?, _ new: Summary?) {
        switch (old, new) {
        case let (.inline(a)?, .inline(b)?):
            text(place, a, b)
        case let (.paragraphs(a)?, .paragraphs(b)?):
            texts(place, label: { "第\($0 + 1)段落" }, a, b)
        case let (.sections(a)?, .sections(b)?):
            let pairs = a.map(\.heading).pairs(with: b.map(\.heading))
            for (i, j) in pairs.both { text(place + ["○ " + b[j].heading], a[i].text, b[j].text) }
            for i in pairs.removed { add(place + ["○ " + a[i].heading], .removed(.text(a[i].text))) }
            for j in pairs.added { add(place + ["○ " + b[j].heading], .added(.text(b[j].text))) }
        default:
            text(place, old?.comparedText, new?.comparedText)
        }
    }

    /// 対象 of another shape, or only on one side.
    mutating func targets(_ place: [String], _ old: Targets?, _ new: Targets?) {
        switch (old, new) {
        case let (o?, n?): if o != n { add(place, .replaced(old: .targets(o), new: .targets(n))) }
        case let (nil, n?): add(place, .added(.targets(n)))
        case let (o?, nil): add(place, .removed(.targets(o)))
        case (nil, nil): break
        }
    }
}
