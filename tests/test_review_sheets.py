"""Habits of 行政評価 / 効果検証 sheets met writing layouts 211-216 (variety22), on invented lines and cells."""

from __future__ import annotations

import pytest

from ingest.pdf.frontend import run_starts
from ingest.table.context import box_department
from ingest.table.header import kind_of
from ingest.text.form_rows import forms_beside
from normalize.text import clean_name


@pytest.mark.parametrize(("printed", "name"), [
    ("観光入込客数※1", "観光入込客数"),
    ("ふるさと納税の寄附額※１２", "ふるさと納税の寄附額"),
    ("製造業の事業所数*2", "製造業の事業所数"),
    ("製造業の事業所数*", "製造業の事業所数"),  # unchanged: a mark without number
])
def test_numbered_footnote_mark_is_no_part_of_a_name(printed, name):
    assert clean_name(printed) == name


def test_field_box_names_the_department_of_the_tables_under_it():
    assert box_department(["事業名", "移住定住促進事業", "担当課", "企画政策課"]) == "企画政策課"
    assert box_department(["所管課", "健康福祉課"]) == "健康福祉課"
    # no department label, or a label whose cell names no department
    assert box_department(["事業名", "移住定住促進事業", "事業費", "12,480"]) is None
    assert box_department(["担当課", "未定"]) is None


@pytest.mark.parametrize(("word", "kind"), [("活動指標", "活動指標"), ("まちづくり指標", "指標"),
                                           ("成果指標", "成果指標")])
def test_kind_words_of_review_sheets(word, kind):
    assert kind_of(word) == kind


def test_forms_side_by_side_read_one_after_the_other():
    lines = ["基本目標１ しごとをつくる",
             "指標名 新規創業件数 指標名 新規就農者数",
             "基準値（R1） 12件 基準値（R1） 4人",
             "",
             "目標値（R7） 20件 目標値（R7） 8人",
             "担当課 商工観光課 担当課 農林課",
             "指標名 観光入込客数 指標名 年間出生数",
             "基準値（R1） 52万人 基準値（R1） 284人",
             "- 1 -"]
    unfolded = forms_beside(lines)
    assert unfolded is not None
    assert unfolded.lines == ["基本目標１ しごとをつくる",
                              "指標名 新規創業件数", "基準値（R1） 12件", "目標値（R7） 20件", "担当課 商工観光課",
                              "指標名 新規就農者数", "基準値（R1） 4人", "目標値（R7） 8人", "担当課 農林課",
                              "指標名 観光入込客数", "基準値（R1） 52万人",
                              "指標名 年間出生数", "基準値（R1） 284人",
                              "- 1 -"]
    assert unfolded.origin == [0, 1, 2, 4, 5, 1, 2, 4, 5, 6, 7, 6, 7, 8]


def test_one_form_a_line_is_left_alone():
    assert forms_beside(["指標名 新規創業件数", "基準値（R1） 12件", "目標値（R7） 20件"]) is None


def _char(x0: float, text: str = "字", top: float = 100.0, size: float = 10.0) -> dict:
    return {"x0": x0, "x1": x0 + size, "top": top, "bottom": top + size, "size": size, "text": text}


def test_a_heading_over_tables_side_by_side_is_one_run():
    heading = [_char(40 + 10 * i) for i in range(30)]  # 40 … 340: across a cut at 290
    runs = run_starts(heading)
    assert {runs[id(c)] for c in heading} == {45.0}


def test_headings_over_each_table_are_runs_of_their_own():
    left = [_char(40 + 10 * i) for i in range(8)]
    right = [_char(300 + 10 * i) for i in range(8)]
    runs = run_starts(left + right)
    assert {runs[id(c)] for c in left} == {45.0} and {runs[id(c)] for c in right} == {305.0}


def test_layout_row_with_an_empty_unit_cell_stays_in_its_table():
    """pdftotext -layout, rows two blank lines apart (layers of layouts 214): a ratio's row leaves the unit cell
    empty, one text fewer than the rows around it; it stays a row of the table."""
    from ingest.document import load
    from ingest.text.generic import find_tables
    from tests.layouts_layers import LAYERS_DIR

    document = load(LAYERS_DIR / "214_pdf_mixed_era_spellings_estimates.layout.txt")
    names = [[text for row in range(table.grid.n_rows) if (text := table.grid.text_at(row, 0))]
             for table in find_tables(document.lines)]
    assert ["基本目標２", "指標名", "転入者数", "合計特殊出生率", "市民満足度", "観光入込客数"] in names
