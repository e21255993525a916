#!/usr/bin/env python3
"""The peer a prefecture's staff might write instead: PyYAML + Jinja2 + csv + xml.etree, no checks beyond
what the formats need. Writes the same three outputs per edition (report.txt, index.html, report.xml) and
output/index.html, with the same paragraphs, tables, escaping and inlined stylesheet: equivalent work,
not byte-identical text.

    peer.py INPUT OUTPUT [EDITION...]      (INPUT holds <edition>/ folders and site.yaml)
    peer.py --sum FILE.csv                 read a 所属,人数 table with csv and print its total
"""
import csv
import os
import re
import sys
import xml.etree.ElementTree as ET

import jinja2
import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it: the fast path

ERA = [((2019, 5), "令和", 2018), ((1989, 1), "平成", 1988)]


def era_ym(y, m):
    for start, name, off in ERA:
        if (y, m) >= start:
            n = y - off
            return f"{name}{'元' if n == 1 else n}年{m}月"
    return f"{y}年{m}月"


WAREKI = re.compile(r"(令和|平成)(元|\d+)年(\d+)月(?:(\d+)日)?")


def parse_month(text):
    m = WAREKI.match(text)
    base = 2018 if m.group(1) == "令和" else 1988
    y = base + (1 if m.group(2) == "元" else int(m.group(2)))
    return y, int(m.group(3))


def parse_period(text):
    a, _, b = text.partition("から")
    start = parse_month(a)
    if not b:
        return start, start
    if WAREKI.match(b):
        return start, parse_month(b)
    return start, (start[0], int(b.rstrip("月")))


def period_text(p):
    (y0, m0), (y1, m1) = p
    if (y0, m0) == (y1, m1):
        return era_ym(y0, m0)
    return f"{era_ym(y0, m0)}から{era_ym(y1, m1)}"


def fiscal_year(text):
    y, _ = parse_month(text.replace("年度", "年4月"))
    return y


def fy_name(fy):
    return era_ym(fy, 4 if fy < 2019 else 5).split("年")[0] + "年度"


def grouped(n):
    return f"{n:,}"


def count(text):
    return int(str(text).replace(",", "").rstrip("人"))


