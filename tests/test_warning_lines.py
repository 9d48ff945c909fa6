"""A warning names the file's lines, not the lines as read: a text read in another order than printed (a chart beside
a table, `ingest.registry._unfolded`) or with lines joined while loading (fake-bold copies split over lines,
`ingest.document.load`) still points to where the file prints what it warns of. Line numbers below are counted
by hand in the files."""

from __future__ import annotations

from pathlib import Path

from ingest.document import file_line, file_line_numbers, file_lines, load
from ingest.registry import extract
from tests.layouts_score import LAYOUTS

CHART_BESIDE_TABLE = LAYOUTS / "layers" / "131_pdf_matplotlib_chart_beside_table.layout.txt"


def test_a_block_read_after_reordering_is_named_at_the_files_lines():
    """`pdftotext -layout` prints a chart's numbers beside the table: the caption `重要業績評価指標（KPI）` on line 8,
    the axis labels `100` … `0` down to line 37 and the years `2019 … 2023` on line 38, the table's rows between
    them on lines 18-26. Read chart first, the chart's lines are read lines 8-25; the warning names lines 8-38."""
    warnings = [w for w in extract(load(CHART_BESIDE_TABLE)).warnings if "a table seen but not read" in w]
    assert len(warnings) == 1
    assert warnings[0].startswith("lines 8-38: a table seen but not read (header '重要業績評価指標（KPI）'")


def test_a_survey_names_the_files_lines_after_fake_bold_lines_were_joined(tmp_path: Path):
    """Lines 1-15 are the copies of `基本目標 指標名` drawn three times, broken between copies (one line when
    read); line 17 is a sentence with KPI words. Read, they are lines 1 and 3; the file's are 1 and 17."""
    split = ["基", "基", "基本", "本", "本目", "目", "目標", "標", "標 指", "指", "指標", "標", "標名", "名", "名"]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join([*split, "", "目標値と実績値は次の年度に公表する。", ""]), encoding="utf-8")
    extraction = extract(load(path))
    assert extraction.rows == []
    assert extraction.warnings == [
        "KPI-like words (指標名/目標値/実績値) on 2 lines (1, 17); no indicator table layout recognised"]


def test_lines_read_out_of_order_are_named_from_first_to_last():
    """Read lines 2-3 start on the file's lines 9 and 4: `lines 4-9`; without numbering the lines are the file's."""
    assert file_lines([1, 9, 4], 2, 3) == "lines 4-9"
    assert file_line([1, 9, 4], 2) == 9
    assert file_line([], 7) == 7
    assert file_line([1, 9, 4], None) is None


#: invented (北浜町), `pdftotext -raw` of two pages: page 2 opens with a form feed glued to its first line, as
#: pdftotext prints it; page 1 ends with an empty line ended by a form feed (a blank page break line)
TWO_PAGES = ("指標名\t基準値（令和元年度）\t目標値（令和７年度）\t担当課\n"  # line 1
             "転入者数\t1,200人\t1,500人\t企画課\n"  # line 2
             "\f指標名\t基準値（令和元年度）\t目標値（令和７年度）\t担当課\n"  # line 3
             "空き家バンク登録件数\t12件\t30件\t都市計画課\n"  # line 4
             "\n\f\n"  # lines 5-6 (the empty line, then the form feed's own line)
             "漁業就業者数\t40人\t45人\t水産課\n")  # line 7


def test_rows_after_a_page_break_are_named_at_the_line_an_editor_shows(tmp_path: Path):
    """`str.splitlines` breaks at a form feed too, so read lines after pdftotext's page break are one further than
    the file's (`grep -n`, an editor): each row is traced to the file's line counted by hand above."""
    path = tmp_path / "evaluation.txt"
    path.write_text(TWO_PAGES, encoding="utf-8")
    rows = extract(load(path)).rows
    assert {row.name: row.ref.line for row in rows} == {"転入者数": 2, "空き家バンク登録件数": 4, "漁業就業者数": 7}
    assert file_line_numbers(TWO_PAGES) == [1, 2, 3, 3, 4, 5, 6, 6, 7]
