"""Hand-written indicator occurrences drawn from the five documents in raw_docs/, as the front ends should
deliver them (kpi_name cleaned, values in base units, period = the cell's own year, else the column's).

Every value below was read by hand from the raw text (document number in the comment). Occurrences are a
subset: the indicators that appear in more than one document, plus look-alikes that must stay apart.
The pair list `PAIRS` is the hand-checked truth the matcher is measured against.
"""

from __future__ import annotations

import pyarrow as pa

from align.ids import provisional_kpi_id
from normalize.text import clean_name
from pipeline.write import build_table

D0 = "000_6a8dd34eadd639eb.txt"  # 令和4年度 効果検証 (+ excerpt of the original strategy, targets 令和6年度)
D1 = "001_a9d8b97434272512.txt"  # 令和5年度 効果検証 数値目標一覧
D2 = "002_5e0358207d954a1f.txt"  # 令和5年度 効果検証シート
D3 = "003_06b39d270299f45c.txt"  # 第2期総合戦略 (令和6年3月一部改訂)
D4 = "004_c4b88cc070138399.txt"  # 第3次総合計画 前期アクションプラン 重点プロジェクト

#: All five are 伊勢崎市's (全国地方公共団体コード 102041), as `ingest.government` reads them: alignment compares
#: indicators only within one government.
ISESAKI = {"government": "伊勢崎市", "government_code": "102041", "government_prefecture": "群馬県"}
DOCUMENTS = [
    {"source_file": D0, "doc_type": "evaluation", "fiscal_year": "FY2022", **ISESAKI},
    {"source_file": D1, "doc_type": "evaluation", "fiscal_year": "FY2023", **ISESAKI},
    {"source_file": D2, "doc_type": "evaluation_sheet", "fiscal_year": "FY2023", **ISESAKI},
    {"source_file": D3, "doc_type": "strategy", "fiscal_year": "FY2023", **ISESAKI},
    {"source_file": D4, "doc_type": "action_plan", "fiscal_year": "FY2025", **ISESAKI},
]

G11 = "1 しごとの創生 / 1-1 安定した雇用の創出"
G12 = "1 しごとの創生 / 1-2 ひとの流れの創出"
G21 = "2 ひとの創生 / 2-1 結婚・出産・子育ての希望の実現"
G22 = "2 ひとの創生 / 2-2 地域を担う人材の育成"
G31 = "3 まちの創生 / 3-1 時代にあった地域づくり"
G32 = "3 まちの創生 / 3-2 安心安全な暮らしの実現"
P1 = "少子高齢化対策プロジェクト"
P2 = "産業活性化プロジェクト"
P3 = "暮らしの安心実現プロジェクト"
P4 = "共生社会実現プロジェクト"

M = 10_000  # 万
OKU = 100_000_000  # 億

# (source_file, line, name as printed, kind, goal, [(role, period, value, unit, segment, column_period, note)])
OCCURRENCES: list[tuple] = []


def occ(doc, line, name, kind, goal, *values):
    OCCURRENCES.append((doc, line, name, kind, goal, list(values)))


def v(role, period, value, unit=None, segment=None, column=None, note=None):
    return (role, period, value, unit, segment, column or period, note)


def sheet(line, name, goal, unit, base, act22, act23, tgt23, tgt27, kind="KPI"):
    """A 002 row: 基準値(令和元年度), 令和4年度実績値, 令和5年度実績値, 令和5年度目標値, 目標値(令和9年度).
    Each value is a number (column period) or (number, own period)."""
    columns = [("baseline", "FY2019", base), ("actual", "FY2022", act22), ("actual", "FY2023", act23),
               ("target", "FY2023", tgt23), ("target", "FY2027", tgt27)]
    values = []
    for role, column, cell in columns:
        if cell is None:
            continue
        value, period = cell if isinstance(cell, tuple) else (cell, column)
        values.append(v(role, period, value, unit, column=column))
    occ(D2, line, name, kind, goal, *values)


