"""Goal bands inside a table: a basic goal's heading printed on a row of its own across the table, between groups of
its indicator rows (`基本目標Ⅲ：誰もが活躍できる地域をつくる`, `【基本目標２】…`, `基本目標一　…`). The band sets
the goal of the rows under it until the next band; it neither ends the table nor makes a header (its `目標` is no
column's), and it is never part of a name. Read through the whole pipeline in three text shapes: tab rows (the band
a line without tab), a `pdftotext -layout` page (the band in the first column while the names come last, or cut at
its wide space) and pdfplumber-like single-space rows; and as a ruled PDF grid whose band is its first cell beside
empty ones (an engine that found no merged cell). Expected values read by hand from the invented sheets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import load
from ingest.model import Extraction
from ingest.registry import extract
from ingest.table.grid import Grid, GridCell
from ingest.table.header import is_goal_heading
from ingest.table.interpret import Interpreter
from records import extraction_records

#: Tab rows: the bands are lines without a tab, one right under the header, one between rows.
TABS = "\n".join([
    "高森町 総合戦略 効果検証",
    "",
    "指標名\t単位\t基準値（R1）\t実績値（R5）\t目標値（R7）",
    "基本目標Ⅰ　地域にしごとをつくる",
    "新規就農者数\t人\t12\t15\t20",
    "企業誘致件数\t件\t3\t4\t6",
    "基本目標Ⅱ：新しいひとの流れをつくる",
    "転入者数\t人\t1,200\t1,250\t1,400",
    "移住相談件数\t件\t85\t96\t120",
    "",
])

#: A `-layout` page whose names come last: the bands stand in the first column, a value column.
LAYOUT_NAMES_LAST = "\n".join([
    "桜井村 まち・ひと・しごと創生総合戦略 効果検証シート",
    "",
    "実績値（R4）      目標値（R8）      重要業績評価指標",
    "基本目標Ⅲ：誰もが活躍できる地域をつくる",
    "41                   50              女性の就業率（％）",
    "7                    10              シルバー人材センター会員数（人）",
    "基本目標Ⅳ：安心して暮らせる魅力的なまちをつくる",
    "58                   70              自主防災組織の組織率（％）",
    "",
])

#: A `-layout` page whose bands a wide space cuts into two cells (`基本目標一` | `…`): department first.
LAYOUT_BAND_CUT = "\n".join([
    "西原市 総合戦略 効果検証",
    "",
    "担当課      成果指標                  基準値（R2）    実績値（R5）    目標値（R9）",
    "基本目標一　結婚・出産・子育ての希望をかなえる",
    "子育て支援課  合計特殊出生率              1.38            1.41            1.50",
    "健康推進課    乳幼児健診の受診率          94.0%           96.5%           98.0%",
    "基本目標二　地域にしごとをつくる",
    "商工観光課    創業件数                     8件            11件            15件",
    "",
])

#: A `-layout` page of one row a goal: the long bands cover the gutters of the short rows, bare years head the values.
LAYOUT_ROW_A_BAND = "\n".join([
    "東山町 総合戦略 効果検証",
    "",
    "令和3年     令和4年     令和6年目標     指標",
    "基本目標１：結婚・出産・子育ての希望をかなえる",
    "312人       298人       330人           出生数",
    "基本目標２：地域にしごとをつくる",
    "41件        45件        50件            創業支援件数",
    "",
])

#: pdfplumber-like rows, the bands in caption brackets.
PLUMBER = "\n".join([
    "若葉町 まち・ひと・しごと創生総合戦略 効果検証シート",
    "",
    "成果指標 R3現状 R5実績 R9目標値 所管課",
    "【基本目標２】新しいひとの流れをつくる",
    "観光入込客数 52,000人 48,300人 60,000人 商工観光課",
    "ふるさと納税の寄附額 3,200万円 4,150万円 5,000万円 企画課",
    "【基本目標３】地域にしごとをつくる",
    "農業産出額 18.4億円 19.2億円 21.0億円 農林課",
    "",
])


def _read(tmp_path: Path, text: str) -> tuple[list[dict], list[str]]:
    path = tmp_path / "sheet.txt"
    path.write_text(text, encoding="utf-8")
    extraction = extract(load(path))
    return extraction_records(extraction)[0], extraction.warnings


def _values(observations: list[dict]) -> dict[str, list[tuple[str, str, Decimal]]]:
    """Indicator name → (role, period, value) of every value read, in order."""
    out: dict[str, list[tuple[str, str, Decimal]]] = {}
    for row in observations:
        if row.get("value") not in (None, ""):
            out.setdefault(row["kpi_name"], []).append((row["role"], row["period"], Decimal(str(row["value"]))))
    return out


def _goals(observations: list[dict]) -> dict[str, str]:
    return {row["kpi_name"]: row.get("goal") or "" for row in observations}


@pytest.mark.parametrize("text", ["基本目標Ⅲ：誰もが活躍できる地域をつくる", "【基本目標２】新しいひとの流れをつくる",
                                  "基本目標一　村の暮らしを守る", "基本目標１ 地域の魅力"])
def test_band_texts_are_goal_headings(text: str) -> None:
    """Roman and kanji numerals and caption brackets are goal labels too: such a row is no header row (`目標`)."""
    assert is_goal_heading(text)


@pytest.mark.parametrize("text", ["目標値（R7）", "基本目標", "基本目標一覧", "R7目標"])
def test_header_words_are_no_goal_headings(text: str) -> None:
    assert not is_goal_heading(text)


def test_tab_rows_go_on_under_each_band(tmp_path: Path) -> None:
    observations, warnings = _read(tmp_path, TABS)
    values = _values(observations)
    assert values["新規就農者数"] == [("baseline", "FY2019", Decimal(12)), ("actual", "FY2023", Decimal(15)),
                                   ("target", "FY2025", Decimal(20))]
    assert values["企業誘致件数"][-1] == ("target", "FY2025", Decimal(6))
    assert values["転入者数"] == [("baseline", "FY2019", Decimal(1200)), ("actual", "FY2023", Decimal(1250)),
                               ("target", "FY2025", Decimal(1400))]
    assert values["移住相談件数"][-1] == ("target", "FY2025", Decimal(120))
    goals = _goals(observations)
    assert "地域にしごとをつくる" in goals["新規就農者数"] and "地域にしごとをつくる" in goals["企業誘致件数"]
    assert "新しいひとの流れをつくる" in goals["転入者数"] and "新しいひとの流れをつくる" in goals["移住相談件数"]
    assert not [w for w in warnings if "skipped" in w]


def test_band_in_a_value_column_is_no_header(tmp_path: Path) -> None:
    observations, _ = _read(tmp_path, LAYOUT_NAMES_LAST)
    values = _values(observations)
    assert values["女性の就業率"] == [("actual", "FY2022", Decimal(41)), ("target", "FY2026", Decimal(50))]
    assert values["シルバー人材センター会員数"] == [("actual", "FY2022", Decimal(7)), ("target", "FY2026", Decimal(10))]
    assert values["自主防災組織の組織率"] == [("actual", "FY2022", Decimal(58)), ("target", "FY2026", Decimal(70))]
    goals = _goals(observations)
    assert "誰もが活躍できる地域をつくる" in goals["女性の就業率"]
    assert "誰もが活躍できる地域をつくる" in goals["シルバー人材センター会員数"]
    assert "安心して暮らせる魅力的なまちをつくる" in goals["自主防災組織の組織率"]


def test_band_cut_at_its_wide_space(tmp_path: Path) -> None:
    observations, _ = _read(tmp_path, LAYOUT_BAND_CUT)
    values = _values(observations)
    assert set(values) == {"合計特殊出生率", "乳幼児健診の受診率", "創業件数"}
    assert values["合計特殊出生率"][-1] == ("target", "FY2027", Decimal("1.50"))
    assert values["創業件数"] == [("baseline", "FY2020", Decimal(8)), ("actual", "FY2023", Decimal(11)),
                              ("target", "FY2027", Decimal(15))]
    goals = _goals(observations)
    assert "結婚・出産・子育ての希望をかなえる" in goals["合計特殊出生率"]
    assert "結婚・出産・子育ての希望をかなえる" in goals["乳幼児健診の受診率"]
    assert "地域にしごとをつくる" in goals["創業件数"]


def test_bands_covering_the_gutters_of_short_rows(tmp_path: Path) -> None:
    observations, _ = _read(tmp_path, LAYOUT_ROW_A_BAND)
    assert _values(observations) == {
        "出生数": [("actual", "CY2021", Decimal(312)), ("actual", "CY2022", Decimal(298)),
                 ("target", "CY2024", Decimal(330))],
        "創業支援件数": [("actual", "CY2021", Decimal(41)), ("actual", "CY2022", Decimal(45)),
                   ("target", "CY2024", Decimal(50))]}
    goals = _goals(observations)
    assert "結婚・出産・子育ての希望をかなえる" in goals["出生数"]
    assert "地域にしごとをつくる" in goals["創業支援件数"]


def test_bracketed_band_is_no_part_of_a_name(tmp_path: Path) -> None:
    observations, _ = _read(tmp_path, PLUMBER)
    values = _values(observations)
    assert set(values) == {"観光入込客数", "ふるさと納税の寄附額", "農業産出額"}
    assert values["観光入込客数"][0] == ("baseline", "FY2021", Decimal(52000))
    assert values["農業産出額"][-1] == ("target", "FY2027", Decimal(2100000000))
    goals = _goals(observations)
    assert "新しいひとの流れをつくる" in goals["観光入込客数"]
    assert "新しいひとの流れをつくる" in goals["ふるさと納税の寄附額"]
    assert "地域にしごとをつくる" in goals["農業産出額"]


#: A ruled grid (one table row a grid row): the bands in the name column, the other cells of their rows empty.
RULED = [
    ["指標名", "基準値（R2）", "目標値（R7）", "担当課"],
    ["基本目標１ 結婚・出産・子育ての希望をかなえる", "", "", ""],
    ["出生数（人）", "310", "340", "子育て支援課"],
    ["基本目標２ 誰もが活躍できる地域をつくる", "", "", ""],
    ["女性の就業率（％）", "48.5", "55.0", "商工課"],
]


def test_ruled_grid_band_beside_empty_cells(tmp_path: Path) -> None:
    grid = Grid(1, (0.0, 0.0, 500.0, 200.0), len(RULED), len(RULED[0]), "test-pdf",
                [GridCell(r, c, text) for r, cells in enumerate(RULED) for c, text in enumerate(cells)])
    extraction = Extraction("hand.pdf", "unknown")
    interpreter = Interpreter(extraction)
    interpreter.grid(grid)
    interpreter.finish()
    observations = extraction_records(extraction)[0]
    assert _values(observations) == {
        "出生数": [("baseline", "FY2020", Decimal(310)), ("target", "FY2025", Decimal(340))],
        "女性の就業率": [("baseline", "FY2020", Decimal("48.5")), ("target", "FY2025", Decimal("55.0"))]}
    goals = _goals(observations)
    assert "結婚・出産・子育ての希望をかなえる" in goals["出生数"]
    assert "誰もが活躍できる地域をつくる" in goals["女性の就業率"]
