"""Lines that print values and nothing else, where no row, cell or reject stands, are a warning with their line
numbers (ingest/unread.py `unread_value_lines`): nothing lost silently. The counts below are read off the files."""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from tests.layouts_score import LAYOUTS

LAYERS = LAYOUTS / "layers"
WORDS = "values on lines of their own that no table or statement read"


def _value_warnings(path: Path) -> list[str]:
    return [warning for warning in extract(load(path)).warnings if WORDS in warning]


def test_actuals_printed_apart_from_their_names_are_read_with_them():
    """`pdftotext -raw` prints the six rows' names on lines 6-11 and their six values each (基準値, R2-R5, 目標値)
    on lines 15-20: the rows are joined from their two passes (`ingest.text.two_pass`), no value line is left."""
    assert _value_warnings(LAYERS / "55_pdf_actuals_over_years.raw.txt") == []


def test_no_warning_where_every_value_line_is_read():
    """The same table as `pdftotext -layout` prints it, read whole."""
    assert _value_warnings(LAYERS / "55_pdf_actuals_over_years.layout.txt") == []


def test_a_header_line_of_years_is_no_line_of_values(tmp_path: Path):
    """`2019(R1) 2020(R2)` heads columns; `15件 18件` under a prose line is read by nothing."""
    path = tmp_path / "plan.txt"
    lines = ["みなと町 総合戦略", "", "指標名        2019(R1)   2024(R6)", "転入者数      1,200人    1,500人", "",
             "本町の取組は次のとおりです。", "15件 18件", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert _value_warnings(path) == [f"lines 7-7: 2 {WORDS}: '15件 18件'"]


def test_a_lone_value_under_the_values_a_row_read_is_warned():
    """pypdfium2's 241 sheet prints a cell a line, column by column, and drops the first indicator's values: the
    reader pairs `38.5` / `44.0` with the wrong name and stops, and `50.0`, alone under them, was named nowhere
    (test_conservation's KNOWN_LOSSES). A unit alone (`百万円`, `千人`: a 単位 column's cell) prints no value."""
    assert _value_warnings(LAYERS / "241_pdf_evaluation_sheet_labels_left.pdfium.txt") == [
        f"lines 31-31: 1 {WORDS}: '50.0'", f"lines 34-36: 3 {WORDS}: '126 148 160'"]


def test_a_lone_number_before_a_page_break_is_a_page_number(tmp_path: Path):
    """A bare number under a row's values printed one a line is a page number when the page ends there."""
    path = tmp_path / "stacked.raw.txt"
    lines = ["指標名 基準値（R1） 目標値（R7） 担当課", "図書館の来館者数 52,000人", "54,000人", "生涯学習課",
             "公民館の利用者数", "8,100", "8,500", "12", "", "次のページ"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert not any("'12'" in warning for warning in _value_warnings(path))
