/// Keys of `report.yaml` and names of the edition's CSV files, where code names them: the records format
/// defines them (README「記録の形式」). They sit with the messages, which speak them whatever the reader
/// (an archive's broken rule is told in the words the records use).
public enum RecordKey {
    public static let fiscalYear = "年度"
    public static let trainings = "研修"
    public static let period = "時期"
    public static let activities = "点検・監査"
    public static let targetUnits = "対象所属"
    public static let targetCount = "対象所属数"
    public static let auditResult = "監査結果"
    public static let unitsWithFindings = "指摘所属数"
    public static let identityUse = "本人確認情報の利用又は提供"
    public static let statutory = "別表"
    public static let ordinance = "条例"
    public static let usedAffairs = "利用事務数"
    public static let disclosure = "開示"
    public static let disclosureSince = "開始日"
    public static let plan = "次年度計画"
    public static let certificationFile = "certified-staff.csv"
    public static let findingsFile = "findings.csv"
    /// 別添1 (別表の事務), 別添2 (条例の事務), 別添3 (公表).
    public static let statutoryAnnexFile = "annex1.csv"
    public static let ordinanceAnnexFile = "annex2.csv"
    public static let publicationAnnexFile = "annex3.csv"
    public static let affairColumn = "事務"
    public static let unitColumn = "所属"
}
