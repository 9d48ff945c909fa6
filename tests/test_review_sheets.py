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


def test_kind_cells_printed_before_the_rows_leave_each_rows_kind_flagged(tmp_path):
    """A `-raw` text of a sheet whose 区分 column merges `活動指標` over the first rows and `成果指標` over the rest:
    the two cells print before the rows, one word a line, and are read into the header band. Which rows each holds
    the text does not say (two and one, or one and two): every row's kind is a guess and its values are flagged."""
    from ingest.document import load
    from ingest.registry import extract

    path = tmp_path / "sheet.raw.txt"
    path.write_text("\n".join([
        "若葉村 令和５年度 事務事業評価シート", "施策１ 観光の振興", "事業名 観光振興事業 担当課 商工観光課",
        "区分 指標名 単位 実績値（R4） 目標値（R7）", "活動", "指標", "成果", "指標",
        "観光案内所の開設日数 日 300 320", "観光客数 人 41,000 50,000", "宿泊者数 人 8,200 9,000"]) + "\n",
        encoding="utf-8")
    rows = extract(load(path)).rows
    assert [row.name for row in rows] == ["観光案内所の開設日数", "観光客数", "宿泊者数"]
    assert all(cell.uncertain for row in rows for cell in row.cells)
