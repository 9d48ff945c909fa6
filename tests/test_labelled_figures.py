"""Habits of towns 143 and 146 in text layers, on small invented tables (every expected cell read off the text by
hand): both figures of an indicator in one cell, each after its role label (`現状：…` over `目標：…`); a value
printed as a fraction or a range, which makes no single number but is a value cell of its own; a department
printed one space after the last value."""

from __future__ import annotations

from ingest.model import Extraction
from ingest.table.grid import grid_from_rows
from ingest.table.header import labelled_value, read_layout
from ingest.table.interpret import Interpreter
from ingest.text import aligned, spaced


def _rows(rows: list[list[str]], engine: str) -> list:
    grid = grid_from_rows([(line, cells) for line, cells in enumerate(rows, start=1)], engine, uncertain=True)
    extraction = Extraction("town.txt", "unknown")
    interpreter = Interpreter(extraction)
    interpreter.grid(grid)
    interpreter.finish()
    return extraction.rows


def test_a_value_after_its_role_label_is_body_text_a_period_after_it_is_a_header():
    assert labelled_value("現状：1,250人（R4）")
    assert labelled_value("目標：年 40 件（R11）")
    assert not labelled_value("目標：R11")  # a label over a period: a header cell's
    assert not labelled_value("現状値・目標値")


#: pdfplumber's text of a Word table whose `現状値・目標値` cell prints two labelled lines, the name centred
#: between them: each labelled line alone on its line, set in the first column by the single-space reader.
LABELLED_AROUND_NAMES = [
    ["指標名", "現状値・目標値", "担当課"],
    ["現状：1,250人（R4）", "", ""],
    ["転入者数", "", "企画課"],
    ["目標：1,400人（R11）", "", ""],
    ["現状：56.0%（R5）", "", ""],
    ["健康診査の受診率", "", "保健課"],
    ["目標：65%（R11）", "", ""],
]


def test_labelled_lines_above_and_below_a_name_are_its_values():
    grid = grid_from_rows([(line, cells) for line, cells in enumerate(LABELLED_AROUND_NAMES, start=1)],
                          spaced.ENGINE)
    assert read_layout(grid).header_end == 1  # the first labelled line opens the body
    rows = _rows(LABELLED_AROUND_NAMES, spaced.ENGINE)
    assert [(row.name, [cell.text for cell in row.cells]) for row in rows] == [
        ("転入者数", ["現状：1,250人（R4）\n目標：1,400人（R11）"]),
        ("健康診査の受診率", ["現状：56.0%（R5）\n目標：65%（R11）"])]


def test_labelled_lines_under_their_names_stay_where_the_reader_put_them():
    """`pdftotext -raw` prints a row's cells one after the other (name, then its labelled lines): the lines do not
    stand around the names, and which name they follow is not seen from the grid alone."""
    rows = [LABELLED_AROUND_NAMES[0], ["転入者数", "", ""], ["現状：1,250人（R4）", "", ""],
            ["目標：1,400人（R11）", "", ""], ["", "", "企画課"]]
    assert all("現状" not in cell.text for row in _rows(rows, spaced.ENGINE) for cell in row.cells)


#: pdftotext -layout of a browser-printed table: the widest name fills its column, the next row's values print a
#: fraction and a range (no single number each).
FRACTION_UNDER_WIDEST_NAME = [
    ["指標名", "現状値", "目標値（R9）", "担当課"],
    ["公民館の数", "6 か所（R5）", "7 か所", "生涯学習課"],
    ["がん検診を受けた人の割合", "1/4（R4）", "1/3 以上", "健康課"],
    ["街路灯の LED 化率", "52.0%（R4）", "70～80%", "建設課"],
]


def test_a_fraction_or_a_range_is_a_value_of_its_own_so_its_row_is_not_joined_to_the_next():
    rows = _rows(FRACTION_UNDER_WIDEST_NAME, aligned.ENGINE)
    assert [row.name for row in rows] == ["公民館の数", "がん検診を受けた人の割合", "街路灯の LED 化率"]


def test_a_department_one_space_after_a_value_is_a_cell_of_its_own():
    assert aligned._starts_value("企画課", "県内 5 位以内")
    assert aligned._starts_value("危機管理課", "8 か所")
    assert not aligned._starts_value("企画課", "市民")  # no value before it: a name's words
    assert not aligned._starts_value("部", "1,591")  # a unit that is also an office ending (部: copies)
