#!/usr/bin/env python3
"""Generates the benchmark's synthetic archive, deterministically (the same bytes on every run).

    gen.py archive DIR [--prefectures 47] [--years 20]   DIR/input/<edition>/..., DIR/input/site.yaml
    gen.py table DIR ROWS                                 DIR/input/big/ with a certified-staff.csv of ROWS rows

Editions vary as real ones do: 2-4 研修 with 1-3 受講者 groups, optional notes and 備考, 所属点検 by
description, 管理者点検 present or not, an 外部監査 with 5-20 対象所属 and 0-8 findings (findings.csv
present, header-only or absent), summaries inline / as paragraphs / as sections, 15-45 所属 in the
照合情報 table (sometimes with a stated 計 row and grouped figures), a plan for N+1 with 1-3 研修 and
2-4 activities. Fiscal years run FY2005 (平成17年度) to FY2024 (令和6年度) and cross the era change
(FY2019 is 令和元年度, its April is 平成31年4月). Every edition passes `juki-report check`.
"""
import argparse
import os
import random
import zlib

PREFECTURES = [
    "hokkaido", "aomori", "iwate", "miyagi", "akita", "yamagata", "fukushima", "ibaraki", "tochigi",
    "gunma", "saitama", "chiba", "tokyo", "kanagawa", "niigata", "toyama", "ishikawa", "fukui",
    "yamanashi", "nagano", "gifu", "shizuoka", "aichi", "mie", "shiga", "kyoto", "osaka", "hyogo",
    "nara", "wakayama", "tottori", "shimane", "okayama", "hiroshima", "yamaguchi", "tokushima",
    "kagawa", "ehime", "kochi", "fukuoka", "saga", "nagasaki", "kumamoto", "oita", "miyazaki",
    "kagoshima", "okinawa",
]
PREFECTURE_KANJI = [
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県",
    "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県",
    "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県",
    "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県",
    "宮崎県", "鹿児島県", "沖縄県",
]
PLACES = ["中央", "北部", "南部", "東部", "西部", "横浜", "川崎", "相模原", "平塚", "藤沢", "小田原", "厚木", "鎌倉",
          "横須賀", "茅ヶ崎", "戸塚", "高津", "緑", "津久井", "足柄上", "湘南", "県央", "三浦", "秦野", "大和"]
OFFICES = ["県税事務所", "保健福祉事務所", "土木事務所", "農政事務所", "児童相談所", "パスポートセンター", "自動車税管理事務所",
           "地域県政総合センター", "水道営業所", "教育事務所"]
DIVISIONS = ["市町村課", "NPO協働推進課", "職員厚生課", "人事課", "税務指導課", "消防保安課", "国際課", "観光課", "大気水質課",
             "子ども家庭課", "地域福祉課", "高齢福祉課", "生活援護課", "障害サービス課", "障害福祉課", "がん・疾病対策課", "医療課",
             "生活衛生課", "精神保健福祉センター", "商業流通課", "建設業課", "水道施設課", "財務課", "監査事務局総務課",
             "駐車対策課", "運転教育課", "産業人材課", "雇用労政課", "会計課", "議会局総務課", "水産課", "農地課",
             "県土整備局総務室", "総合療育相談センター", "税務課", "住宅課", "道路管理課", "教育局総務室", "警察本部運転免許課"]
LECTURERS = ["市町村課", "地方公共団体情報システム機構", "MYTコンサルティング株式会社", "湘南情報セキュリティ株式会社",
             "有限責任監査法人みなとみらい", "株式会社県央システムズ"]
AUDITORS = LECTURERS[2:]
CONTENTS = ["住基ネットの概要、運用上の留意事項 等", "本人確認情報の保護に関する規定 等", "住基ネットのセキュリティ対策の現状と課題 等",
            "標的型攻撃メールへの対応及び住基ネットに係る基本的なセキュリティ対策 等", "本人確認情報の適正な取扱い、端末機の管理 等",
            "生成AIの業務利用に伴う情報セキュリティ上の留意点 等", "一般的な情報セキュリティ及び住基ネットに係る基本的なセキュリティ対策の必要性 等"]
REMARKS = ["集合研修にて実施", "書面開催にて実施", "動画配信にて実施", "集合研修とオンライン配信を併用して実施",
           "庁内ポータルサイトへの資料掲載により実施", "県庁本庁舎及び各地域県政総合センターの計5会場で集合研修にて実施"]