def plan(doc, line, name, kind, goal, unit, base, target, base_column, target_column, segment=None):
    """A 003/004 row: 現状値 and 目標値; each a number (column period) or (number, own period)."""
    values = []
    for role, column, cell in (("baseline", base_column, base), ("target", target_column, target)):
        if cell is None:
            continue
        value, period = cell if isinstance(cell, tuple) else (cell, column)
        values.append(v(role, period, value, unit, segment=segment, column=column))
    occ(doc, line, name, kind, goal, *values)


def s3(line, name, goal, unit, base, target, kind="KPI", segment=None):
    plan(D3, line, name, kind, goal, unit, base, target, "FY2019", "FY2027", segment)


def s4(line, name, goal, unit, base, target, kind="成果指標", segment=None):
    plan(D4, line, name, kind, goal, unit, base, target, "FY2023", "FY2029", segment)


# --- 000: 数値目標一覧 (令和4年度目標値, 目標値(令和6年度), 令和4年度実績値), printed twice; strategy excerpt
for line in (30, 112):
    occ(D0, line, "新規求人数", "数値目標", G11, v("target", "FY2022", 1587, "件"), v("target", "FY2024", 1602, "件"),
        v("actual", "FY2022", 1486, "件"))
    occ(D0, line + 1, "年間観光入込客数", "数値目標", G12, v("target", "FY2022", 370 * M, "人"),
        v("target", "FY2024", 390 * M, "人"), v("actual", "FY2022", 258 * M, "人"))
occ(D0, 32, "合計特殊出生率", "数値目標", G21, v("target", "CY2021", 1.62, column="FY2022"),
    v("target", "CY2023", 1.66, column="FY2024"), v("actual", "CY2021", 1.35, column="FY2022"))
occ(D0, 33, "将来の夢や希望の実現に向け努力している児童・生徒の割合", "数値目標", G22,
    v("target", "FY2022", 81.0, "%"), v("target", "FY2024", 85.0, "%"), v("actual", "FY2022", 76.4, "%"))
occ(D0, 34, "伊勢崎市が住みよいと感じている市民の割合", "数値目標", G31, v("target", "FY2022", 75.0, "%"),
    v("target", "FY2024", 76.0, "%"), v("actual", "FY2021", 74.1, "%", column="FY2022"))
# the second copy of the goal-3 table prints the name with a typo (000 line ~166)
occ(D0, 166, "伊勢崎市が住みよいつ感じている市民の割合", "数値目標", G31, v("target", "FY2022", 75.0, "%"),
    v("target", "FY2024", 76.0, "%"), v("actual", "FY2021", 74.1, "%", column="FY2022"))
occ(D0, 35, "刑法犯認知件数", "数値目標", G32, v("target", "CY2022", 1500, "件", column="FY2022"),
    v("target", "CY2024", 1400, "件", column="FY2024"), v("actual", "CY2022", 1420, "件", column="FY2022"))
plan(D0, 48, "新規求人数", "数値目標", G11, "件", 1563, 1602, "FY2019", "FY2024")
plan(D0, 52, "製造品出荷額等", "KPI", G11 + " / ① 地域産業の活性化、付加価値の向上", "円", (11942 * OKU, "CY2018"),
     (12500 * OKU, "CY2022"), "FY2019", "FY2024")
plan(D0, 53, "新技術・新製品等の開発数", "KPI", G11 + " / ① 地域産業の活性化、付加価値の向上", "件", 4, 10,
     "FY2019", "FY2024")
plan(D0, 54, "創業相談件数", "KPI", G11 + " / ① 地域産業の活性化、付加価値の向上", "件", 10, 14, "FY2019", "FY2024")

# --- 001: 数値目標一覧 (令和5年度実績値, 目標値(令和5年度), 計画最終年度目標値(令和9年度))
REPLACED = "令和6年3月の改訂に伴い、令和6年度以降は「年少人口」へ変更"
occ(D1, 7, "新規求人数", "数値目標", G11, v("actual", "FY2023", 1472, "件"), v("target", "FY2023", 1594, "件"),
    v("target", "FY2027", 1630, "件"))
