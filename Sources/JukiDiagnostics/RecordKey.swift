/// Keys of `report.yaml` and names of the edition's CSV files: the records format defines them (README
/// 「記録の形式」), and each is spelled here once. Readers, the `new` draft and the messages name a key
/// only through this enum (RecordKeyTests checks that no other source file spells one). They sit with
/// the messages, which speak them whatever the reader (an archive's broken rule is told in the words the
/// records use).
public enum RecordKey {
    // The top level.
    public static let fiscalYear = "年度"
    public static let title = "表題"
    public static let trainings = "研修"
    public static let trainingNote = "研修の補足"
    public static let activities = "点検・監査"
    public static let identityUse = "本人確認情報の利用又は提供"
    public static let disclosure = "開示"
    public static let findingsClosing = "指摘事項の結び"
    public static let plan = "次年度計画"

    // A training (研修, and 次年度計画's 研修) and 研修の補足.
    public static let period = "時期"
    public static let periodNote = "時期の注記"
    public static let participants = "受講者"
    public static let lecturer = "講師"
    public static let content = "内容"
    public static let remarks = "備考"
    public static let noteText = "本文"
    public static let participantCount = "受講者数"

    // An activity (点検・監査, and 次年度計画's 点検・監査); 内容 is the plan's summary.
    public static let name = "名称"
    public static let conductors = "実施者"
    public static let target = "対象"
    public static let targetUnits = "対象所属"
    public static let targetCount = "対象所属数"
    public static let summary = "実施概要"
    public static let auditItems = "監査項目"
    public static let auditResult = "監査結果"
    public static let unitsWithFindings = "指摘所属数"
    public static let findingsRemark = "所見"

    // 本人確認情報の利用又は提供 and 開示.
    public static let statutory = "別表"
    public static let ordinance = "条例"
    public static let publication = "公表"
    public static let availableAffairs = "利用可能事務数"
    public static let basis = "根拠"
    public static let usedAffairs = "利用事務数"
    public static let cases = "利用件数"
    public static let disclosureSince = "開始日"
    public static let requests = "請求件数"

    // The CSV files and the columns code names.
    public static let certificationFile = "certified-staff.csv"
    public static let findingsFile = "findings.csv"
    /// 別添1 (別表の事務), 別添2 (条例の事務), 別添3 (公表).
    public static let statutoryAnnexFile = "annex1.csv"
    public static let ordinanceAnnexFile = "annex2.csv"
    public static let publicationAnnexFile = "annex3.csv"
    public static let affairColumn = "事務"
    public static let unitColumn = "所属"
}

/// Keys of `site.yaml` (README「サイトの設定」), spelled once, as `RecordKey` spells report.yaml's.
public enum SiteKey {
    public static let siteName = "サイト名"
    public static let siteURL = "サイトのURL"
    public static let breadcrumbs = "パンくずリスト"
    public static let indexTitle = "一覧のページ名"
    public static let contact = "問い合わせ先"
    public static let updated = "更新日"
    // MARK: issue 14 site
    /// 掲載日 of each edition's page (optional), placed with its 更新日 under the page's title.
    public static let published = "掲載日"
    /// The values of a sample site.yaml, each warned about while it is still in the file.
    public static let samples = "見本の値"
    /// A breadcrumb.
    public static let crumbName = "名前"
    public static let crumbURL = "URL"
    /// 問い合わせ先.
    public static let unit = "担当所属"
    public static let phone = "電話"
    public static let fax = "FAX"
    public static let mailForm = "メールフォーム"
}