def read_table(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return rows[1:]


def sum_table(path):
    total = 0
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for unit, n in reader:
            if unit != "計":
                total += count(n)
    return total


def summary(value):
    if value is None:
        return {}
    if isinstance(value, str):
        return {"inline": value}
    if isinstance(value, list):
        return {"paragraphs": value}
    return {"sections": [{"heading": k, "text": v} for k, v in value.items()]}


def activity(a, number):
    units = a.get("対象所属") or []
    return {
        "number": number, "name": a["名称"], "period": period_text(parse_period(a["時期"])),
        "span": "から" in a["時期"],
        "conductors": a.get("実施者") if isinstance(a.get("実施者"), list) else ([a["実施者"]] if a.get("実施者") else []),
        "units": units, "description": a.get("対象"),
        "count": grouped(len(units) if units else a.get("対象所属数", 0)),
        "summary": summary(a.get("実施概要", a.get("内容"))), "items": a.get("監査項目") or [],
        "remarks": a.get("備考"), "result": a.get("監査結果"),
    }


def view(directory, name, site):
    with open(os.path.join(directory, "report.yaml"), encoding="utf-8") as f:
        y = yaml.load(f, Loader=Loader)
    fy = fiscal_year(y["年度"])
    rows = [(u, count(n)) for u, n in read_table(os.path.join(directory, "certified-staff.csv")) if u != "計"]
    findings_path = os.path.join(directory, "findings.csv")
    findings = read_table(findings_path) if os.path.exists(findings_path) else []
    total = sum(n for _, n in rows)
    use = y["本人確認情報の利用又は提供"]
    return {
        "name": name, "fy": fy, "fiscalYear": fy_name(fy), "title": y["表題"], "asOf": f"{era_ym(fy + 1, 3)}31日",
        "trainings": [{"number": i + 1, "period": period_text(parse_period(t["時期"])), "note": t.get("時期の注記"),
                       "participants": [(g, grouped(n)) for g, n in t["受講者"].items()], "lecturer": t["講師"],
                       "content": t["内容"], "remarks": t.get("備考")} for i, t in enumerate(y["研修"])],
        "note": y.get("研修の補足"),
        "activities": [activity(a, i + 1) for i, a in enumerate(y["点検・監査"])],
        "statutory": use["別表"], "ordinance": use["条例"], "publication": use["公表"],
        "certification": [(u, grouped(n)) for u, n in rows], "total": grouped(total), "rows": rows,
        "since": y["開示"]["開始日"], "requests": y["開示"]["請求件数"],
        "areas": [(i + 1, area, [(f, a) for k, f, a in findings if k == area]) for i, area in enumerate(["運用面", "システム面"])],
        "closing": y.get("指摘事項の結び"), "planYear": fy_name(fy + 1),
        "planTrainings": [{"number": i + 1, "period": period_text(parse_period(t["時期"])), "audience": t["対象"],
                           "content": t["内容"]} for i, t in enumerate(y["次年度計画"]["研修"])],
        "planActivities": [activity(a, i + 1) for i, a in enumerate(y["次年度計画"]["点検・監査"])],
        "updated": site["更新日"][name], "yaml": y,
    }


TEXT = """{{ fiscalYear }}{{ title }}

1 セキュリティ研修

{% for t in trainings %}({{ t.number }}) 第{{ t.number }}回（{{ t.period }}{% if t.note %}※{{ t.note }}{% endif %}）

受講者：{% for g, n in t.participants %}{{ g }}{{ n }}名{% if not loop.last %}、{% endif %}{% endfor %}

講師：{{ t.lecturer }}

内容：{{ t.content }}

{% if t.remarks %}備考：{{ t.remarks }}

{% endif %}{% endfor %}{% if note %}※ {{ note['本文'] }}（{{ fiscalYear }}受講者{{ note['受講者数'] }}名）

{% endif %}2 外部監査等

{% for a in activities %}({{ a.number }}) {{ a.name }}（{{ a.period }}）

{% if a.conductors %}実施者：{{ a.conductors | join('、') }}

{% endif %}{% if a.description %}対象：{{ a.description }}（計{{ a.count }}所属）

{% endif %}{% if a.units %}対象：（{{ a.count }}所属）

{{ a.units | join('、') }}

{% endif %}{% if a.summary.inline %}実施概要：{{ a.summary.inline }}

{% else %}実施概要：

{% for p in a.summary.paragraphs %}{{ p }}

{% endfor %}{% for s in a.summary.sections %}○ {{ s.heading }}

{{ s.text }}

{% endfor %}{% endif %}{% if a.remarks %}備考：{{ a.remarks }}

{% endif %}{% if a.result %}監査結果：{% if a.result['指摘所属数'] %}{{ a.count }}所属中{{ a.result['指摘所属数'] }}所属で指摘があった。{% else %}{{ a.count }}所属とも指摘はなかった。{% endif %}{{ a.result['所見'] or '' }}

{% endif %}{% endfor %}3 本人確認情報の利用又は提供について

(1) 住民基本台帳法別表に規定された事務における利用又は提供

- {{ statutory['利用可能事務数'] }}事務で本人確認情報の利用又は提供が可能（{{ asOf }}現在）
- {{ fiscalYear }}の利用実績は、{{ statutory['利用事務数'] }}事務で{{ '{:,}'.format(statutory['利用件数']) }}件（別添1参照）

(2) 住民基本台帳法施行条例に規定された事務における利用又は提供

- {{ ordinance['利用可能事務数'] }}事務で本人確認情報の利用又は提供が可能（{{ asOf }}現在）
- {{ fiscalYear }}の利用提供実績は、{{ ordinance['利用事務数'] }}事務で{{ '{:,}'.format(ordinance['利用件数']) }}件（別添2参照）

(3) 本人確認情報の利用提供状況の公表

{{ publication }}

(4) 照合情報認証の認証状況

- {{ asOf }}現在の認証人数は、{{ total }}人

{% for u, n in certification %}{{ u }}\t{{ n }}人
{% endfor %}計\t{{ total }}人

(5) 本人確認情報利用・提供状況の開示

- {{ since }}から、本人確認情報利用・提供状況の開示を実施
- {{ fiscalYear }}は、{% if requests %}{{ requests }}件の開示請求があった。{% else %}開示請求はなかった。{% endif %}

{{ fiscalYear }}外部監査 指摘事項一覧

{% for number, name, list in areas %}{{ number }} {{ name }}の監査における指摘事項

{% if list %}指摘事項\t対応内容
{% for f, a in list %}{{ f }}\t{{ a }}
{% endfor %}
{% else %}なし

{% endif %}{% endfor %}{% if closing %}- {{ closing }}

{% endif %}{{ planYear }}住基ネットのセキュリティ対策に係る事業

1 セキュリティ研修

{% for t in planTrainings %}({{ t.number }}) 第{{ t.number }}回({{ t.period }})

対象: {{ t.audience }}

内容: {{ t.content }}

{% endfor %}2 外部監査等

{% for a in planActivities %}({{ a.number }}) {{ a.name }}({{ a.period }}{% if a.span %}までの間{% endif %})

{% if a.description %}対象: {{ a.description }}(計{{ a.count }}所属)

{% endif %}{% if a.units %}対象: ({{ a.count }}所属)

{{ a.units | join('、') }}

{% endif %}{% if a.summary.inline %}内容: {{ a.summary.inline }}

{% else %}内容:

{% for p in a.summary.paragraphs %}{{ p }}

{% endfor %}{% for s in a.summary.sections %}○ {{ s.heading }}

{{ s.text }}

{% endfor %}{% endif %}{% if a['items'] %}【監査項目】

{% for i in a['items'] %}○ {{ i }}

{% endfor %}{% endif %}{% endfor %}"""

CONTENT = """<article class="juki-report">
<h1>{{ fiscalYear }}{{ title }}</h1>
<section>
<h2>1 セキュリティ研修</h2>
{% for t in trainings %}<h3>({{ t.number }}) 第{{ t.number }}回（{{ t.period }}{% if t.note %}※{{ t.note }}{% endif %}）</h3>
<p><span class="juki-label">受講者：</span>{% for g, n in t.participants %}{{ g }}{{ n }}名{% if not loop.last %}、{% endif %}{% endfor %}</p>
<p><span class="juki-label">講師：</span>{{ t.lecturer }}</p>
<p><span class="juki-label">内容：</span>{{ t.content }}</p>
{% if t.remarks %}<p><span class="juki-label">備考：</span>{{ t.remarks }}</p>
{% endif %}{% endfor %}{% if note %}<p class="juki-note">※ {{ note['本文'] }}（{{ fiscalYear }}受講者{{ note['受講者数'] }}名）</p>
{% endif %}</section>
<section>
<h2>2 外部監査等</h2>
{% for a in activities %}<h3>({{ a.number }}) {{ a.name }}（{{ a.period }}）</h3>
{% if a.conductors %}<p><span class="juki-label">実施者：</span>{{ a.conductors | join('、') }}</p>
{% endif %}{% if a.description %}<p><span class="juki-label">対象：</span>{{ a.description }}（計{{ a.count }}所属）</p>
{% endif %}{% if a.units %}<p><span class="juki-label">対象：</span>（{{ a.count }}所属）</p>
<ul class="juki-units">
{% for u in a.units %}<li>{{ u }}</li>
{% endfor %}</ul>
{% endif %}{% if a.summary.inline %}<p><span class="juki-label">実施概要：</span>{{ a.summary.inline }}</p>
{% else %}<p><span class="juki-label">実施概要：</span></p>
{% for p in a.summary.paragraphs %}<p>{{ p }}</p>
{% endfor %}{% for s in a.summary.sections %}<h4>○ {{ s.heading }}</h4>
<p>{{ s.text }}</p>
{% endfor %}{% endif %}{% if a.remarks %}<p><span class="juki-label">備考：</span>{{ a.remarks }}</p>
{% endif %}{% if a.result %}<p><span class="juki-label">監査結果：</span>{% if a.result['指摘所属数'] %}{{ a.count }}所属中{{ a.result['指摘所属数'] }}所属で指摘があった。{% else %}{{ a.count }}所属とも指摘はなかった。{% endif %}{{ a.result['所見'] or '' }}</p>
{% endif %}{% endfor %}</section>
<section>
<h2>3 本人確認情報の利用又は提供について</h2>
<h3>(1) 住民基本台帳法別表に規定された事務における利用又は提供</h3>
<ul>
<li>{{ statutory['利用可能事務数'] }}事務で本人確認情報の利用又は提供が可能（{{ asOf }}現在）</li>
<li>{{ fiscalYear }}の利用実績は、{{ statutory['利用事務数'] }}事務で{{ '{:,}'.format(statutory['利用件数']) }}件（別添1参照）</li>
</ul>
<h3>(2) 住民基本台帳法施行条例に規定された事務における利用又は提供</h3>
<ul>
<li>{{ ordinance['利用可能事務数'] }}事務で本人確認情報の利用又は提供が可能（{{ asOf }}現在）</li>
<li>{{ fiscalYear }}の利用提供実績は、{{ ordinance['利用事務数'] }}事務で{{ '{:,}'.format(ordinance['利用件数']) }}件（別添2参照）</li>
</ul>
<h3>(3) 本人確認情報の利用提供状況の公表</h3>
<p>{{ publication }}</p>
<h3>(4) 照合情報認証の認証状況</h3>
<ul>
<li>{{ asOf }}現在の認証人数は、{{ total }}人</li>
</ul>
<div class="juki-table-scroll" role="region" aria-labelledby="juki-certification-caption" tabindex="0">
<table class="juki-table juki-certification">
<caption id="juki-certification-caption">所属別の認証人数（{{ asOf }}現在）</caption>
<thead>
<tr><th scope="col">所属</th><th scope="col">人数</th></tr>
</thead>
<tbody>
{% for u, n in certification %}<tr><th scope="row">{{ u }}</th><td>{{ n }}人</td></tr>
{% endfor %}</tbody>
<tfoot>
<tr><th scope="row">計</th><td>{{ total }}人</td></tr>
</tfoot>
</table>
</div>
<h3>(5) 本人確認情報利用・提供状況の開示</h3>
<ul>
<li>{{ since }}から、本人確認情報利用・提供状況の開示を実施</li>
<li>{{ fiscalYear }}は、{% if requests %}{{ requests }}件の開示請求があった。{% else %}開示請求はなかった。{% endif %}</li>
</ul>
</section>
<section>
<h2>{{ fiscalYear }}外部監査 指摘事項一覧</h2>
{% for number, name, list in areas %}<h3>{{ number }} {{ name }}の監査における指摘事項</h3>
{% if list %}<table class="juki-table juki-findings">
<caption>{{ name }}の指摘事項と対応内容</caption>
<thead><tr><th scope="col">指摘事項</th><th scope="col">対応内容</th></tr></thead>
<tbody>
{% for f, a in list %}<tr><th scope="row">{{ f }}</th><td>{{ a }}</td></tr>
{% endfor %}</tbody>
</table>
{% else %}<p>なし</p>
{% endif %}{% endfor %}{% if closing %}<ul><li>{{ closing }}</li></ul>
{% endif %}</section>
<section>
<h2>{{ planYear }}住基ネットのセキュリティ対策に係る事業</h2>
<h3>1 セキュリティ研修</h3>
{% for t in planTrainings %}<h4>({{ t.number }}) 第{{ t.number }}回({{ t.period }})</h4>
<p>対象: {{ t.audience }}</p>
<p>内容: {{ t.content }}</p>
{% endfor %}<h3>2 外部監査等</h3>
{% for a in planActivities %}<h4>({{ a.number }}) {{ a.name }}({{ a.period }})</h4>
{% if a.units %}<ul class="juki-units">
{% for u in a.units %}<li>{{ u }}</li>
{% endfor %}</ul>
{% endif %}{% endfor %}</section>
</article>
"""

FRAME_TOP = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{{ pageTitle }}</title>
<style>
{{ style | safe }}
</style>
</head>
<body>
<a class="skip-link" href="#main">本文へ移動</a>
<header class="site-header"><p class="site-name"><a href="{{ site['サイトのURL'] }}">{{ site['サイト名'] }}</a></p></header>
<nav class="breadcrumb" aria-label="パンくずリスト"><ol>
{% for c in site['パンくずリスト'] %}<li><a href="{{ c['URL'] }}">{{ c['名前'] }}</a></li>
{% endfor %}<li><span aria-current="page">{{ pageName }}</span></li>
</ol></nav>
<main id="main" tabindex="-1">
"""

FRAME_BOTTOM = """</main>
<footer class="site-footer"><p>{{ site['問い合わせ先']['担当所属'] }}　電話 {{ site['問い合わせ先']['電話'] }}</p></footer>
</body>
</html>
"""

PAGE = FRAME_TOP + "{% include 'content' %}<p class=\"updated\">更新日：{{ updated }}</p>\n" + FRAME_BOTTOM
INDEX = (FRAME_TOP + "<h1>{{ pageName }}</h1>\n<ul>\n{% for e in editions %}<li><a href=\"{{ e.name }}/index.html\">"
         "{{ e.fiscalYear }}{{ e.title }}</a>（<a href=\"{{ e.name }}/report.txt\">テキスト形式</a>、"
         "<a href=\"{{ e.name }}/report.xml\">XML形式</a>）</li>\n{% endfor %}</ul>\n" + FRAME_BOTTOM)


def xml_document(v):
    ns = "urn:juki-report:edition:1"
    root = ET.Element("edition", {"xmlns": ns, "version": "1"})
    ET.SubElement(root, "fiscalYear").text = str(v["fy"])
    ET.SubElement(root, "title").text = v["title"]
    results = ET.SubElement(root, "results")
    trainings = ET.SubElement(results, "trainings")
    for t in v["yaml"]["研修"]:
        e = ET.SubElement(trainings, "training")
        ET.SubElement(e, "period").text = t["時期"]
        parts = ET.SubElement(e, "participants")
        for g, n in t["受講者"].items():
            grp = ET.SubElement(parts, "group")
            ET.SubElement(grp, "name").text = g
            ET.SubElement(grp, "count").text = str(n)
        ET.SubElement(e, "lecturer").text = t["講師"]
        ET.SubElement(e, "content").text = t["内容"]
    acts = ET.SubElement(results, "activities")
    for a in v["activities"]:
        e = ET.SubElement(acts, "activity")
        ET.SubElement(e, "name").text = a["name"]
        ET.SubElement(e, "period").text = a["period"]
        for u in a["units"]:
            ET.SubElement(e, "unit").text = u
    cert = ET.SubElement(results, "certification")
    for u, n in v["rows"]:
        e = ET.SubElement(cert, "unit")
        ET.SubElement(e, "name").text = u
        ET.SubElement(e, "count").text = str(n)
    ET.SubElement(cert, "total", {"derived": "true"}).text = str(sum(n for _, n in v["rows"]))
    findings = ET.SubElement(root, "findings")
    for _, area, rows in v["areas"]:
        for f, a in rows:
            e = ET.SubElement(findings, "finding", {"area": area})
            ET.SubElement(e, "finding").text = f
            ET.SubElement(e, "response").text = a
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    if sys.argv[1] == "--sum":
        print(f"計 {sum_table(sys.argv[2]):,}")
        return
    source, output, names = sys.argv[1], sys.argv[2], sys.argv[3:]
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(source, "site.yaml"), encoding="utf-8") as f:
        site = yaml.load(f, Loader=Loader)
    with open(os.path.join(here, "..", "..", "templates", "html", "style.mustache"), encoding="utf-8") as f:
        style = f.read().split("}}", 1)[1].lstrip("\n")
    text_env = jinja2.Environment(autoescape=False, keep_trailing_newline=True)
    html_env = jinja2.Environment(loader=jinja2.DictLoader({"content": CONTENT, "page": PAGE, "index": INDEX}),
                                  autoescape=True, keep_trailing_newline=True)
    text_t, page_t, index_t = text_env.from_string(TEXT), html_env.get_template("page"), html_env.get_template("index")
    if not names:
        names = sorted(n for n in os.listdir(source) if os.path.isfile(os.path.join(source, n, "report.yaml")))
    editions = []
    for name in names:
        v = view(os.path.join(source, name), name, site)
        d = os.path.join(output, name)
        write(os.path.join(d, "report.txt"), text_t.render(v).rstrip("\n") + "\n")
        page_name = v["fiscalYear"] + v["title"]
        write(os.path.join(d, "index.html"), page_t.render(v, site=site, style=style, pageName=page_name,
                                                             pageTitle=page_name + " - " + site["サイト名"]))
        write(os.path.join(d, "report.xml"), xml_document(v))
        editions.append({"name": name, "fiscalYear": v["fiscalYear"], "title": v["title"], "fy": v["fy"]})
    editions.sort(key=lambda e: (e["fy"], e["name"]), reverse=True)
    write(os.path.join(output, "index.html"), index_t.render(editions=editions, site=site, style=style,
                                                             pageName=site["一覧のページ名"],
                                                             pageTitle=site["一覧のページ名"] + " - " + site["サイト名"]))


if __name__ == "__main__":
    main()
