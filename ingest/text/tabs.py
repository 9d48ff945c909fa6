"""Tab-separated rows of any text layer (a spreadsheet pasted as text): one row per line, cells split at tabs.

The specialised tabbed front end (`ingest.text.tabbed`) reads the layouts it knows; this reader serves any other
document whose tables are tab rows.
"""

from __future__ import annotations

from ingest.text.blocks import TextTable, runs, table_from_cells

ENGINE = "text-tabs"


def tab_cells(line: str) -> list[str] | None:
    """The cells of a tab row (at least two non-empty cells), or None."""
    if "\t" not in line:
        return None
    cells = [cell.strip() for cell in line.rstrip("\r\n").split("\t")]
    return cells if sum(1 for c in cells if c) >= 2 else None


def read_tables(lines: list[str]) -> list[TextTable]:
    """Every run of tab rows as a grid, one grid row per line."""
    cells = {i: c for i, line in enumerate(lines) if (c := tab_cells(line)) is not None}
    return [table_from_cells(lines, first, last, {i: c for i, c in cells.items() if first <= i <= last}, ENGINE)
            for first, last in runs(lines, [i in cells for i in range(len(lines))])]
