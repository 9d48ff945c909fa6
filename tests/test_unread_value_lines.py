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
