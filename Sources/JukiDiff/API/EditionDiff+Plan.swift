import JukiModel

extension EditionDiff {
    /// What `old` planned for its next 年度 against what `new` reports as done: 研修 held as planned (by 回),
    /// 点検・監査 and 訓練 held or not (by 名称), their periods, and the 所属 audited against those planned.
    /// `.removed` means planned and not done; `.added` done without being planned.
    public static func comparePlan(_ old: Edition, _ new: Edition, oldName: String, newName: String) -> EditionDiff {
        let budget = Budget()
        var trainings = ChangeList(budget: budget)
        let planned = old.plan.trainings, held = new.results.trainings
        for k in 0..<max(planned.count, held.count) {
            let place = ["第\(k + 1)回"]
            guard k < planned.count else { trainings.add(place, .added(.training(held[k]))); continue }
            guard k < held.count else { trainings.add(place, .removed(.plannedTraining(planned[k]))); continue }
            trainings.date(place + ["時期"], DateValue(planned[k].period), DateValue(held[k].period))
        }

        var activities = ChangeList(budget: budget)
        let pairs = old.plan.activities.map(\.name).pairs(with: new.results.activities.map(\.name))
        for (i, j) in pairs.both {
            let p = old.plan.activities[i], d = new.results.activities[j]
            activities.date([d.name, "時期"], DateValue(p.period), DateValue(d.period))
            switch (p.targets, d.targets) {
            case let (.units(a)?, .units(b)?): activities.units([d.name, "対象所属"], a, b)
            case let (a?, b?): activities.figure([d.name, "対象所属数"], a.unitCount, b.unitCount, unit: "所属")
            case let (a, b): activities.targets([d.name, "対象"], a, b)
            }
        }
        for i in pairs.removed { activities.add([old.plan.activities[i].name], .removed(.plannedActivity(old.plan.activities[i]))) }
        for j in pairs.added { activities.add([new.results.activities[j].name], .added(.activity(new.results.activities[j]))) }

        return EditionDiff(
            mode: .plan,
            old: Side(name: oldName, fiscalYear: old.planYear),
            new: Side(name: newName, fiscalYear: new.fiscalYear),
            sections: [
                DiffSection(.trainings, title: ReportSection.trainings.heading + "（計画と実績）", changes: trainings.items),
                DiffSection(.activities, title: ReportSection.activities.heading + "（計画と実績）", changes: activities.items),
            ])
    }
}
