"""A column holding two roles joined by an arrow, split into two columns (hand-made layouts 90).

A summary table may print the baseline and the target in one cell, `1,200人→1,500人`, under one header naming both
roles the same way, `基準値（R1）→目標値（R7）`. Read whole, the header gives the first role only and the cell no
number. The header is what says the cell holds two values, so only a header cell whose two sides each name a value
role (and differ) splits its column: the header at the arrow into two headers, every body cell below it at its
first arrow into two cells. A body cell printing a figure but no arrow cannot say which role its figure is: it
stays in the first column and the values of its row are flagged uncertain (`Grid.uncertain_rows`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ingest.table.grid import Grid, GridCell
from normalize.header import parse_header
from normalize.vocabulary import STATEMENT_ARROWS

_ARROW = re.compile("|".join(map(re.escape, STATEMENT_ARROWS)))
_DIGIT = re.compile(r"\d")


def arrow_halves(text: str) -> tuple[str, str] | None:
    """The text before and after its first arrow (each stripped, as printed), or None without an arrow; the text
    readers of layers without positions split a body cell `1,200人→1,500人` with it too."""
    match = _ARROW.search(text)
    if match is None:
        return None
    return text[:match.start()].strip(), text[match.end():].strip()


_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


def arrow_figures(text: str) -> bool:
    """The text prints figures on both sides of an arrow, outside brackets (`現状値 52人（R5） → 目標値 60人（R11）`): a
    statement's figures, never a header, though it names roles (a header `基準値（R1）→目標値（R7）` has its years in
    brackets)."""
    halves = arrow_halves(_BRACKETED.sub("", text))
    return halves is not None and all(_DIGIT.search(half) for half in halves)


def arrow_values(text: str, is_value: Callable[[str], bool]) -> list[str] | None:
    """The two value cells of a text printing two values joined by an arrow (`1,200人→1,500人`), else None; what a
    value is, is the calling reader's typing."""
    halves = arrow_halves(text)
    return list(halves) if halves and all(is_value(half) for half in halves) else None


def _two_role_header(cell: GridCell) -> tuple[str, str] | None:
    """(first, second) header when the cell names two different value roles joined by an arrow, else None."""
    if cell.col_span != 1 or "\n" in cell.text.strip():
        return None
    return two_roles(cell.text)


def two_roles(text: str) -> tuple[str, str] | None:
    """(first, second) header when a header text names two different value roles joined by an arrow, else None;
    the text readers of layers without positions split such a header token the same way."""
    halves = arrow_halves(text)
    if halves is None or not all(halves):
        return None
    (first, _), (second, _) = parse_header(halves[0]), parse_header(halves[1])
    if first is None or second is None or first == second:
        return None
    return halves


def split_arrow_columns(grid: Grid) -> Grid:
    """The grid with every two-role arrow column split in two (see module docstring); the grid itself when none."""
    for header in sorted(grid.cells, key=lambda c: (c.row, c.col)):
        if (halves := _two_role_header(header)) is not None:
            return split_arrow_columns(_split(grid, header, halves))
    return grid


def _split(grid: Grid, header: GridCell, halves: tuple[str, str]) -> Grid:
    col, row = header.col, header.row
    cells: list[GridCell] = []
    doubtful = set(grid.uncertain_rows)
    for cell in grid.cells:
        if cell.col > col:
            cells.append(replace(cell, col=cell.col + 1))
        elif cell is header:
            cells += [replace(cell, text=halves[0]), replace(cell, col=col + 1, text=halves[1])]
        elif cell.col + cell.col_span - 1 < col:
            cells.append(cell)
        elif cell.col == col and cell.col_span == 1 and cell.row > row:
            parts = arrow_halves(cell.text)
            if parts is None:
                if _DIGIT.search(cell.text):  # a figure of which role?
                    doubtful.update(range(cell.row, cell.row + cell.row_span))
                cells.append(cell)
            else:
                cells += [replace(cell, text=parts[0]), replace(cell, col=col + 1, text=parts[1])]
        else:
            cells.append(replace(cell, col_span=cell.col_span + 1))  # spans over the column: spans both halves
    edges = grid.col_edges
    if edges:
        edges = [*edges[:col + 1], (edges[col] + edges[col + 1]) / 2, *edges[col + 1:]]
    return replace(grid, n_cols=grid.n_cols + 1, cells=cells, col_edges=edges, uncertain_rows=doubtful)