occ(D1, 8, "年間観光入込客数", "数値目標", G12, v("actual", "FY2023", 258 * M, "人"),
    v("target", "FY2023", 378 * M, "人"), v("target", "FY2027", 365 * M, "人"))
occ(D1, 9, "合計特殊出生率", "数値目標", G21, v("actual", "CY2022", 1.22, column="FY2023"),
    v("target", "CY2022", 1.64, column="FY2023"), ("target", "FY2027", None, None, None, "FY2027", REPLACED))
occ(D1, 10, "将来の夢や希望の実現に向け努力している児童・生徒の割合", "数値目標", G22,
    v("actual", "FY2023", 78.1, "%"), v("target", "FY2023", 83.0, "%"), v("target", "FY2027", 85.0, "%"))
occ(D1, 11, "伊勢崎市が住みよいと感じている市民の割合", "数値目標", G31, v("actual", "FY2023", 76.9, "%"),
    v("target", "FY2023", 75.5, "%"), v("target", "FY2027", 77.5, "%"))
occ(D1, 12, "刑法犯認知件数", "数値目標", G32, v("actual", "CY2023", 1869, "件", column="FY2023"),
    v("target", "CY2023", 1450, "件", column="FY2023"), v("target", "CY2027", 1318, "件", column="FY2027"))

# --- 002: 効果検証シート
sheet(6, "新規求人数", G11, "件", 1563, 1486, 1472, 1594, 1630, kind="数値目標")
sheet(13, "製造品出荷額等", G11, "円", (11942 * OKU, "CY2018"), (10060 * OKU, "CY2020"), (11017 * OKU, "CY2021"),
      (12262 * OKU, "CY2021"), (13500 * OKU, "CY2026"))
sheet(37, "新技術・新製品等の開発数", G11, "件", 4, 4, 5, 10, 8)
sheet(56, "創業相談件数", G11, "件", 10, 28, 28, 13, 28)
sheet(67, "いせさき合同会社説明会の参加者数", G11, "人", (144, "FY2018"), 80, 161, 184, 200)
sheet(85, "障害者の一般企業への新規就労者数", G11, "人", 19, 18, 23, 24, 22)
sheet(97, "製造業の事業所数", G11, "事業所", (187, "CY2017"), (187, "CY2021"), (187, "CY2021"), (189, "CY2022"),
      (195, "CY2026"))
sheet(120, "製造業の従業者数", G11, "人", (27517, "CY2017"), (28002, "CY2021"), (28002, "CY2021"), (28000, "CY2022"),
      (28560, "CY2026"))
sheet(140, "新規就農者数", G11, "人", 21, 127, 144, 61, 157)
sheet(147, "ほ場整備面積", G11, "ha", 3923, 3933, 3942, 3940, 3949)
sheet(231, "年間観光入込客数", G12, "人", 331 * M, 258 * M, 258 * M, 378 * M, 365 * M, kind="数値目標")
sheet(251, "境地区の年間観光入込客数", G12, "人", 88271, 29719, 42867, 88400, 94000)
sheet(293, "伊勢崎シティマラソンの市外参加者数", G12, "人", 1059, 596, 1089, 1140, 1210)
sheet(303, "ふるさと納税寄付件数", G12, "件", 448, 30915, 17342, 1000, 46000)
sheet(315, "移住相談会等の参加者数", G12, "人", 223, 253, 277, 221, 318)
occ(D2, 400, "合計特殊出生率", "数値目標", G21, v("baseline", "CY2018", 1.41, column="FY2019"),
    v("actual", "CY2021", 1.35, column="FY2022"), v("actual", "CY2022", 1.22, column="FY2023"),
    v("target", "CY2022", 1.64, column="FY2023"), ("target", "FY2027", None, None, None, "FY2027", REPLACED))
