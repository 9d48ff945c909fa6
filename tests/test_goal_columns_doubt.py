"""Goals a text layer cannot tell are flagged, and a spaced goal label is read (goals27).

Three hand-made PDFs whose text layers lost the goal each indicator stands under (tests/fixtures/layouts/layers/):
- 231: a page in two text columns, each with its measure heading and table. pdftotext `-layout` and pdfplumber
  print the two headings on one line (`施策2-1 …   施策2-3 …`), which is two headings side by side, not one whose
  title runs on; pdfminer prints the left column's heading and prose, the right column's heading and prose, then
  both tables, the second after a line of prose under the same header: which heading owns which table the text
  does not say, so those rows' goal is flagged.
- 244: an OCR text layer spaces the label word of the goal heading (`基本 目標２`): still the goal's heading.
- 245: a goal column set vertically, whose glyphs `-layout` prints at the left of the rows' lines (`１` / `仕` /
  `事` …): the goals they spell stand over the rows, which the rows' paths lack: flagged.
"""

from __future__ import annotations

import pytest

from tests.layouts_layers import LayerCell, measure_cell


@pytest.mark.parametrize("cell_id", [
    "231_pdf_two_text_columns_measure_tables.layout",
    "231_pdf_two_text_columns_measure_tables.plumber",
    "231_pdf_two_text_columns_measure_tables.pdfminer",
    "244_pdf_ocr_invisible_text_layer.layout",
    "245_pdf_three_level_header_vertical_goals.layout",
])
def test_no_unflagged_wrong_goal(cell_id: str) -> None:
    stem, layer = cell_id.rsplit(".", 1)
    _, _, goals, _ = measure_cell(LayerCell(stem, layer))
    assert [goal.describe() for goal in goals if not goal.flagged] == []


def test_spaced_goal_label_read() -> None:
    _, indicators, goals, _ = measure_cell(LayerCell("244_pdf_ocr_invisible_text_layer", "layout"))
    assert goals == [] and indicators.recall == 1.0 and indicators.precision == 1.0