FINDINGS = [
    ("業務端末使用管理簿に記録漏れがある。", "端末使用時は漏れや誤りなく業務端末使用管理簿に記載することを利用者に啓発した。"),
    ("アップデート等の保守業務を実施する際、その記録がされていない。", "管理簿の様式を、保守業務の実施に際してはその旨がわかるように改めた。"),
    ("電磁的記録媒体の授受記録がされていない。", "授受記録とともに、データ削除日の報告を受けるよう体制を整備する。"),
    ("電磁的記録媒体の保管場所の施錠状態を確認している記録がされていない。", "媒体保管場所の施錠開錠記録をつけるよう体制を整備する。"),
    ("本人確認情報を出力した帳票が、施錠されていない書庫に保管されていた。", "帳票を施錠できる書庫に移し、鍵の管理者を定めた。"),
    ("端末機の操作者用IDを複数の職員で共用していた。", "職員ごとに操作者用IDを発行し、共用を禁止する旨を所属内に周知した。"),
    ("ファイアウォールの設定変更の記録が、承認者の確認を経ずに保存されていた。", "設定変更の手順を改め、承認者の確認欄を設けた。"),
    ("操作者認証用カードの管理簿に、貸出し、返却の時刻の記載がない。", "管理簿に時刻欄を設け、記載を徹底するよう指導した。"),
]


def era_month(y, m):
    """和暦 of a month, by the era of its first day."""
    if (y, m) >= (2019, 5):
        n = y - 2018
        return f"令和{'元' if n == 1 else n}年{m}月"
    n = y - 1988
    return f"平成{'元' if n == 1 else n}年{m}月"


def era_of(y, m):
    return "R" if (y, m) >= (2019, 5) else "H"


def fiscal_name(fy):
    if fy >= 2019:
        n = fy - 2018
        return f"令和{'元' if n == 1 else n}年度"
    return f"平成{fy - 1988}年度"


def month_at(fy, k):
    """The k-th month (0 = April) of fiscal year fy, as (year, month)."""
    m = 4 + k
    return (fy, m) if m <= 12 else (fy + 1, m - 12)


def period_text(fy, k0, k1):
    y0, m0 = month_at(fy, k0)
    if k1 == k0:
        return era_month(y0, m0)
    y1, m1 = month_at(fy, k1)
    if y1 == y0 and era_of(y0, m0) == era_of(y1, m1):
        return f"{era_month(y0, m0)}から{m1}月"
    return f"{era_month(y0, m0)}から{era_month(y1, m1)}"


def random_period(r, fy, lo=0, hi=11):
    k0 = r.randint(lo, hi)
    k1 = min(11, k0 + r.choice([0, 0, 0, 1, 2]))
    return period_text(fy, k0, k1), k1


def unit_pool(r, pref):
    offices = [p + o for p in r.sample(PLACES, 8) for o in r.sample(OFFICES, 3)]
    return DIVISIONS + offices


def yaml_str(s):
    return s  # every generated value is a plain YAML scalar (no leading specials, no ': ')


def summary(r, key, indent):
    pad = " " * indent
    kind = r.choice(["inline", "paragraphs", "sections"])
    if kind == "inline":
        return [f"{pad}{key}: 「セキュリティチェックシート」により、利用所属における運用状況等を確認"]
    if kind == "paragraphs":
        out = [f"{pad}{key}:"]
        for p in r.sample(["「点検チェックシート」により、本人確認情報の利用状況等を確認",
                           "点検結果は各所属の自己点検に活用する", "不備があった所属には改善を求め、その結果を確認した"],
                          r.randint(1, 3)):
            out.append(f"{pad}  - {p}")
        return out
    return [f"{pad}{key}:",
            f"{pad}  運用面: 関連規程類の整備状況、端末機の管理状況等の調査や職員に対するヒアリングなどを実施",
            f"{pad}  システム面: 住基ネットを構成する機器の接続状況等の調査を実施"]


