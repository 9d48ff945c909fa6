"""A value's unit printed in a cell of its own to its right, under the value's header merged over both (layouts 186).

A spreadsheet laid out for print often gives every value a number cell and a unit cell, `1,250` | `千人`, and merges
the value header over the pair (`基準値（R1）` over both). Read cell by cell, the unit cell is a second column of the
same role: `千人` a value of 1,000 人 and `1,250` a bare number. The merged header is what says the two cells are one
value, so only a header cell spanning exactly two columns whose right column's body prints nothing but units alone
(`千人`, `人`, `％`) and whose left column's body prints nothing but bare numbers joins them: each body row's number
and unit become one cell, `1,250千人`, and the header covers the left column only. A row printing a number without
its unit, or a unit without a number, leaves the table as it is.
"""

from __future__ import annotations

from dataclasses import replace

from ingest.table.context import is_unit_text
from ingest.table.grid import Grid, GridCell
from ingest.table.header import row_is_header
from normalize.cell import is_dash_run, parse_cell
from normalize.header import parse_header
from normalize.text import nfkc
from normalize.vocabulary import PLACEHOLDERS


def _bare_number(text: str) -> bool:
    """A number printed without unit, qualifier or anything else (`1,250`, `62.5`)."""
    parsed = parse_cell(text)
    return len(parsed) == 1 and parsed[0].value is not None and parsed[0].unit is None and not parsed[0].note \
        and not parsed[0].qualifier and parsed[0].period is None


def _body(grid: Grid, header: GridCell, col: int) -> dict[int, GridCell]:
    """The cells of column `col` below the header cell, one column wide, by row."""
    below = header.row + header.row_span
    return {c.row: c for c in grid.cells if c.col == col and c.col_span == 1 and c.row >= below}


def _pairs(grid: Grid, header: GridCell) -> list[tuple[GridCell, GridCell]] | None:
    """The body's (number, unit) cell pairs under a value header merged over two columns, or None (see module)."""
    if header.col_span != 2 or parse_header(header.text)[0] is None:
        return None
    numbers, units = _body(grid, header, header.col), _body(grid, header, header.col + 1)
    pairs = []
    for row in sorted(set(numbers) | set(units)):
        number, unit = numbers.get(row), units.get(row)
        number_text = number.text.strip() if number else ""
        unit_text = unit.text.strip() if unit else ""
        if not number_text and not unit_text:
            continue
        if not unit_text and (nfkc(number_text) in PLACEHOLDERS or is_dash_run(number_text)):
            continue  # `―`: nothing printed, no unit either
        if number is None or unit is None or not _bare_number(number_text) or not is_unit_text(unit_text):
            return None
        pairs.append((number, unit))
    return pairs or None


def join_unit_cells(grid: Grid) -> Grid:
    """The grid with each merged value header's number and unit cells joined (see module docstring); the grid
    itself when it has none."""
    for header in sorted(grid.cells, key=lambda c: (c.row, c.col)):
        if (pairs := _pairs(grid, header)) is None:
            continue
        joined = {id(number): replace(number, text=number.text.strip() + unit.text.strip()) for number, unit in pairs}
        dropped = {id(unit) for _, unit in pairs}
        cells = [replace(c, col_span=1) if c is header else joined.get(id(c), c)
                 for c in grid.cells if id(c) not in dropped]
        return join_unit_cells(replace(grid, cells=cells))
    return grid


def _unit_head(text: str) -> tuple[str, str] | None:
    """(unit, rest) of a text opening with a unit alone and a space before the column's own text (`千人 1,080`,
    `人 観光課`), else None; a unit alone (`g`) is a unit column's cell, nothing cut into it."""
    head, _, rest = text.strip().partition(" ")
    return (head, rest.strip()) if head and rest.strip() and is_unit_text(head) else None


def _cut_units(grid: Grid, col: int) -> list[tuple[GridCell, GridCell]] | None:
    """The (number, next) cell pairs of column `col` and the one after it when, on every row where `col` prints
    anything below the header, it prints a bare number and the next column's text opens with a unit alone; None
    otherwise, or on fewer than two rows."""
    cells = {(c.row, c.col): c for c in grid.cells}
    pairs = []
    for (row, at), cell in sorted(cells.items()):
        if at != col or not cell.text.strip() or row_is_header(grid, row):
            continue
        after = cells.get((row, col + 1))
        if after is None or not _bare_number(cell.text) or _unit_head(after.text) is None:
            return None
        pairs.append((cell, after))
    return pairs if len(pairs) >= 2 else None


def units_given_back(grid: Grid) -> Grid:
    """A text layer's grid whose columns were cut at the header's words (`-layout`: the header `実績値（R5）` stands
    over the number and the unit cell of the column before it), so each value column's unit opens the next column's
    cell (`1,250` | `千人 1,080` | `千人 観光課`, layouts 186): each unit goes back after its number. Only a column of
    bare numbers whose every next cell opens with a unit alone, on at least two rows; the grid itself otherwise."""
    if not grid.line_rows:
        return grid
    for col in range(grid.n_cols - 1):
        if (pairs := _cut_units(grid, col)) is None:
            continue
        moved = {}
        for number, after in pairs:
            unit, rest = _unit_head(after.text)  # type: ignore[misc]
            moved[id(number)] = replace(number, text=number.text.strip() + unit)
            moved[id(after)] = replace(after, text=rest)
        return units_given_back(replace(grid, cells=[moved.get(id(c), c) for c in grid.cells]))
    return grid
