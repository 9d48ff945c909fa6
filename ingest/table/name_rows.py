"""An indicator's name printed on a labelled row above its own header and values (layouts 183).

An evaluation sheet may give every KPI a block of its own: a row `指標名 | 町内事業所の従業者数` (a name label and the
name across the other columns), then a header row naming the value columns only (`基準値（R1） R3 R4 R5 目標値（R7）
担当課`), then the row of that indicator's values. The header has no name column, so read as printed the block is no
indicator table. Layout only: the labelled row is put back where a table prints it, the label as a name column's
header cell before the header row and the name as that column's cell before the values row; the labelled row itself
is left empty. Only a block of exactly one values row is turned so (two rows under one labelled name could be its
segments or two indicators: left as printed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ingest.table.grid import Grid, GridCell
from ingest.table.header import NAME, VALUE, header_role, is_header_text, row_is_header


def labels_name(label: str, name: str) -> bool:
    """A name header word (`指標名`) before one text that is no header text: an indicator's name printed on a
    labelled row or line of its own (the grid's and the text layer's block, `ingest.text.name_lines`)."""
    return header_role(label) == NAME and not is_header_text(name)


def names_values_only(words: Iterable[str]) -> bool:
    """Header words naming value columns and no name column: the header of a labelled name's block."""
    roles = {header_role(word) for word in words}
    return VALUE in roles and NAME not in roles


def _row(grid: Grid, row: int) -> list[GridCell]:
    return sorted((c for c in grid.cells if c.row == row and c.text.strip()), key=lambda c: c.col)


def _labelled_name(grid: Grid, row: int) -> tuple[GridCell, GridCell] | None:
    """(label, name) of a row printing a name header word in its first column and one text across the rest."""
    cells = _row(grid, row)
    if len(cells) != 2:
        return None
    label, name = cells
    if label.col != 0 or not labels_name(label.text, name.text):
        return None
    return (label, name) if name.col == label.col + label.col_span and name.col + name.col_span == grid.n_cols \
        else None


def _values_header(grid: Grid, row: int) -> bool:
    """A header row naming value columns and no name column."""
    if row >= grid.n_rows or not row_is_header(grid, row):
        return False
    return names_values_only(c.text for c in _row(grid, row))


def _block_ends(grid: Grid, row: int) -> bool:
    """The row closes a block: the grid ends or the next block's labelled name row follows."""
    return row >= grid.n_rows or _labelled_name(grid, row) is not None


def labelled_name_rows(grid: Grid) -> Grid:
    """The grid with every labelled name block turned into a table row under a header with a name column (see
    module docstring); the grid itself when it has none."""
    blocks = [(row, found) for row in range(grid.n_rows - 2) if (found := _labelled_name(grid, row)) is not None
              and _values_header(grid, row + 1) and _row(grid, row + 2) and _block_ends(grid, row + 3)]
    if not blocks:
        return grid
    moved = {id(cell) for _, pair in blocks for cell in pair}
    cells = [replace(c, col=c.col + 1) for c in grid.cells if id(c) not in moved]
    for row, (label, name) in blocks:
        cells += [replace(label, row=row + 1, col=0, col_span=1, row_span=1),
                  replace(name, row=row + 2, col=0, col_span=1, row_span=1)]
    return replace(grid, cells=cells, n_cols=grid.n_cols + 1, col_edges=[], name_col=None)
