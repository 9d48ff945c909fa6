"""Segment rows (`男性` / `女性`) under an indicator printing no value of its own, and a change column headed
`基準値比`, read from small invented text tables (h20fix). Every expected value was read off the text by hand."""

from __future__ import annotations

from decimal import Decimal

from tests.synth.score import read_table, read_text
from tests.synth.tables import generate, render

#: A tab-separated table: the unit in the name's brackets (`（%）`), the segment rows naming none.
TAB_SEGMENTS_UNDER_BRACKETED_NAME = (
    "指標名\t基準値\t目標値\n"
    "観光入込客数（千人）\t1,392\t1,500\n"
    "保護者の満足度（%）\t68.2\t76.3\n"
    "男性\t60.1\t70.0\n"
    "女性\t70.1\t80.0\n"
)

#: pdftotext `-layout`: `移住相談件数` prints no value (only its reason), its segments print them on the lines below.
LAYOUT_NAME_LINE_OVER_SEGMENTS = (
    "指標名                     基準値     目標値     備考\n"
    "創業支援による創業件数     15件       20件       順調に推移した。\n"
    "移住相談件数                                     窓口の周知を進めた。\n"
    "男性                       132件      150件\n"
    "女性                       128件      140件\n"
    "転入者数                   1,794人    2,000人\n"
)

#: `基準値比`: the change since the baseline, no value of the indicator.
CHANGE_SINCE_BASELINE = (
    "指標名\t実績値（R4）\t目標値（R10）\t基準値比\n"
    "新規就農者数（人）\t15\t13\t▲5\n"
    "観光入込客数（万人）\t63.4\t49.4\t+12.4\n"
)


def _values(text: str) -> dict[tuple[str, str, str], tuple[Decimal, str, bool]]:
    """(name, role, segment) → (value, unit, uncertain) of every value read."""
    return {(r["kpi_name"], r["role"], r.get("segment") or ""): (Decimal(str(r["value"])), r.get("unit") or "",
                                                                  bool(r.get("uncertain")))
            for r in read_text(text) if r.get("value") is not None}


def test_segment_rows_count_in_the_unit_of_the_indicator_above():
    values = _values(TAB_SEGMENTS_UNDER_BRACKETED_NAME)
    assert values[("保護者の満足度", "baseline", "男性")][:2] == (Decimal("60.1"), "%")
    assert values[("保護者の満足度", "target", "女性")][:2] == (Decimal("80.0"), "%")
    assert values[("保護者の満足度", "baseline", "")][:2] == (Decimal("68.2"), "%")


def test_a_name_line_printing_no_value_over_segment_lines_is_their_indicator():
    values = _values(LAYOUT_NAME_LINE_OVER_SEGMENTS)
    assert values[("移住相談件数", "baseline", "男性")] == (Decimal(132), "件", False)
    assert values[("移住相談件数", "target", "女性")] == (Decimal(140), "件", False)
    assert values[("創業支援による創業件数", "target", "")] == (Decimal(20), "件", False)
    assert values[("転入者数", "baseline", "")] == (Decimal(1794), "人", False)
    assert not [key for key in values if key[0] not in ("創業支援による創業件数", "移住相談件数", "転入者数")]


def test_a_change_since_the_baseline_is_no_baseline_value():
    values = _values(CHANGE_SINCE_BASELINE)
    assert not [key for key in values if key[1] == "baseline"]
    assert values[("新規就農者数", "actual", "")][:2] == (Decimal(15), "人")
    assert values[("観光入込客数", "target", "")][:2] == (Decimal(494000), "人")  # 万人 counted in 人


def test_a_year_run_into_the_name_goes_back_to_its_year_column():
    """Seed 6 with the habits20 habits in pdfplumber's shape (single spaces) prints `企業誘致件数（件） 2017年度（H29）`
    under `数値目標 年度 基準値 …`: the year is the `年度` column's, no part of the name; the row's cells ran
    together, so its values are flagged, none wrong unflagged."""
    table = generate(6, habits20=True)
    assert "\n企業誘致件数（件） 2017年度（H29） 3 ― 4 3※２ 2029年度（R11） 3 △\n" in render(table, "plumber")
    result = read_table(table, "plumber")
    assert result.wrong_unflagged == []
    assert not [key for key in result.wrong_flagged if "年度" in key[0]]


