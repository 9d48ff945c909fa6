"""The whitespace-aligned reader (ingest.text.aligned) on small invented pdftotext `-layout` pages: the mechanisms
that read other governments' layouts (a title over the table, a paragraph after it, two tables side by side, a
name one space from its value, a gutter a note runs over). Every expected cell was read off the text by hand.
"""

from __future__ import annotations

from ingest.table.rows import without_list_label
from ingest.text import aligned


def _line(*cells: tuple[int, str]) -> str:
    """A pdftotext `-layout` line: each text at its character position (pdftotext places one character per
    position, full-width or not)."""
    line = ""
    for position, text in cells:
        line = line.ljust(position) + text
    return line


def _page(*lines: str) -> list[str]:
    return list(lines)


TITLE_AND_HEADING = _page(
    _line((0, "青葉町"), (6, "総合戦略"), (13, "指標の進捗状況")),
    "",
    _line((0, "基本目標１"), (8, "働く場をつくる")),
    _line((0, "指標名"), (18, "基準値"), (26, "実績値"), (34, "目標値")),
    _line((0, "創業件数"), (18, "2件"), (26, "5件"), (34, "8件")),
    _line((0, "企業誘致の件数"), (18, "1件"), (26, "3件"), (34, "4件")),
)

PARAGRAPH_AFTER = _page(
    _line((0, "指標名"), (16, "現状値"), (28, "目標値")),
    _line((0, "市内企業への就職者数"), (16, "85 人"), (28, "120 人")),
    _line((0, "受入事業所数"), (16, "12 事業所"), (28, "30 事業所")),
    "また、女性や高齢者の就業を支援する相談窓口を設けて、働き方を広げます。",
)

TWO_UP = _page(
    _line((0, "基本目標１"), (7, "雇用をつくる"), (34, "基本目標２"), (41, "人の流れをつくる")),
    "",
    _line((0, "指標名"), (14, "基準値"), (22, "目標値"), (34, "指標名"), (48, "基準値"), (56, "目標値")),
    "",
    _line((0, "新規雇用者数"), (14, "48人"), (22, "80人"), (34, "転入者数"), (48, "620人"), (56, "700人")),
    _line((0, "農業産出額"), (14, "24億円"), (22, "27億円"), (34, "移住相談件数"), (48, "85件"), (56, "150件")),
)

REPEATED_VALUES = _page(
    _line((0, "指標名"), (12, "基準値"), (20, "実績値"), (28, "目標値"), (36, "最終値")),
    _line((0, "開設日数"), (12, "366日"), (20, "366日"), (28, "366日"), (36, "366日")),
    _line((0, "相談件数"), (12, "12件"), (20, "15件"), (28, "18件"), (36, "20件")),
)

NAME_ONE_SPACE_FROM_VALUE = _page(
    _line((0, "指標名"), (10, "実績値"), (20, "目標値"), (30, "最終値")),
    _line((0, "住みよいと感じてい"), (10, "７４．１％")),
    _line((20, "７５．０％"), (30, "７６．０％")),
    _line((0, "る市民の割合"), (10, "(令和３年度)")),
    _line((0, "新規求人数"), (10, "１，４８６件"), (20, "１，５８７件"), (30, "１，６０２件")),
)

NOTE_OVER_A_GUTTER = _page(
    _line((0, "指標名"), (10, "実績値"), (20, "目標値"), (30, "進捗状況")),
    _line((0, "求人数"), (10, "1,472件"), (20, "1,630件"), (30, "順調")),
    _line((0, "入込客数"), (10, "258万人"), (20, "365万人"), (30, "遅れ")),
    _line((0, "出生率"), (10, "1.22"), (20, "令和6年度に改 訂")),
    _line((0, "事業所数"), (10, "30件"), (20, "40件"), (30, "順調")),
    _line((0, "相談件数"), (10, "12件"), (20, "18件"), (30, "順調")),
)


def test_title_and_heading_above_the_header_stay_outside_the_table():
    tables = aligned.read_tables(TITLE_AND_HEADING)
    assert len(tables) == 1
    assert tables[0].first == 3  # the header line: title and heading are read around the table
    assert tables[0].grid.matrix() == [["指標名", "基準値", "実績値", "目標値"],
                                       ["創業件数", "2件", "5件", "8件"],
                                       ["企業誘致の件数", "1件", "3件", "4件"]]


def test_a_paragraph_after_a_row_ends_the_table():
    tables = aligned.read_tables(PARAGRAPH_AFTER)
    assert [(t.first, t.last) for t in tables] == [(0, 2)]
    assert tables[0].grid.matrix()[2] == ["受入事業所数", "12 事業所", "30 事業所"]


def test_two_tables_side_by_side_are_read_left_then_right():
    tables = aligned.read_tables(TWO_UP)
    assert len(tables) == 1
    rows = [[text for text in row if text] for row in tables[0].grid.matrix()]
    assert [row for row in rows if row] == [
        ["基本目標１", "雇用をつくる"],
        ["指標名", "基準値", "目標値"],
        ["新規雇用者数", "48人", "80人"],
        ["農業産出額", "24億円", "27億円"],
        ["基本目標２", "人の流れをつくる"],
        ["指標名", "基準値", "目標値"],
        ["転入者数", "620人", "700人"],
        ["移住相談件数", "85件", "150件"],
    ]


def test_values_repeated_along_a_row_are_no_second_table():
    tables = aligned.read_tables(REPEATED_VALUES)
    assert len(tables) == 1 and tables[0].grid.n_cols == 5
    assert tables[0].grid.matrix()[1] == ["開設日数", "366日", "366日", "366日", "366日"]


def test_a_name_one_space_from_its_value_is_split_at_the_column_start():
    matrix = aligned.read_tables(NAME_ONE_SPACE_FROM_VALUE)[0].grid.matrix()
    assert matrix[1][:2] == ["住みよいと感じてい", "７４．１％"]
    assert matrix[3][:2] == ["る市民の割合", "(令和３年度)"]
    assert matrix[4] == ["新規求人数", "１，４８６件", "１，５８７件", "１，６０２件"]


def test_a_single_space_inside_one_cell_is_kept():
    assert not aligned._starts_value("5 年度）", "（令和")  # an open bracket: one period
    assert not aligned._starts_value("歳", "79.4")  # a unit after its number
    assert aligned._starts_value("７４．１％", "感じてい")


def test_a_gutter_a_note_runs_over_still_separates_two_columns():
    matrix = aligned.read_tables(NOTE_OVER_A_GUTTER)[0].grid.matrix()
    assert matrix[0] == ["指標名", "実績値", "目標値", "進捗状況"]
    assert matrix[1] == ["求人数", "1,472件", "1,630件", "順調"]
    assert matrix[4] == ["事業所数", "30件", "40件", "順調"]


def test_a_circled_number_opening_a_name_is_its_list_label():
    assert without_list_label("①観光案内所の利用者数") == "観光案内所の利用者数"
    assert without_list_label("②") == "②"
    assert without_list_label("観光案内所の利用者数") == "観光案内所の利用者数"