def edition(r, fy, pref_index, big_rows=0):
    """report.yaml text, certified-staff.csv text, findings.csv text or None."""
    pool = unit_pool(r, pref_index)
    y = []
    y.append(f"# {PREFECTURE_KANJI[pref_index % 47]} {fiscal_name(fy)}（ベンチマーク用の生成された記録）")
    y.append(f"年度: {fiscal_name(fy)}")
    y.append("表題: 住民基本台帳ネットワークシステムの セキュリティ対策の措置状況等について")
    y.append("研修:")
    n_train = r.randint(2, 4)
    starts = sorted(r.sample(range(0, 12), n_train))
    for k in starts:
        text, _ = random_period(r, fy, k, k)
        y.append(f"  - 時期: {text}")
        if r.random() < 0.4:
            y.append(f"    時期の注記: {r.choice(['資料掲載時期', '動画配信期間'])}")
        y.append("    受講者:")
        for g in r.sample(["県利用所属職員", "市町村住基ネット担当者", "県警察職員"], r.randint(1, 3)):
            y.append(f"      {g}: {r.randint(5, 1500)}")
        y.append(f"    講師: {r.choice(LECTURERS)}")
        y.append(f"    内容: {r.choice(CONTENTS)}")
        if r.random() < 0.7:
            y.append(f"    備考: {r.choice(REMARKS)}")
    if r.random() < 0.7:
        y.append("研修の補足:")
        y.append("  本文: その他、県においては、新たに本人確認情報を利用する職員に対して、端末機の操作や本人確認情報の取扱い等についての研修を実施")
        y.append(f"  受講者数: {r.randint(10, 90)}")
    y.append("点検・監査:")
    y.append("  - 名称: 所属点検")
    y.append(f"    時期: {random_period(r, fy, 1, 6)[0]}")
    y.append("    実施者: [市町村課, 県利用所属職員]")
    y.append("    対象: 市町村課、全利用所属")
    y.append(f"    対象所属数: {r.randint(40, 90)}")
    y += summary(r, "実施概要", 4)
    if r.random() < 0.75:
        y.append("  - 名称: 管理者点検")
        y.append(f"    時期: {random_period(r, fy, 3, 8)[0]}")
        y.append("    実施者: 市町村課")
        y.append("    対象所属:")
        for u in r.sample(pool, r.randint(5, 20)):
            y.append(f"      - {u}")
        y += summary(r, "実施概要", 4)
        if r.random() < 0.3:
            y.append("    備考: Web会議システムを利用したビデオ通話形式で実施")
    targets = r.sample(pool, r.randint(5, 20))
    n_findings = r.choice([0, 0, 1, 2, 3, 4, 6, 8])
    units_with = 0 if n_findings == 0 else r.randint(1, min(n_findings, len(targets)))
    y.append("  - 名称: 外部監査")
    y.append(f"    時期: {random_period(r, fy, 6, 9)[0]}")
    y.append(f"    実施者: {r.choice(AUDITORS)}")
    y.append("    対象所属:")
    for u in targets:
        y.append(f"      - {u}")
    y += summary(r, "実施概要", 4)
    y.append("    監査結果:")
    y.append(f"      指摘所属数: {units_with}")
    if r.random() < 0.8:
        y.append("      所見: 指摘内容は運用面が中心で、いずれも軽微な不適合とされた。" if units_with
                 else "      所見: 運用面、システム面ともに、規程に沿った適切な運用がなされているとされた。")
    avail1 = r.randint(60, 80)
    avail2 = r.randint(10, 20)
    y.append("本人確認情報の利用又は提供:")
    y.append("  別表:")
    y.append(f"    利用可能事務数: {avail1}")
    if r.random() < 0.8:
        y.append("    根拠: 別表第5及び第6")
    y.append(f"    利用事務数: {r.randint(1, avail1)}")
    y.append(f"    利用件数: {r.randint(10_000, 3_000_000)}")
    y.append("  条例:")
    y.append(f"    利用可能事務数: {avail2}")
    y.append(f"    利用事務数: {r.randint(0, avail2)}")
    y.append(f"    利用件数: {r.randint(0, 300_000)}")
    y.append("  公表: 住民基本台帳法施行条例第6条の規定に基づき、別添3のとおり公表する。")
    y.append("開示:")
    y.append("  開始日: 平成16年2月1日")
    y.append(f"  請求件数: {r.choice([0, 0, 1, 2, 4, 7])}")
    if n_findings or r.random() < 0.3:
        y.append("指摘事項の結び: 上記のとおり、指摘を受けた所属において対応を行った。また、監査人の指摘事項等を全ての利用所属に情報提供することにより、セキュリティ上の問題点等の共通認識を図っている。")
    y.append("次年度計画:")
    y.append("  研修:")
    for k in sorted(r.sample(range(0, 12), r.randint(1, 3))):
        y.append(f"    - 時期: {random_period(r, fy + 1, k, k)[0]}")
        y.append(f"      対象: {r.choice(['県利用所属職員', '県利用所属職員及び市町村住基ネット担当者'])}")
        y.append("      内容: 本人確認情報の利用方法、帳票等の管理等")
    y.append("  点検・監査:")
    y.append("    - 名称: 所属点検")
    y.append(f"      時期: {random_period(r, fy + 1, 1, 6)[0]}")
    y.append("      対象: 市町村課、全利用所属")
    y.append(f"      対象所属数: {r.randint(40, 90)}")
    y.append("      内容: 所属職員が、本人確認情報の利用状況等を確認")
    if r.random() < 0.8:
        y.append("    - 名称: 管理者点検")
        y.append(f"      時期: {random_period(r, fy + 1, 3, 8)[0]}")
        y.append("      対象所属:")
        for u in r.sample(pool, r.randint(5, 20)):
            y.append(f"        - {u}")
        y.append("      内容: 市町村課職員が、利用所属における運用状況等を確認")
    y.append("    - 名称: 外部監査")
    y.append(f"      時期: {random_period(r, fy + 1, 6, 9)[0]}")
    y.append("      対象所属:")
    for u in r.sample(pool, r.randint(5, 20)):
        y.append(f"        - {u}")
    y += summary(r, "内容", 6)
    if r.random() < 0.5:
        y.append("      監査項目:")
        y.append("        - 規程類の整備、機器の管理体制、運用記録の有無等をチェックする運用監査")
        y.append("        - セキュリティ設備の機能チェック、ネットワーク機器等の接続状況の調査等を行う技術的監査")
    if r.random() < 0.5:
        y.append("    - 名称: 緊急時対応訓練")
        y.append(f"      時期: {random_period(r, fy + 1, 8, 11)[0]}")
        y.append("      内容: 住基ネットにおける緊急時を想定し、庁内の連絡体制・連絡網の検証を実施。")
    report = "\n".join(y) + "\n"

    # 照合情報: 所属,人数 (計 computed; sometimes stated and grouped, as Excel saves it).
    rows = ["所属,人数"]
    total = 0
    if big_rows:
        for i in range(big_rows):
            n = 1 + (i * 7919) % 97
            total += n
            rows.append(f"{PLACES[i % len(PLACES)]}{OFFICES[i % len(OFFICES)]}第{i + 1}係,{n}")
    else:
        for u in r.sample(pool, min(len(pool), r.randint(15, 45))):
            n = r.choice([r.randint(1, 20), r.randint(1, 20), r.randint(20, 1500)])
            total += n
            rows.append(f'{u},"{n:,}"' if n >= 1000 and r.random() < 0.5 else f"{u},{n}")
        if r.random() < 0.3:
            rows.append(f'計,"{total:,}"')
    staff = "\n".join(rows) + "\n"

    findings = None
    if n_findings:
        lines = ["区分,指摘事項,対応内容"]
        for _ in range(n_findings):
            f, a = r.choice(FINDINGS)
            lines.append(f"{r.choice(['運用面', '運用面', 'システム面'])},{f},{a}")
        findings = "\n".join(lines) + "\n"
    elif r.random() < 0.3:
        findings = "区分,指摘事項,対応内容\n"
    return report, staff, findings


