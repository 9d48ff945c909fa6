"""A table drawn turned 90° on its page without `/Rotate` (hand-made layouts 93) is read as if turned back, either
way round, on invented pages; a few turned characters (a side label) leave the page as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ingest.document import load
from ingest.pdf.source import open_pages
from ingest.pdf.turned import turned_parts
from ingest.registry import extract
from tests.pdf_builders import Cell, Page


def _turned_table(path: Path, way: int, rows: int = 2) -> Path:
    """A title upright, then a KPI table turned counter-clockwise (way +1) or clockwise (way -1)."""
    width, height = A4
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    Page(canvas, A4, 1).text(48, 40, "試験町 第２期総合戦略 資料編", 14)
    canvas.saveState()
    if way > 0:
        canvas.translate(width, 0)
        canvas.rotate(90)
    else:
        canvas.translate(0, height)
        canvas.rotate(-90)
    turned = Page(canvas, (height, width), 1)
    turned.text(60, 110, "基本目標１　試験のまちをつくる", 12)
    cells = [Cell(0, c, text) for c, text in enumerate(["指標名", "基準値（R1）", "目標値（R7）"])]
    for r in range(1, rows + 1):
        cells += [Cell(r, 0, f"試験の指標その{r}"), Cell(r, 1, f"{r}0人"), Cell(r, 2, f"{r}5人")]
    turned.table(60, 140, [200, 100, 100], [22] * (rows + 1), cells, size=9)
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return path


@pytest.mark.parametrize("way", [1, -1])
def test_a_turned_table_is_read_as_if_turned_back(tmp_path, way):
    extraction = extract(load(_turned_table(tmp_path / "turned.pdf", way)))
    assert [(row.name, [(c.header, c.text) for c in row.cells]) for row in extraction.rows] == [
        ("試験の指標その1", [("基準値（R1）", "10人"), ("目標値（R7）", "15人")]),
        ("試験の指標その2", [("基準値（R1）", "20人"), ("目標値（R7）", "25人")])]
    assert extraction.title == "試験町 第2期総合戦略 資料編"  # the upright title is read as before


def test_a_few_turned_characters_leave_the_page_as_it_is(tmp_path):
    path = tmp_path / "label.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    Page(canvas, A4, 1).text(48, 40, "試験町 総合戦略", 14)
    canvas.saveState()
    canvas.translate(30, 300)
    canvas.rotate(90)
    canvas.setFont("HeiseiKakuGo-W5", 9)
    canvas.drawString(0, 0, "資料編・別冊")  # a side label: six turned glyphs
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    with open_pages(path) as pdf:
        page = pdf.page(0)
        assert turned_parts(page) == [page]