occ(D2, 433, "出生数", "KPI", G21, v("baseline", "CY2019", 1702, "人", column="FY2019"),
    v("actual", "CY2022", 1468, "人", column="FY2022"), v("actual", "CY2023", 1426, "人", column="FY2023"),
    v("target", "CY2023", 1778, "人", column="FY2023"), ("target", "FY2027", None, None, None, "FY2027", REPLACED))
sheet(519, "保育施設待機児童数", G21, None, 0, 0, 0, 0, 0)
sheet(528, "放課後児童クラブ数", G21, "カ所", 78, 95, 96, 91, 97)
sheet(534, "放課後子供教室数", G21, "教室", 7, 10, 11, 11, 12)
# the 将来の夢… row of 002 whose name is printed only at the end of the page block (line ~733)
sheet(620, "", G22 + " / ① 地域に根ざした特色ある教育の推進", "%", 75.3, 76.4, 78.1, 83.0, 85.0, kind="数値目標")
sheet(633, "自分の住んでいる地域を誇りに思っている児童・生徒の割合", G22, "%", 85.2, 90.5, 90.4, 88.0, 90.0)
for seg, numbers in (("小学校", (88.7, 86.1, 87.1, 94.5, 90.0)), ("中学校", (82.8, 76.6, 72.2, 85.0, 85.0))):
    occ(D2, 681, "英語の学習が楽しいと感じている児童・生徒の割合", "KPI", G22,
        *[v(role, period, x, "%", seg) for (role, period), x in
          zip((("baseline", "FY2019"), ("actual", "FY2022"), ("actual", "FY2023"), ("target", "FY2023"),
               ("target", "FY2027")), numbers, strict=True)])
# the 伊勢崎市が住みよいと… row of 002, name again only at the page-block end
sheet(773, "", G31, "%", 73.6, (74.1, "FY2021"), 76.9, 75.5, 77.5, kind="数値目標")
for seg, numbers in (("男性", (77.41, 77.67, 79.4, 78.72, 79.4)), ("女性", (79.89, 80.22, 83.7, 80.82, 84.0))):
    b, a22, a23, t23, t27 = numbers
    occ(D2, 795, "健康寿命", "KPI", G31, v("baseline", "CY2019", b, "歳", seg, "FY2019"),
        v("actual", "CY2022", a22, "歳", seg, "FY2022"), v("actual", "CY2022", a23, "歳", seg, "FY2023"),
        v("target", "CY2023", t23, "歳", seg, "FY2023"), v("target", "CY2026", t27, "歳", seg, "FY2027"))
sheet(823, "休日夜間急患センターの開設日数", G31, "日", 366, 365, 366, 366, 366)
sheet(866, "ミニデイサービス事業の実施率", G31, "%", 52.9, 51.2, 50.0, 61.8, 55.2)
sheet(884, "認知症サポーター数", G31, "人", 11762, 12752, 13443, 13700, 15200)
sheet(898, "土地区画整理事業完了地区の割合", G31, "%", 82.0, 86.0, 86.0, 91.2, 91.2)
sheet(952, "コミュニティバス利用者数", G31, "人", 294758, 244765, 266189, 34 * M, 29 * M)
sheet(968, "鉄道利用者数", G31, "人", (4907000, "FY2018"), (3958000, "FY2021"), (4251000, "FY2022"),
      (492 * M, "FY2022"), (430 * M, "FY2026"))
sheet(1045, "刑法犯認知件数", G32, "件", (1634, "CY2019"), (1420, "CY2022"), (1869, "CY2023"), (1450, "CY2023"),
      (1318, "CY2027"), kind="数値目標")
sheet(1079, "災害時協力協定締結数", G32, "件", 65, 80, 81, 71, 78)
sheet(1088, "防犯灯設置数", G32, "基", 15665, 16856, 17187, 17450, 19100)
sheet(1096, "交通事故発生件数", G32, "件", (1465, "CY2019"), (1143, "CY2022"), (1185, "CY2023"), (1190, "CY2023"),
      (1050, "CY2027"))