SITE_HEAD = """# ベンチマーク用の生成されたサイトの設定
サイト名: 神奈川県
サイトのURL: https://www.pref.kanagawa.jp/
パンくずリスト:
  - 名前: トップページ
    URL: https://www.pref.kanagawa.jp/
  - 名前: 住民基本台帳ネットワークシステム
    URL: https://www.pref.kanagawa.jp/docs/example/juki/index.html
一覧のページ名: 住民基本台帳ネットワークシステムのセキュリティ対策の措置状況等
問い合わせ先:
  担当所属: 総務局 地域政策部 市町村課 住民基本台帳グループ
  電話: 045-210-0000
  FAX: 045-210-0001
  メールフォーム: https://www.pref.kanagawa.jp/inquiry/form/example.html
更新日:
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def write_edition(root, name, fy, pref_index, big_rows=0):
    r = random.Random(zlib.crc32(name.encode()))
    report, staff, findings = edition(r, fy, pref_index, big_rows)
    d = os.path.join(root, "input", name)
    write(os.path.join(d, "report.yaml"), report)
    write(os.path.join(d, "certified-staff.csv"), staff)
    if findings is not None:
        write(os.path.join(d, "findings.csv"), findings)
    return f"  {name}: {era_month(fy + 1, 6)}30日\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    a = sub.add_parser("archive")
    a.add_argument("dir")
    a.add_argument("--prefectures", type=int, default=47, help="prefectures (past 47, numbered copies)")
    a.add_argument("--years", type=int, default=20, help="years, the last being FY2024")
    t = sub.add_parser("table")
    t.add_argument("dir")
    t.add_argument("rows", type=int)
    args = ap.parse_args()

    site = [SITE_HEAD]
    if args.what == "archive":
        for p in range(args.prefectures):
            base = PREFECTURES[p % 47] + ("" if p < 47 else str(p // 47))
            for fy in range(2025 - args.years, 2025):
                site.append(write_edition(args.dir, f"{base}-{fy}", fy, p))
    else:
        site.append(write_edition(args.dir, "big", 2022, 13, big_rows=args.rows))
    write(os.path.join(args.dir, "input", "site.yaml"), "".join(site))


if __name__ == "__main__":
    main()
