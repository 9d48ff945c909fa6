"""A generated table drawn as a ruled PDF page (reportlab), and the pipeline's reading of it.

The title and goal heading above the table, one ruled cell per header and body cell, a wrapped name's two lines in
one cell; column widths from the widest text of each column. A goal band or a note under a row is a row whose
first cell holds its text; a page break and the lines after the table are not drawn (one page).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from ingest.document import load
from ingest.registry import extract
from normalize.text import display_width
from records import extraction_records
from tests.pdf_builders import Cell, Page
from tests.synth.tables import Table

SIZE = 7  # points of the table's text


def rows(table: Table) -> list[list[str]]:
    """The table's rows with each wrapped name's end joined to its cell as a second line."""
    out = [list(r) for r in table.header]
    width = len(out[0])
    for k, row in enumerate(table.body):
        if k in table.spans:  # a goal band or a note across the table: its text in the first cell of a row
            out.append([row[0]] + [""] * (width - 1))
        elif k in table.wraps:
            out[-1] = [f"{a}\n{b}" if b else a for a, b in zip(out[-1], row, strict=True)]
        else:
            out.append(list(row))
    return out


def draw(table: Table, path: Path) -> Path:
    """The table on one landscape A4 page under its title and goal heading."""
    grid = rows(table)
    cells = [r for r in grid if any(r[1:])]  # a band's text runs over the cells to its right, as merged cells print it
    widths = [max(max(display_width(line) for line in r[c].split("\n")) for r in cells) * SIZE / 2 + 8
              for c in range(len(grid[0]))]
    heights = [(SIZE + 2) * max(len(c.split("\n")) for c in r) + 8 for r in grid]
    canvas = Canvas(str(path), pagesize=landscape(A4), invariant=1)
    page = Page(canvas, landscape(A4))
    page.text(40, 30, table.title, 12)
    page.text(40, 60, table.goal, 10)
    page.table(40, 84, widths, heights, [Cell(r, c, text) for r, row in enumerate(grid) for c, text in enumerate(row)],
               size=SIZE)
    canvas.showPage()
    canvas.save()
    return path


def read_pdf(table: Table) -> list[dict]:
    """The observations the pipeline reads from the table drawn as a PDF."""
    with tempfile.TemporaryDirectory() as folder:
        return extraction_records(extract(load(draw(table, Path(folder) / "synth.pdf"))))[0]
