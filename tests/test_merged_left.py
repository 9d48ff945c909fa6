"""Merged cells of a grouping column left of the names, printed once by a text layer, centred on their rows
(ingest/table/merged_left.py, `ingest.table.rows.centre_merged_left`). Invented lists sorted by 担当課 in the text
`pdftotext -layout` gives (a row every other line); the departments expected are read off the drawn table."""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from ingest.table.merged_left import Span, bottom_owners, centred_owners

HEADER = ["みどり市 総合戦略 KPI一覧", "", "", "担当課      指標名                     基準値（R2）   目標値（R7）", ""]


def _rows(tmp_path: Path, body: list[str]) -> list[tuple[str, str | None, bool]]:
    path = tmp_path / "list.txt"
    path.write_text("\n".join([*HEADER, *body]) + "\n", encoding="utf-8")
    return [(row.name, row.department, any(cell.uncertain for cell in row.cells)) for row in extract(load(path)).rows]


def test_labels_centred_on_their_groups_cover_the_rows():
    """Rows on lines 1, 3, 5, 7, 9; labels on line 3 (group 1-5) and on line 8 (between 7 and 9)."""
    rows = [Span(line, line) for line in (1, 3, 5, 7, 9)]
    assert centred_owners(rows, [Span(3, 3), Span(8, 8)]) == [0, 0, 0, 1, 1]
    # a label below the centre of every group it could close: no centred split
    assert centred_owners(rows, [Span(1, 1), Span(9, 9)]) is None
    # a label of two lines centred on two rows
    assert centred_owners([Span(1, 1), Span(2, 2)], [Span(1, 2)]) == [0, 0]


def test_a_bottom_aligned_reading_needs_every_label_on_a_row_and_one_on_the_last():
    rows = [Span(line, line) for line in (1, 3, 5, 7)]
    assert bottom_owners(rows, [Span(3, 3), Span(7, 7)]) == [0, 0, 1, 1]
    assert bottom_owners(rows, [Span(3, 3), Span(6, 6)]) is None  # a label between rows
    assert bottom_owners(rows, [Span(3, 3), Span(5, 5)]) is None  # the last row prints none


def test_rows_above_a_centred_department_take_it(tmp_path: Path):
    """観光課 on the middle of three rows, 市民課 on its only row, 福祉課 on a line of its own between its two rows:
    the first row prints no department, so the cells are not top-aligned; a label between rows is no bottom-aligned
    one either, so nothing is flagged."""
    body = ["            観光客数                   120万人      150万人", "",
            "観光課      宿泊者数                   30万人       40万人", "",
            "            観光案内所の利用者数       8,000人      9,500人", "",
            "市民課      転入者数                   1,200人      1,500人", "",
            "            婚姻件数                   132件        150件",
            "福祉課",
            "            特定健診の受診率           38.6%        50.0%"]
    assert _rows(tmp_path, body) == [("観光客数", "観光課", False), ("宿泊者数", "観光課", False),
                                     ("観光案内所の利用者数", "観光課", False), ("転入者数", "市民課", False),
                                     ("婚姻件数", "福祉課", False), ("特定健診の受診率", "福祉課", False)]


def test_a_row_a_bottom_aligned_cell_would_give_another_department_is_flagged(tmp_path: Path):
    """観光課 on the second row, 市民課 on the fourth (last): centred, rows 1-3 are 観光課 and row 4 市民課;
    bottom-aligned, row 3 would be 市民課. The text cannot tell: row 3 is read centred, flagged."""
    body = ["            観光客数                   120万人      150万人", "",
            "観光課      宿泊者数                   30万人       40万人", "",
            "            転入者数                   1,200人      1,500人", "",
            "市民課      婚姻件数                   132件        150件"]
    assert _rows(tmp_path, body) == [("観光客数", "観光課", False), ("宿泊者数", "観光課", False),
                                     ("転入者数", "観光課", True), ("婚姻件数", "市民課", False)]


def test_a_department_on_the_first_row_is_carried_down_as_printed(tmp_path: Path):
    """Top-aligned cells (the first row prints its department): each department holds the rows from its own down."""
    body = ["観光課      観光客数                   120万人      150万人", "",
            "            宿泊者数                   30万人       40万人", "",
            "市民課      転入者数                   1,200人      1,500人", "",
            "            婚姻件数                   132件        150件"]
    assert _rows(tmp_path, body) == [("観光客数", "観光課", False), ("宿泊者数", "観光課", False),
                                     ("転入者数", "市民課", False), ("婚姻件数", "市民課", False)]
