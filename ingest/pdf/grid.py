"""A table as a grid of cells with spans, whichever engine found it (pdfplumber lattice/stream, camelot lattice).

Merged cells keep their span: a 大基本目標 cell that covers twelve rows is one `GridCell` with `row_span=12`,
so rows learn their goal from the span itself rather than from guessing which empty cells to fill.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

#: Two coordinates closer than this (PDF points) are the same rule line.
SNAP = 1.5


@dataclass(frozen=True)
class GridCell:
    """One cell as printed: top-left position, span, text (lines joined with "\\n")."""

    row: int
    col: int
    text: str
    row_span: int = 1
    col_span: int = 1


@dataclass
class Grid:
    """A table found on one page: its bounding box (x0, top, x1, bottom) and its cells."""

    page: int
    bbox: tuple[float, float, float, float]
    n_rows: int
    n_cols: int
    engine: str
    cells: list[GridCell] = field(default_factory=list)
    #: y of each row line, top to bottom (n_rows + 1 values): row heights and gaps for whitespace tables.
    row_edges: list[float] = field(default_factory=list)
    #: Each grid row is one printed line, so one table row may cover several grid rows (gathered by the rows
    #: reader); otherwise every grid row is a table row.
    line_rows: bool = False
    #: x of each column line, left to right (n_cols + 1 values), when the finder knows them: a table continued on
    #: the next page without some of its columns' text is read in these columns.
    col_edges: list[float] = field(default_factory=list)

    def text_at(self, row: int, col: int) -> str | None:
        """Text of the cell covering (row, col), following spans; None when no cell covers it."""
        for cell in self.cells:
            if cell.row <= row < cell.row + cell.row_span and cell.col <= col < cell.col + cell.col_span:
                return cell.text
        return None

    def origin_at(self, row: int, col: int) -> GridCell | None:
        """The cell whose top-left corner is (row, col)."""
        for cell in self.cells:
            if cell.row == row and cell.col == col:
                return cell
        return None

    def crop_rows(self, start: int, end: int) -> Grid:
        """The rows [start, end) as a grid of their own (cells clipped to the range)."""
        cells = []
        for cell in self.cells:
            first, last = max(cell.row, start), min(cell.row + cell.row_span, end)
            if first < last and (cell.row >= start or first == start):
                cells.append(GridCell(first - start, cell.col, cell.text, last - first, cell.col_span))
        edges = self.row_edges[start:end + 1]
        bbox = (self.bbox[0], edges[0], self.bbox[2], edges[-1]) if edges else self.bbox
        return Grid(self.page, bbox, end - start, self.n_cols, self.engine, cells, edges, self.line_rows,
                    self.col_edges)

    def matrix(self) -> list[list[str]]:
        """Row-major texts, each position filled from the cell that covers it ("" when none)."""
        return [[self.text_at(r, c) or "" for c in range(self.n_cols)] for r in range(self.n_rows)]


def _boundaries(values: list[float]) -> list[float]:
    """Sorted coordinates with near-duplicates merged."""
    merged: list[float] = []
    for value in sorted(values):
        if not merged or value - merged[-1] > SNAP:
            merged.append(value)
    return merged


def _index(boundaries: list[float], value: float) -> int:
    """Index of the boundary nearest to `value` (boundaries are sorted)."""
    i = bisect_left(boundaries, value)
    candidates = [j for j in (i - 1, i) if 0 <= j < len(boundaries)]
    return min(candidates, key=lambda j: abs(boundaries[j] - value))


def grid_from_boxes(page: int, engine: str, boxes: list[tuple[tuple[float, float, float, float], str]]) -> Grid:
    """Cells given as (bbox, text) → a grid whose spans come from which row/column lines each box crosses."""
    xs = _boundaries([b[0] for b, _ in boxes] + [b[2] for b, _ in boxes])
    ys = _boundaries([b[1] for b, _ in boxes] + [b[3] for b, _ in boxes])
    cells = []
    for (x0, top, x1, bottom), text in boxes:
        col, col_end = _index(xs, x0), _index(xs, x1)
        row, row_end = _index(ys, top), _index(ys, bottom)
        cells.append(GridCell(row, col, text, max(1, row_end - row), max(1, col_end - col)))
    bbox = (xs[0], ys[0], xs[-1], ys[-1])
    ordered = sorted(cells, key=lambda c: (c.row, c.col))
    return Grid(page, bbox, max(1, len(ys) - 1), max(1, len(xs) - 1), engine, ordered, ys, col_edges=xs)
