"""Cell boxes found on a PDF page (pdfplumber lattice/stream, camelot lattice) → a `Grid` (`ingest.table.grid`)
whose spans come from the rule lines each box crosses.

`Grid` and `GridCell` are re-exported here for the PDF engines.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from ingest.table.grid import Grid, GridCell

__all__ = ["SNAP", "Grid", "GridCell", "boundaries", "grid_from_boxes"]

#: Two coordinates closer than this (PDF points) are the same rule line.
SNAP = 1.5


def boundaries(values: Iterable[float], snap: float = SNAP) -> list[float]:
    """Sorted coordinates with near-duplicates (at most `snap` apart from the last one kept) merged."""
    merged: list[float] = []
    for value in sorted(values):
        if not merged or value - merged[-1] > snap:
            merged.append(value)
    return merged


def _index(boundaries: list[float], value: float) -> int:
    """Index of the boundary nearest to `value` (boundaries are sorted)."""
    i = bisect_left(boundaries, value)
    candidates = [j for j in (i - 1, i) if 0 <= j < len(boundaries)]
    return min(candidates, key=lambda j: abs(boundaries[j] - value))


def grid_from_boxes(page: int, engine: str, boxes: list[tuple[tuple[float, float, float, float], str]]) -> Grid:
    """Cells given as (bbox, text) → a grid whose spans come from which row/column lines each box crosses."""
    xs = boundaries([b[0] for b, _ in boxes] + [b[2] for b, _ in boxes])
    ys = boundaries([b[1] for b, _ in boxes] + [b[3] for b, _ in boxes])
    cells = []
    for (x0, top, x1, bottom), text in boxes:
        col, col_end = _index(xs, x0), _index(xs, x1)
        row, row_end = _index(ys, top), _index(ys, bottom)
        cells.append(GridCell(row, col, text, max(1, row_end - row), max(1, col_end - col)))
    bbox = (xs[0], ys[0], xs[-1], ys[-1])
    ordered = sorted(cells, key=lambda c: (c.row, c.col))
    return Grid(page, bbox, max(1, len(ys) - 1), max(1, len(xs) - 1), engine, ordered, ys)