#: pdfplumber's single-space text: rows numbered in a `No.` column, row 2 printing its number and name alone over its
#: segment rows (`男` / `女`): `2 自主防災組織の組織率` is that row, no bare-numbered goal heading.
PLUMBER_NUMBERED_NAME_OVER_SEGMENTS = (
    "No. 所管部局 評価指標 基準値（現状） 中間目標 目標値（最終）\n"
    "1 新規就農者数 15人（2021年度） 12人（2024年度） 14人（2026年度）\n"
    "2 自主防災組織の組織率\n"
    "男 71.7%（2021年度） 59.6%（2024年度） 78.1%（2026年度）\n"
    "女 67.4%（2021年度） 58.2%（2024年度） 78.8%（2026年度）\n"
    "3 農林振興課 婚活イベントでのカップル成立数 12組（2021年度） 14組（2024年度） 17組（2026年度）\n"
)


def _read(rows: list[dict]) -> set[tuple]:
    """(name, role, period, segment, value, unit, uncertain) of every value read."""
    return {(r["kpi_name"], r["role"], r["period"] or "", r.get("segment") or "", Decimal(str(r["value"])),
             r.get("unit"), bool(r.get("uncertain"))) for r in rows if r.get("value") is not None}


def test_a_numbered_name_line_over_segment_rows_is_their_indicator():
    read = _read(read_text(PLUMBER_NUMBERED_NAME_OVER_SEGMENTS))
    assert ("自主防災組織の組織率", "baseline", "FY2021", "男", Decimal("71.7"), "%", False) in read
    assert ("自主防災組織の組織率", "target", "FY2024", "女", Decimal("58.2"), "%", False) in read
    assert ("自主防災組織の組織率", "target", "FY2026", "女", Decimal("78.8"), "%", False) in read
    assert ("新規就農者数", "baseline", "FY2021", "", Decimal(15), "人", False) in read
    assert not [r for r in read if r[0] == "新規就農者数" and r[3]]


#: pdfplumber's single-space text: `公共交通の年間利用者数（人）` prints its progress label alone on its line (its
#: values are on the segment rows under it), under a row whose progress label is whole and whose department cell is
#: empty.
PLUMBER_NAME_AND_GRADE_OVER_SEGMENTS = (
    "指標項目 策定時の値 中間目標 最終目標値 達成状況 担当\n"
    "企業誘致件数（件） 4 約4 約3 達成見込み\n"
    "公共交通の年間利用者数（人） 達成\n"
    "うち男 約63,630 約76,230 76,860\n"
    "うち女 約75,600 73,080 約57,960\n"
    "空き家バンクの成約件数（件） ー 8 10 未達成\n"
)


def test_a_name_line_closing_with_a_whole_progress_label_over_segment_rows_is_their_indicator():
    """The line is the segments' indicator, not the rest of the progress cell above (`達成見込み公共交通…`)."""
    read = _read(read_text(PLUMBER_NAME_AND_GRADE_OVER_SEGMENTS))
    assert ("公共交通の年間利用者数", "baseline", "", "男", Decimal(63630), "人", False) in read
    assert ("公共交通の年間利用者数", "target", "", "女", Decimal(57960), "人", False) in read
    assert ("企業誘致件数", "baseline", "", "", Decimal(4), "件", False) in read
    assert not [r for r in read if r[0] == "企業誘致件数" and r[3]]


#: The same under a goal band right under the header: the band is a section line over the segments' indicator.
PLUMBER_BAND_OVER_NAME_AND_GRADE = (
    "数値目標 計画策定時 実績値（各年度） 中間目標値 計画目標 進捗状況\n"
    "【基本目標Ⅱ】誰もが活躍できる地域をつくる\n"
    "観光入込客数（千人） 未達成\n"
    "男 570(H28) 696(H29) 504(R6) 660(R12)\n"
    "女 606(H28) 732(H29) 486(R6) 696(R12)\n"
    "農業産出額（億円） 18.5(H28) 17.6(H29) 25.6(R6) 24.4(R12) 未達成\n"
)


def test_a_goal_band_over_the_row_of_segment_rows_keeps_the_table():
    """The band opens a section of the table (its rows under the goal), not the end of a table without rows."""
    rows = [r for r in read_text(PLUMBER_BAND_OVER_NAME_AND_GRADE) if r.get("value")]
    read = _read(rows)
    assert ("観光入込客数", "baseline", "FY2016", "男", Decimal(570000), "人", False) in read
    assert ("観光入込客数", "actual", "FY2017", "女", Decimal(732000), "人", False) in read
    assert ("農業産出額", "target", "FY2030", "", Decimal("2440000000"), "円", False) in read
    assert len(rows) == 12 and all("誰もが活躍できる地域をつくる" in r["goal"] for r in rows)
