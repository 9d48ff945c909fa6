"""A generated table drawn as a ruled PDF page (reportlab), and the pipeline's reading of it.

The title and goal heading above the table, one ruled cell per header and body cell, a wrapped name's two lines in
one cell; column widths from the widest text of each column. Shape `pdf` rules every cell of the header apart;
`pdf_merged` draws the header as municipal PDFs do, each label one cell over the blanks it heads (`merged_header`).
A goal band or a note under a row is a row whose first cell holds its text; a page break and the lines after the
table are not drawn (one page). A document of statements is printed line by line (`draw_statements`, shape `pdf`
of `bench/synth.py --kind statements`), read through the PDF front end.
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
from tests.synth.statements import StatementDoc
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


def merged_header(header: list[list[str]]) -> list[Cell]:
    """The header's cells with each label spanning the blanks it heads: down to the band's last row in a column
    whose last header row is blank (the name, unit and department labels), across the blanks after it in its row
    over the columns whose last header row prints a year or role (`数値` over every value column, `実績値` over
    the actual years). A blank no label heads stays a cell of its own."""
    n_rows, n_cols = len(header), len(header[0])
    valued = [bool(header[-1][c].strip()) for c in range(n_cols)]
    taken = [[False] * n_cols for _ in range(n_rows)]
    cells = []
    for r in range(n_rows):
        for c in range(n_cols):
            if taken[r][c]:
                continue
            text = header[r][c]
            down = across = 1
            if text and not valued[c]:
                while r + down < n_rows and not header[r + down][c] and not taken[r + down][c]:
                    down += 1
            elif text:
                while c + across < n_cols and valued[c + across] and not header[r][c + across] \
                        and not taken[r][c + across]:
                    across += 1
            for rr in range(r, r + down):
                for cc in range(c, c + across):
                    taken[rr][cc] = True
            cells.append(Cell(r, c, text, row_span=down, col_span=across))
    return cells


def draw(table: Table, path: Path, merged: bool = False) -> Path:
    """The table on one landscape A4 page under its title and goal heading (`merged`: header labels over the
    blanks they head, `merged_header`)."""
    grid = rows(table)
    sized = [r for r in grid if any(r[1:])]  # a band's text runs over the cells to its right, as merged cells print it
    widths = [max(max(display_width(line) for line in r[c].split("\n")) for r in sized) * SIZE / 2 + 8
              for c in range(len(grid[0]))]
    heights = [(SIZE + 2) * max(len(c.split("\n")) for c in r) + 8 for r in grid]
    n_header = len(table.header)
    cells = merged_header(grid[:n_header]) if merged else \
        [Cell(r, c, text) for r, row in enumerate(grid[:n_header]) for c, text in enumerate(row)]
    cells += [Cell(r, c, text) for r, row in enumerate(grid) if r >= n_header for c, text in enumerate(row)]
    canvas = Canvas(str(path), pagesize=landscape(A4), invariant=1)
    page = Page(canvas, landscape(A4))
    page.text(40, 30, table.title, 12)
    page.text(40, 60, table.goal, 10)
    if table.caption:  # a line over the table (`（単位：人）`)
        page.text(40, 72, table.caption, 8)
    page.table(40, 84, widths, heights, cells, size=SIZE)
    canvas.showPage()
    canvas.save()
    return path


#: Size and line pitch of a statements page's text, and its lines per page (landscape A4, 40pt margins).
STATEMENT_SIZE, STATEMENT_PITCH = 8, 13
STATEMENT_LINES = int((landscape(A4)[1] - 80) // STATEMENT_PITCH)


def draw_statements(doc: StatementDoc, path: Path) -> Path:
    """The document of statements printed line by line on landscape A4 pages (a blank line a blank line)."""
    canvas = Canvas(str(path), pagesize=landscape(A4), invariant=1)
    for start in range(0, len(doc.lines), STATEMENT_LINES):
        page = Page(canvas, landscape(A4), number=start // STATEMENT_LINES + 1)
        for n, line in enumerate(doc.lines[start:start + STATEMENT_LINES]):
            if line:
                page.text(40, 40 + n * STATEMENT_PITCH, line, STATEMENT_SIZE)
        canvas.showPage()
    canvas.save()
    return path


def read_statements_pdf(doc: StatementDoc) -> list[dict]:
    """The observations the pipeline reads from the document of statements printed as a PDF."""
    with tempfile.TemporaryDirectory() as folder:
        return extraction_records(extract(load(draw_statements(doc, Path(folder) / "synth.pdf"))))[0]


def read_pdf(table: Table, merged: bool = False) -> list[dict]:
    """The observations the pipeline reads from the table drawn as a PDF (`merged`: its header cells merged)."""
    with tempfile.TemporaryDirectory() as folder:
        return extraction_records(extract(load(draw(table, Path(folder) / "synth.pdf", merged))))[0]