sheet(1124, "いせさき情報メール登録数", G32, "件", 14308, 17433, 17785, 17200, 21000)
sheet(1136, "危険空き家除却件数", G32, "件", (30, "FY2018"), (88, "FY2021"), (98, "FY2022"), (110, "FY2022"), 210)

# --- 003: the revised strategy (現状値 令和元年度, 目標値 令和9年度)
s3(114, "新規求人数", G11, "件", 1563, 1630, kind="数値目標")
s3(134, "製造品出荷額等 ^{**}", G11, "円", (11942 * OKU, "CY2018"), (13500 * OKU, "CY2026"))
s3(135, "新技術・新製品等の開発数", G11, "件", 4, 8)
s3(136, "創業相談件数", G11, "件", 10, 28)
s3(152, "いせさき合同会社説明会の参加者数", G11, "人", (144, "FY2018"), 200)
s3(153, "女性のためのおしごとフェアの参加者数", G11, "人", 41, 58)
s3(154, "障害者の一般企業への新規就労者数", G11, "人", 19, 22)
s3(167, "製造業の事業所数*", G11, "事業所", (187, "CY2017"), (195, "CY2026"))
s3(168, "製造業の従業者数*", G11, "人", (27517, "CY2017"), (28560, "CY2026"))
s3(184, "新規就農者数*(累計)", G11, "人", 21, 157)
s3(185, "ほ場*整備面積(累計)", G11, "ha", 3923, 3949)
s3(239, "年間観光入込客数", G12, "人", 331 * M, 365 * M, kind="数値目標")
s3(255, "境地区の年間観光入込客数", G12, "人", 88271, 94000)
s3(270, "伊勢崎シティマラソンの市外参加者数", G12, "人", 1059, 1210)
s3(271, "ふるさと納税寄付件数", G12, "件", 448, 46000)
s3(283, "移住相談会等の参加者数(累計)", G12, "人", 223, 318)
s3(323, "年少人口 [*]", G21, "人", 28653, 28929, kind="数値目標")
s3(340, "3歳児健康診査受診率", G21, "%", 94.6, 96.5)
s3(357, "保育施設待機児童*数", G21, None, 0, 0)
s3(358, "放課後児童クラブ数", G21, "カ所", 78, 97)
s3(359, "放課後子供教室*数(累計)", G21, "教室", 7, 12)
s3(380, "将来の夢や希望の実現に向け努力している 児童・生徒の割合", G22, "%", 75.3, 85.0, kind="数値目標")
s3(396, "自分の住んでいる地域を誇りに思っている 児童・生徒の割合", G22, "%", 85.2, 90.0)
s3(415, "英語の学習が楽しいと感じている児童・生徒の割合", G22, "%", 88.7, 90.0, segment="小学校")
s3(416, "英語の学習が楽しいと感じている児童・生徒の割合", G22, "%", 82.8, 85.0, segment="中学校")
s3(425, "伊勢崎市が住みよいと感じている市民の割合", G31, "%", 73.6, 77.5, kind="数値目標")
s3(442, "健康寿命", G31, "歳", 77.41, None, segment="男性")
s3(442, "健康寿命", G31, "歳", 79.89, None, segment="女性")
s3(443, "休日夜間急患センターの開設日数", G31, "日", 366, 366)
s3(463, "ミニデイサービス事業 [®] を実施している行政区 の割合", G31, "%", 52.9, 55.2)
s3(464, "認知症サポーター*数(累計)", G31, "人", 11762, 15200)
s3(481, "土地区画整理事業完了地区の割合(累計)", G31, "%", 82.0, 91.2)
s3(501, "コミュニティバス利用者数", G31, "人", 294758, 290000)
s3(502, "鉄道利用者数", G31, "人", (4907000, "FY2018"), (430 * M, "FY2026"))
s3(517, "刑法犯認知件数*", G32, "件", (1634, "CY2019"), (1318, "CY2027"), kind="数値目標")
s3(533, "災害時協力協定締結数(累計)", G32, "件", 65, 78)
s3(535, "防犯灯設置数", G32, "基", 15665, 19100)
s3(536, "交通事故発生件数", G32, "件", (1465, "CY2019"), (1050, "CY2027"))
s3(537, "いせさき情報メール登録数", G32, "件", 14308, 21000)
s3(553, "危険空き家除却件数(累計)", G32, "件", 49, 210)

