"""Part and total rows under a merged name cell (hand-made layouts 89), on an invented ruled table: a `区分` cell
naming no kind, role or known segment is a part of the indicator (its segment, flagged: a category merged over
indicator names would look the same), `計` / `合計` the indicator's own total; before, every row under the first was
skipped silently as "the row above already read it"."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4

from ingest.document import load
from ingest.registry import extract
from normalize.vocabulary import UNKNOWN_PART_NOTE
from tests.layouts_pdfs import _pages
from tests.pdf_builders import Cell, Page


def _table(path: Path, parts: list[str]) -> Path:
    def draw(page: Page) -> None:
        page.text(48, 40, "試験市 総合戦略 効果検証シート", 14)
        page.text(48, 80, "基本目標１　試験の目標", 12)
        header = ["指標名", "区分", "基準値（R1）", "目標値（R7）"]
        cells = [Cell(0, c, text) for c, text in enumerate(header)]
        cells.append(Cell(1, 0, "図書館の貸出冊数", row_span=len(parts)))
        for r, part in enumerate(parts, start=1):
            cells += [Cell(r, 1, part), Cell(r, 2, f"{r}0冊"), Cell(r, 3, f"{r}5冊")]
        page.table(48, 105, [160, 70, 85, 85], [22] * (len(parts) + 1), cells, size=9)
    return _pages(path, A4, [draw])


def _cells(path: Path) -> list[tuple[str | None, str, bool]]:
    [row] = extract(load(path)).rows
    assert row.name == "図書館の貸出冊数"
    return [(cell.segment, cell.text, cell.uncertain) for cell in row.cells]


def test_part_rows_are_flagged_segments_and_the_total_row_is_the_indicator(tmp_path):
    cells = _cells(_table(tmp_path / "parts.pdf", ["一般", "児童", "合計"]))
    assert cells == [("一般", "10冊", True), ("一般", "15冊", True), ("児童", "20冊", True), ("児童", "25冊", True),
                     (None, "30冊", False), (None, "35冊", False)]


def test_no_row_under_a_merged_name_is_lost(tmp_path):
    cells = _cells(_table(tmp_path / "three.pdf", ["上期", "下期", "通年"]))
    assert [text for _, text, _ in cells] == ["10冊", "15冊", "20冊", "25冊", "30冊", "35冊"]
    assert all(uncertain for _, _, uncertain in cells)


def test_a_part_row_says_why_its_values_are_flagged(tmp_path):
    """The flag on a part row's values is explained in the indicator's note (once, however many part rows)."""
    [row] = extract(load(_table(tmp_path / "note.pdf", ["一般", "児童", "合計"]))).rows
    assert row.note is not None and row.note.count(UNKNOWN_PART_NOTE) == 1
