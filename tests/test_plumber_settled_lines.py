"""pdfplumber's text: lines beside a row's line of values that the centring gives to that row and that cannot hold
a piece of its name leave its values certain.

- A goal heading printed alone on its line (`1 まちをつくる`) in a sheet opening with a goal column is that
  column's cell (the goal is in doubt on its own), never a piece of the name.
- A piece closing a bracket a progress label opened on the line above (`遅れ(コロ` / `ナ)`) is that label's rest.
- A row's number in the number column and a unit word in the unit column are one-line cells typed by what they
  are: a line printing them, its name and one value in each value column places nothing by a guess.

A piece that could be the name's still flags (tests/test_goal_sheet_lines.py, the lone `創出`), and so does a name
opening with one glyph of a goal column printed upright (`基 年間出生数`).

The documents are invented. Every expected value was worked out by hand from their text: `（令和元年度）` is FY2019,
`（令和９年度）` FY2027, `令和4年度` FY2022, `（令和6年度）` FY2024, `（R1）` FY2019, `（R5）` FY2023, `（R7）` FY2025.
"""

from __future__ import annotations

from tests.synth.score import read_text

GOAL_SHEET = """計画最終年度
現状値
基本目標 具体的な施策 区分 指標名 目標値
（令和元年度）
（令和９年度）
1 まちをつくる
数値目標 転入者数 1,200人 1,400人
1-1 住みよいまちの実現
2 ひとをつくる
数値目標 出生数 640人 700人
2-1 子育ての支援
① 保育の充実 KPI 保育所待機児童数 12人 0人
"""

LABEL_SHEET = """1 しごとをつくる
数値目標
令和4年度 令和4年度 目標値
指標名 進捗状況 進捗が遅れている理由
実績値 目標値 （令和6年度）
進捗の遅れ(コロ 感染症による企業活動の停
新規雇用者数 320人 350人 380人
ナ) 滞のため。
創業件数 12件 10件 14件 順調に進捗
"""

NUMBERED_SHEET = """基準値 実績値 目標値
No. 重要業績評価指標（KPI） 単位 担当課
（R1） （R5） （R7）
1 市内事業所の従業者数 人 41,250 42,080 43,000 商工労働課
2 企業誘致件数（累計） 件 2 6 8 商工労働課
3 新規就農者数 人 9 12 15 農業振興課
"""

UPRIGHT_GOAL_SHEET = """あおば町 総合戦略 KPI進捗管理表
No. 基本目標 重要業績評価指標（KPI） 単位 基準値（R1） R5 目標値（R7） 担当課
1 基 年間出生数 人 118 101 120 子育て支援課
本
目
標
１
2 保育所等の待機児童数 人 12 0 0 子育て支援課
子
育
て
3 て 子育て支援センターの延べ利用者数 人 8,420 8,015 9,000 子育て支援課
"""


def _row(observations: list[dict], name: str) -> list[tuple]:
    return [(o["role"], o["period"], o["value"], o["unit"], bool(o.get("uncertain")))
            for o in observations if o["kpi_name"] == name]


def test_goal_headings_alone_around_a_rows_line_leave_its_values_certain():
    observations = read_text(GOAL_SHEET)
    assert _row(observations, "転入者数") == [("baseline", "FY2019", 1200, "人", False),
                                              ("target", "FY2027", 1400, "人", False)]
    assert _row(observations, "出生数") == [("baseline", "FY2019", 640, "人", False),
                                            ("target", "FY2027", 700, "人", False)]


def test_a_progress_labels_wrapped_rest_leaves_the_rows_values_certain():
    assert _row(read_text(LABEL_SHEET), "新規雇用者数") == [
        ("actual", "FY2022", 320, "人", False), ("target", "FY2022", 350, "人", False),
        ("target", "FY2024", 380, "人", False)]


def test_a_rows_number_and_unit_in_their_columns_leave_its_values_certain():
    assert _row(read_text(NUMBERED_SHEET), "企業誘致件数(累計)") == [
        ("baseline", "FY2019", 2, "件", False), ("actual", "FY2023", 6, "件", False),
        ("target", "FY2025", 8, "件", False)]


def test_a_name_opening_with_an_upright_goal_glyph_stays_in_doubt():
    """`1 基 年間出生数 人 …` beside `本` / `目` / `標`: the goal cell's glyph ran into the name."""
    rows = [o for o in read_text(UPRIGHT_GOAL_SHEET) if o["kpi_name"].endswith("年間出生数")]
    assert rows and all(o.get("uncertain") for o in rows)