# --- 004: the new action plan (現状値 令和5年度, 目標値 令和11年度)
for line in (178, 383):  # summary table and the project's own table
    s4(line, "年少人口", P1, "人", (26186, "CY2023"), (23914, "CY2029"), kind="プロジェクト指標")
s4(195, "従業者数（公務を除く）", P2, "人", (98564, "CY2021"), (98600, "CY2026"), kind="プロジェクト指標")
s4(205, "刑法犯認知件数", P3, "件", 1869, 1400, kind="プロジェクト指標")
s4(459, "自分の住んでいる地域を誇りに思っている児童・生徒の割合", P1, "%", 90.4, 93.0)
s4(463, "３歳児健康診査受診率", P1, "%", 95.2, 96.5)
s4(470, "保育所等及び放課後児童クラブの待機児童数", P1, None, 0, 0)
s4(640, "健康寿命（平均自立期間）", P1, "歳", (79.4, "CY2022"), (79.5, "CY2028"), segment="男性")
s4(640, "健康寿命（平均自立期間）", P1, "歳", (83.7, "CY2022"), (84.1, "CY2028"), segment="女性")
s4(660, "休日夜間急患センターの開設日数", P1, "日", 365, 365)
s4(700, "市主催スポーツイベントへの参加者数", P1, "人", 8323, 11000)
s4(740, "認知症高齢者見守りボランティア（オレンジＳＵＮ）登録者数", P1, "人", 774, 1050)
s4(1262, "事業所数（農業、林業、漁業、公務を除く）", P2, "事業所", (8227, "CY2021"), (8230, "CY2026"))
s4(1300, "新規就農者数（累計）", P2, "人", 17, 77)
s4(1380, "障害者の新規一般就労者数", P2, "人", 37, 50)
s4(1410, "従業者数（製造業のみ）", P2, "人", (28002, "CY2021"), (28623, "CY2027"))
s4(1470, "観光入込客数", P2, "人", 258 * M, 283 * M)
s4(1540, "ふるさと納税寄附件数", P2, "件", 17342, 22000)
s4(1760, "いせさき情報メール登録数（累計）", P3, "件", 17785, 19000)
s4(1800, "土地区画整理事業完了地区割合（面積ベース）", P3, "%", 83.2, 91.8)
s4(1851, "コミュニティバス利用者数", P3, "人", 266189, 320000)
s4(1862, "鉄道利用者数", P3, "人", (4251251, "FY2022"), (4900000, "FY2028"))
s4(1929, "危険空き家の除却補助件数（累計）", P3, "件", 98, 220)
s4(1942, "防犯灯の設置基数（累計）", P3, "基", 17187, 19587)
s4(1975, "交通事故発生件数", P3, "件", (1185, "CY2023"), (1066, "CY2029"))
for seg, base, target in (("小学校", 87.1, 90.0), ("中学校", 72.2, 85.0)):
    s4(2100, "英語の学習が楽しいと感じている児童・生徒の割合", P4, "%", base, target, segment=seg)


