"""Tab-separated rows of any text layer (a spreadsheet pasted as text): one row per line, cells split at tabs.

The reader only finds the rows and splits them; what the header, the columns and a row that continues the one above
mean is decided by the table interpreter (`ingest.table`), whichever front end (`ingest.text.tabbed`,
`ingest.text.generic`) uses it.
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
    """Every run of tab rows as a grid, one grid row per line, a line's n-th cell in the n-th column."""
    cells = {i: c for i, line in enumerate(lines) if (c := tab_cells(line)) is not None}
    return [table_from_cells(lines, first, last, {i: c for i, c in cells.items() if first <= i <= last}, ENGINE,
                             delimited=True)
            for first, last in runs(lines, [i in cells for i in range(len(lines))])]
