"""Pipe rows (`| 指標 | 基準値 | 目標値 |`): markdown tables and HTML tables saved as text.

A row is a line that starts with a pipe and holds at least two cells; a markdown alignment row (`|---|:--:|`) is
no row of the table; `<br>` inside a cell is a line break of the cell.
"""

from __future__ import annotations

import re

from ingest.text.blocks import TextTable, runs, table_from_cells
from normalize.vocabulary import CELL_PIPES

ENGINE = "text-pipes"
_SEPARATOR_CELL = re.compile(r"^\s*:?-{2,}:?\s*$")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_HEADING_MARKS = re.compile(r"^\s*#{1,6}\s+")


def plain(line: str) -> str:
    """A line outside the tables without its markdown heading marks (`## 基本目標２ …` → `基本目標２ …`)."""
    return _HEADING_MARKS.sub("", line)


def pipe_cells(line: str) -> list[str] | None:
    """The cells of a pipe row, or None when the line is not one."""
    stripped = line.strip()
    if not stripped or stripped[0] not in CELL_PIPES:
        return None
    inner = stripped[1:-1] if stripped[-1] in CELL_PIPES and len(stripped) > 1 else stripped[1:]
    cells = [_BREAK.sub("\n", cell).strip() for cell in re.split(f"[{CELL_PIPES}]", inner)]
    return cells if len(cells) >= 2 else None


def _is_separator(cells: list[str]) -> bool:
    return all(_SEPARATOR_CELL.match(cell) or not cell for cell in cells) and any(cells)


def read_tables(lines: list[str]) -> list[TextTable]:
    """Every run of pipe rows as a grid, one grid row per line (alignment rows left out)."""
    cells = {i: c for i, line in enumerate(lines) if (c := pipe_cells(line)) is not None}
    tables = []
    for first, last in runs(lines, [i in cells for i in range(len(lines))]):
        skip = {i for i, c in cells.items() if first <= i <= last and _is_separator(c)}
        tables.append(table_from_cells(lines, first, last, cells, ENGINE, skip, delimited=True))
    return tables