def tables(occurrences: list[tuple] | None = None, documents: list[dict] | None = None) -> dict[str, pa.Table]:
    """The occurrences as `indicators`/`observations`/`documents` tables with the canonical schema."""
    indicators, observations = [], []
    seen: set[tuple] = set()
    for doc, line, raw_name, kind, goal, values in OCCURRENCES if occurrences is None else occurrences:
        name = clean_name(raw_name)
        identity = {"source_file": doc, "page": None, "line": line, "kpi_id": provisional_kpi_id(name),
                    "kpi_name": name, "kind": kind, "goal": goal}
        if (doc, line, name) not in seen:
            seen.add((doc, line, name))
            indicators.append({**identity, "raw_name": raw_name, "commentary": [], "uncertain": False,
                               "goal_uncertain": False,
                               "note_uncertain": False})
        for role, period, value, unit, segment, column, note in values:
            observations.append({**identity, "segment": segment, "role": role, "column_period": column,
                                 "period": period, "value": None if value is None else float(value),
                                 "unit": unit, "qualifier": None, "note": note, "raw": note or f"{value}{unit or ''}",
                                 "uncertain": False})
    docs = documents if documents is not None else DOCUMENTS
    doc_rows = [{"sha256": "0" * 64, "title": None, "shape": None, "pages": None, "n_indicators": 0,
                 "n_observations": 0, "n_rejects": 0, "warnings": [], **d} for d in docs]
    return {"indicators": build_table("indicators", indicators),
            "observations": build_table("observations", observations),
            "documents": build_table("documents", doc_rows)}


# --- the hand-checked truth: (doc, name, doc, name, same?, why) -----------------------------------------------
PAIRS: list[tuple[str, str, str, str, bool, str]] = [
    (D2, "ふるさと納税寄付件数", D4, "ふるさと納税寄附件数", True, "寄付/寄附; 17,342件 FY2023 in both"),
    (D3, "ふるさと納税寄付件数", D4, "ふるさと納税寄附件数", True, "寄付/寄附"),
    (D2, "年間観光入込客数", D4, "観光入込客数", True,
     "an 入込客数 is counted per year, so 年間 adds nothing; 258万人 for FY2023 in both"),
    (D3, "年間観光入込客数", D4, "観光入込客数", True, "same indicator as above"),
    (D2, "境地区の年間観光入込客数", D2, "年間観光入込客数", False, "one district vs the whole city; one table"),
    (D3, "境地区の年間観光入込客数", D4, "観光入込客数", False, "one district vs the whole city"),
    (D2, "新規就農者数", D3, "新規就農者数*(累計)", True, "21人 → 157人 in both"),
    (D2, "新規就農者数", D4, "新規就農者数（累計）", True, "same count; 004 restarts the cumulative total"),
    (D2, "製造業の従業者数", D4, "従業者数（製造業のみ）", True, "28,002人 (令和3年) in both"),
    (D3, "製造業の従業者数*", D4, "従業者数（製造業のみ）", True, "same as above"),
    (D2, "製造業の従業者数", D4, "従業者数（公務を除く）", False, "all private industries: 98,564人"),
    (D4, "従業者数（製造業のみ）", D4, "従業者数（公務を除く）", False, "two indicators of one document"),
    (D2, "製造業の事業所数", D4, "事業所数（農業、林業、漁業、公務を除く）", False, "187 vs 8,227事業所"),
    (D0, "伊勢崎市が住みよいつ感じている市民の割合", D0, "伊勢崎市が住みよいと感じている市民の割合", True,
     "one row printed twice, once with a typo"),
    (D0, "伊勢崎市が住みよいつ感じている市民の割合", D1, "伊勢崎市が住みよいと感じている市民の割合", True, "typo"),
    (D0, "合計特殊出生率", D1, "合計特殊出生率", True, "same name"),
    (D1, "合計特殊出生率", D2, "合計特殊出生率", True, "1.22 (令和4年) in both"),
    (D2, "合計特殊出生率", D3, "年少人口 [*]", False, "replaced by 年少人口 in the revision, not renamed"),
    (D3, "年少人口 [*]", D4, "年少人口", True, "same name (15歳未満の人口)"),
    (D2, "自分の住んでいる地域を誇りに思っている児童・生徒の割合", D3,
     "自分の住んでいる地域を誇りに思っている 児童・生徒の割合", True, "85.2% → 90.0%"),
    (D2, "自分の住んでいる地域を誇りに思っている児童・生徒の割合", D4,
     "自分の住んでいる地域を誇りに思っている児童・生徒の割合", True, "90.4% FY2023"),
    (D0, "刑法犯認知件数", D1, "刑法犯認知件数", True, "same name"),
    (D1, "刑法犯認知件数", D2, "刑法犯認知件数", True, "1,869件 (令和5年)"),
    (D2, "刑法犯認知件数", D3, "刑法犯認知件数*", True, "1,634件 (令和元年)"),
    (D3, "刑法犯認知件数*", D4, "刑法犯認知件数", True, "same name"),
    (D2, "", D1, "将来の夢や希望の実現に向け努力している児童・生徒の割合", True,
     "002 row without a name: 78.1%, 83.0%, 85.0% equal 001's"),
    (D2, "", D3, "伊勢崎市が住みよいと感じている市民の割合", True, "002 nameless row: 73.6% and 77.5% equal 003's"),
    (D2, "ミニデイサービス事業の実施率", D3, "ミニデイサービス事業 [®] を実施している行政区 の割合", True,
     "renamed in the sheet; 52.9% → 55.2% in both"),
    (D2, "健康寿命", D4, "健康寿命（平均自立期間）", True, "男性 79.4歳 (令和4年) in both: the new method"),
    (D2, "鉄道利用者数", D4, "鉄道利用者数", True, "425.1万人 = 4,251,251人 (令和4年度)"),
    (D2, "防犯灯設置数", D4, "防犯灯の設置基数（累計）", True, "17,187基 FY2023"),
    (D2, "いせさき情報メール登録数", D4, "いせさき情報メール登録数（累計）", True, "17,785件 FY2023"),
    (D2, "交通事故発生件数", D4, "交通事故発生件数", True, "1,185件 (令和5年)"),
    (D2, "休日夜間急患センターの開設日数", D4, "休日夜間急患センターの開設日数", True, "same name"),
    (D3, "3歳児健康診査受診率", D4, "３歳児健康診査受診率", True, "full-width digit"),
    (D2, "コミュニティバス利用者数", D4, "コミュニティバス利用者数", True, "266,189人 FY2023"),
    (D2, "英語の学習が楽しいと感じている児童・生徒の割合", D4, "英語の学習が楽しいと感じている児童・生徒の割合", True,
     "87.1% / 72.2% FY2023"),
    (D2, "危険空き家除却件数", D3, "危険空き家除却件数(累計)", True, "same indicator; baselines differ (conflict)"),
    (D2, "危険空き家除却件数", D4, "危険空き家の除却補助件数（累計）", True,
     "98件 in both (002 dates it 令和4年度, 004 puts it under 令和5年度): the subsidy count; override"),
    (D2, "保育施設待機児童数", D4, "保育所等及び放課後児童クラブの待機児童数", False,
     "004 adds 放課後児童クラブ: wider scope, both zero"),
    (D2, "土地区画整理事業完了地区の割合", D4, "土地区画整理事業完了地区割合（面積ベース）", False,
     "count-based 86.0% vs area-based 83.2% for FY2023"),
    (D2, "障害者の一般企業への新規就労者数", D4, "障害者の新規一般就労者数", False, "23人 vs 37人 for FY2023"),
    (D2, "伊勢崎シティマラソンの市外参加者数", D4, "市主催スポーツイベントへの参加者数", False, "different events"),
    (D3, "認知症サポーター*数(累計)", D4, "認知症高齢者見守りボランティア（オレンジＳＵＮ）登録者数", False,
     "different volunteers"),
    (D2, "放課後児童クラブ数", D4, "保育所等及び放課後児童クラブの待機児童数", False, "clubs vs waiting children"),
    (D2, "新規求人数", D2, "創業相談件数", False, "two indicators of one document"),
    (D0, "創業相談件数", D3, "創業相談件数", True, "target revised 14件 FY2024 → 28件 FY2027"),
    (D2, "出生数", D3, "年少人口 [*]", False, "replaced, not renamed"),
]
